package gradpad.kernel.torch.nn;

import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code nn.ParameterList} (parameters named 0, 1, ...; plain tensors become Parameters, as in
 * PyTorch 2) and {@code nn.ModuleDict} (children by string key, in insertion order), with the
 * list and dict methods learners use and PyTorch's reprs.
 */
final class Containers {
    private Containers() {
    }

    static void register(gradpad.kernel.runtime.PyModule nn) {
        nn.put("ParameterList", parameterList());
        nn.put("ModuleDict", moduleDict());
    }

    private static PyClass parameterList() {
        PyClass c = ModuleBase.layer("ParameterList", "container");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("ParameterList", "self", "values=None").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            if (!gradpad.kernel.torch.Convert.isNone(b[1])) {
                extend(m, b[1]);
            }
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "append", (a, kw) -> {
            add(ModuleBase.self(a), a[1]);
            return a[0];
        });
        ModuleBase.method(c.dict, "extend", (a, kw) -> {
            extend(ModuleBase.self(a), a[1]);
            return a[0];
        });
        ModuleBase.method(c.dict, "__len__", (a, kw) -> (long) ModuleBase.self(a).parameters.size());
        ModuleBase.method(c.dict, "__iter__", (a, kw) ->
                PyIterator.overList(new ArrayList<>(ModuleBase.self(a).parameters.values()), "iterator"));
        ModuleBase.method(c.dict, "__getitem__", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return m.parameters.get(String.valueOf(index(m, a[1])));
        });
        ModuleBase.method(c.dict, "__setitem__", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            m.parameters.put(String.valueOf(index(m, a[1])), parameter(a[2]));
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, Object> e : ModuleBase.self(a).parameters.entrySet()) {
                Tensor p = (Tensor) e.getValue();
                StringBuilder size = new StringBuilder();
                for (int d = 0; d < p.dim(); d++) {
                    size.append(d == 0 ? "" : "x").append(p.shapeRef()[d]);
                }
                lines.add("  (" + e.getKey() + "): " + (p.isParameter() ? "Parameter" : "Tensor") + " containing: [torch."
                        + p.declaredDType().pythonName() + " of size " + size + "]");
            }
            return String.join("\n", lines);
        });
        return c;
    }

    private static int index(ModuleInstance m, Object key) {
        long i = Runtime.toIndex(key);
        long j = i < 0 ? i + m.parameters.size() : i;
        if (j < 0 || j >= m.parameters.size()) {
            throw Errors.indexError("index " + i + " is out of range");
        }
        return (int) j;
    }

    private static void add(ModuleInstance m, Object p) {
        m.parameters.put(String.valueOf(m.parameters.size()), parameter(p));
    }

    private static void extend(ModuleInstance m, Object values) {
        PyIterator it = Runtime.iter(values);
        while (it.hasNext()) {
            add(m, it.next());
        }
    }

    private static Object parameter(Object o) {
        if (o instanceof Tensor && !((Tensor) o).isParameter()) {
            return ((Tensor) o).asParameter(true);
        }
        return o;
    }

    private static PyClass moduleDict() {
        PyClass c = ModuleBase.layer("ModuleDict", "container");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("ModuleDict", "self", "modules=None").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            if (!gradpad.kernel.torch.Convert.isNone(b[1])) {
                update(m, b[1]);
            }
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "__getitem__", (a, kw) -> {
            Object v = ModuleBase.self(a).modules.get(key(a[1]));
            if (v == null) {
                throw Errors.keyError(a[1]);
            }
            return v;
        });
        ModuleBase.method(c.dict, "__setitem__", (a, kw) -> {
            ModuleBase.self(a).setAttr(key(a[1]), module(a[2]));
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "__delitem__", (a, kw) -> {
            if (ModuleBase.self(a).modules.remove(key(a[1])) == null) {
                throw Errors.keyError(a[1]);
            }
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "__len__", (a, kw) -> (long) ModuleBase.self(a).modules.size());
        ModuleBase.method(c.dict, "__contains__", (a, kw) -> a[1] instanceof String
                && ModuleBase.self(a).modules.containsKey(a[1]));
        ModuleBase.method(c.dict, "__iter__", (a, kw) ->
                PyIterator.overList(new ArrayList<>(ModuleBase.self(a).modules.keySet()), "iterator"));
        ModuleBase.method(c.dict, "keys", (a, kw) -> new PyList(new ArrayList<>(ModuleBase.self(a).modules.keySet())));
        ModuleBase.method(c.dict, "values", (a, kw) -> new PyList(new ArrayList<>(ModuleBase.self(a).modules.values())));
        ModuleBase.method(c.dict, "items", (a, kw) -> {
            List<Object> items = new ArrayList<>();
            for (Map.Entry<String, Object> e : ModuleBase.self(a).modules.entrySet()) {
                items.add(PyTuple.of(e.getKey(), e.getValue()));
            }
            return new PyList(items);
        });
        ModuleBase.method(c.dict, "update", (a, kw) -> {
            update(ModuleBase.self(a), a[1]);
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "pop", (a, kw) -> {
            Object v = ModuleBase.self(a).modules.remove(key(a[1]));
            if (v == null) {
                throw Errors.keyError(a[1]);
            }
            return v;
        });
        ModuleBase.method(c.dict, "clear", (a, kw) -> {
            ModuleBase.self(a).modules.clear();
            return PyNone.NONE;
        });
        return c;
    }

    private static String key(Object k) {
        if (!(k instanceof String)) {
            throw Errors.typeError("module name should be a string. Got " + Runtime.typeName(k));
        }
        return (String) k;
    }

    /** A dict, or an iterable of (key, module) pairs. */
    private static void update(ModuleInstance m, Object modules) {
        if (modules instanceof PyDict) {
            PyIterator it = Runtime.iter(modules);
            while (it.hasNext()) {
                Object k = it.next();
                m.setAttr(key(k), module(Runtime.getItem(modules, k)));
            }
            return;
        }
        PyIterator it = Runtime.iter(modules);
        while (it.hasNext()) {
            Object[] pair = gradpad.kernel.torch.Convert.sequence(it.next());
            m.setAttr(key(pair[0]), module(pair[1]));
        }
    }

    private static Object module(Object o) {
        if (!(o instanceof ModuleInstance)) {
            throw Errors.typeError(Runtime.typeName(o) + " is not a Module subclass");
        }
        return o;
    }
}
