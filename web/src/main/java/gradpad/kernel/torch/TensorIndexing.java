package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.IndexItem;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.InPlace;
import gradpad.engine.ops.Indexing;
import gradpad.engine.ops.Views;
import gradpad.kernel.runtime.Ellipsis;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PySlice;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;

/** Python subscripts on tensors ({@code x[0]}, {@code x[:, 1:]}, {@code x[mask]}) as engine index items. */
final class TensorIndexing {
    private TensorIndexing() {
    }

    static Object get(Tensor t, Object key) {
        return Indexing.index(t, items(key));
    }

    static void set(Tensor t, Object key, Object value) {
        Tensor v = Convert.operand(value);
        if (v == null) {
            if (value instanceof PyList || value instanceof PyTuple) {
                v = Creation.tensor(Convert.nested(value), t.dtype());
            } else {
                throw Errors.typeError("can't assign a " + Runtime.typeName(value) + " to a "
                        + "torch." + t.dtype().scalarTypeName() + "Tensor");
            }
        }
        List<IndexItem> items = items(key);
        InPlace.setItem(t, items, fitValue(t, items, v));
    }

    /**
     * PyTorch's rule for {@code x[key] = value}: leading size-1 dims of value are dropped, then it
     * must expand to the indexed shape (with the errors PyTorch raises when it cannot).
     */
    private static Tensor fitValue(Tensor t, List<IndexItem> items, Tensor v) {
        boolean grad = GradMode.set(false);
        int[] target;
        try {
            target = Indexing.index(t, items).shape();
        } finally {
            GradMode.set(grad);
        }
        int[] vs = v.shapeRef();
        int lead = 0;
        while (lead < vs.length && vs[lead] == 1) {
            lead++;
        }
        int[] stripped = java.util.Arrays.copyOfRange(vs, lead, vs.length);
        if (stripped.length > target.length) {
            throw Errors.runtimeError("expand(torch." + v.dtype().scalarTypeName() + "Tensor{" + Shape.list(stripped)
                    + "}, size=" + Shape.list(target) + "): the number of sizes provided (" + target.length
                    + ") must be greater or equal to the number of dimensions in the tensor (" + stripped.length + ")");
        }
        for (int i = 0; i < stripped.length; i++) {
            int d = target.length - stripped.length + i;
            if (stripped[i] != 1 && stripped[i] != target[d]) {
                throw Errors.runtimeError("The expanded size of the tensor (" + target[d] + ") must match the existing "
                        + "size (" + stripped[i] + ") at non-singleton dimension " + d + ".  Target sizes: "
                        + Shape.list(target) + ".  Tensor sizes: " + Shape.list(stripped));
            }
        }
        return lead == 0 ? v : Views.reshape(v, stripped);
    }

    private static List<IndexItem> items(Object key) {
        List<IndexItem> out = new ArrayList<>();
        if (key instanceof PyTuple && !(key instanceof TorchSize)) {
            for (Object k : ((PyTuple) key).items()) {
                out.add(item(k));
            }
        } else {
            out.add(item(key));
        }
        return out;
    }

    private static IndexItem item(Object k) {
        if (k instanceof Long) {
            return IndexItem.integer((Long) k);
        }
        if (k instanceof Boolean) {
            return IndexItem.tensor(Tensor.of(new boolean[] {(Boolean) k}));
        }
        if (k instanceof PySlice) {
            PySlice s = (PySlice) k;
            return IndexItem.slice(bound(s.start), bound(s.stop), bound(s.step));
        }
        if (k == PyNone.NONE) {
            return IndexItem.none();
        }
        if (k == Ellipsis.INSTANCE) {
            return IndexItem.ellipsis();
        }
        if (k instanceof Tensor) {
            Tensor t = (Tensor) k;
            if (t.dim() == 0 && t.dtype() == DType.INT64) {
                return IndexItem.integer(t.itemLong());
            }
            return IndexItem.tensor(t);
        }
        if (k instanceof PyList || k instanceof TorchSize) {
            return IndexItem.tensor(Creation.tensor(Convert.nested(k), null));
        }
        if (k instanceof Double) {
            throw Errors.indexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables "
                    + "are valid indices (got float)");
        }
        return IndexItem.integer(Runtime.toIndex(k));
    }

    private static Long bound(Object o) {
        return o == PyNone.NONE ? null : Runtime.toIndex(o);
    }
}
