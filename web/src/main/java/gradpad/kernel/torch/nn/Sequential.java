package gradpad.kernel.torch.nn;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PySlice;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code nn.Sequential(*modules)}: children named 0, 1, 2... applied in order; and
 * {@code nn.ModuleList(modules)}: the same numbered children, with no forward of its own.
 * Both index, slice (a slice is a new container keeping the children's names, as PyTorch's),
 * assign by index, iterate and take len().
 */
final class Sequential {
    private Sequential() {
    }

    static PyClass create() {
        PyClass c = ModuleBase.layer("Sequential", "container");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            for (int i = 1; i < a.length - kw.length; i++) {
                add(m, a[i]);
            }
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "Sequential", (a, kw) -> {
            Object x = a[1];
            for (Object mod : ModuleBase.self(a).modules.values()) {
                x = Runtime.call(mod, x);
            }
            return x;
        });
        containerMethods(c, false);
        return c;
    }

    static PyClass moduleList() {
        PyClass c = ModuleBase.layer("ModuleList", "container");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new gradpad.kernel.runtime.Signature("ModuleList", "self", "modules=None").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            if (b[1] != null && b[1] != PyNone.NONE) {
                extend(m, b[1]);
            }
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "extend", (a, kw) -> {
            extend(ModuleBase.self(a), a[1]);
            return a[0];
        });
        ModuleBase.method(c.dict, "__repr__", (a, kw) -> compressedRepr(ModuleBase.self(a)));
        containerMethods(c, true);
        return c;
    }

    /**
     * PyTorch 2's ModuleList repr: runs of identical children print once, as
     * {@code (0-2): 3 x Linear(...)}.
     */
    private static String compressedRepr(ModuleInstance m) {
        List<String> reprs = new ArrayList<>();
        for (Object child : m.modules.values()) {
            reprs.add(Runtime.repr(child));
        }
        if (reprs.isEmpty()) {
            return m.cls().name() + "()";
        }
        StringBuilder sb = new StringBuilder(m.cls().name()).append('(');
        int start = 0;
        for (int i = 1; i <= reprs.size(); i++) {
            if (i < reprs.size() && reprs.get(i).equals(reprs.get(start))) {
                continue;
            }
            String block = reprs.get(start);
            String line = i - 1 == start ? "(" + start + "): " + block
                    : "(" + start + "-" + (i - 1) + "): " + (i - start) + " x " + block;
            sb.append("\n  ").append(line.replace("\n", "\n  ")); // _addindent(line, 2)
            start = i;
        }
        return sb.append("\n)").toString();
    }

    /** renumberSlices: ModuleList's slices number their children afresh; Sequential's keep the names. */
    private static void containerMethods(PyClass c, boolean renumberSlices) {
        ModuleBase.method(c.dict, "__len__", (a, kw) -> (long) ModuleBase.self(a).modules.size());
        ModuleBase.method(c.dict, "__iter__", (a, kw) ->
                PyIterator.overList(new ArrayList<>(ModuleBase.self(a).modules.values()), "iterator"));
        ModuleBase.method(c.dict, "__getitem__", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            List<Map.Entry<String, Object>> children = new ArrayList<>(m.modules.entrySet());
            if (a[1] instanceof PySlice) {
                long[] r = ((PySlice) a[1]).indices(children.size());
                ModuleInstance part = new ModuleInstance(m.cls());
                part.initialized = true;
                for (long i = r[0]; r[2] > 0 ? i < r[1] : i > r[1]; i += r[2]) {
                    Map.Entry<String, Object> child = children.get((int) i);
                    part.modules.put(renumberSlices ? String.valueOf(part.modules.size()) : child.getKey(), child.getValue());
                }
                return part;
            }
            return children.get(index(m, a[1])).getValue();
        });
        ModuleBase.method(c.dict, "__setitem__", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            String key = new ArrayList<>(m.modules.keySet()).get(index(m, a[1]));
            m.modules.put(key, module(a[2]));
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "append", (a, kw) -> {
            add(ModuleBase.self(a), a[1]);
            return a[0];
        });
    }

    private static int index(ModuleInstance m, Object key) {
        long i = Runtime.toIndex(key);
        long j = i < 0 ? i + m.modules.size() : i;
        if (j < 0 || j >= m.modules.size()) {
            throw Errors.indexError("index " + i + " is out of range");
        }
        return (int) j;
    }

    private static void add(ModuleInstance m, Object module) {
        m.modules.put(String.valueOf(m.modules.size()), module(module));
    }

    private static void extend(ModuleInstance m, Object modules) {
        PyIterator it = Runtime.iter(modules);
        while (it.hasNext()) {
            add(m, it.next());
        }
    }

    private static Object module(Object o) {
        if (!(o instanceof ModuleInstance)) {
            throw Errors.typeError(Runtime.typeName(o) + " is not a Module subclass");
        }
        return o;
    }
}
