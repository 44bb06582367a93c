package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Operators;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.syntax.Expr.CmpOp;
import java.util.ArrayList;
import java.util.List;

/** {@code sorted()} and {@code list.sort()}: a stable merge sort on Python's {@code <}. */
final class Sorting {
    private Sorting() {
    }

    static ArrayList<Object> sorted(List<Object> items, Object key, boolean reverse) {
        int n = items.size();
        Object[] keys = new Object[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key == null || key == PyNone.NONE ? items.get(i) : Runtime.call(key, items.get(i));
            order[i] = i;
        }
        // Reverse keeps stability as Python's does: equal keys stay in original order.
        java.util.Arrays.sort(order, (x, y) -> {
            Object a = keys[x];
            Object b = keys[y];
            if (Runtime.truthy(Operators.compare(CmpOp.Lt, a, b))) {
                return reverse ? 1 : -1;
            }
            if (Runtime.truthy(Operators.compare(CmpOp.Lt, b, a))) {
                return reverse ? -1 : 1;
            }
            return 0;
        });
        ArrayList<Object> out = new ArrayList<>(n);
        for (Integer i : order) {
            out.add(items.get(i));
        }
        return out;
    }
}
