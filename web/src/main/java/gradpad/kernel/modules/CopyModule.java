package gradpad.kernel.modules;

import gradpad.engine.Tensor;
import gradpad.engine.ops.Conversion;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.PyBaseException;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PySet;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.nn.ModuleInstance;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Python's {@code copy}: copy and deepcopy of containers, cell-class instances, tensors (as
 * PyTorch's {@code __deepcopy__}: a detached clone keeping requires_grad, leaves only) and
 * nn.Modules ({@code best = copy.deepcopy(model)} gets its own parameters). Values the kernel
 * cannot copy (functions, classes, modules, iterators...) are shared, as CPython treats atomic ones.
 */
public final class CopyModule {
    private final Map<Object, Object> memo = new IdentityHashMap<>();

    private CopyModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("copy");
        m.function("copy", (a, kw) -> shallow(new Signature("copy", "x").bind(a, kw)[0]));
        m.function("deepcopy", (a, kw) -> {
            Object[] b = new Signature("deepcopy", "x", "memo=None", "_nil=None").bind(a, kw);
            return new CopyModule().deep(b[0]);
        });
        return m;
    }

    /** {@code copy.deepcopy(x)} for Java callers (torch.save/torch.load keep such copies). */
    public static Object deepCopy(Object x) {
        return new CopyModule().deep(x);
    }

    private static PyDict dictLike(PyDict d) {
        if (d instanceof DefaultDict) {
            return new DefaultDict(((DefaultDict) d).defaultFactory);
        }
        if (d instanceof Counter) {
            return new Counter();
        }
        PyDict c = new PyDict();
        c.ordered = d.ordered;
        return c;
    }

    static Object shallow(Object x) {
        if (x instanceof PyList) {
            return new PyList(new java.util.ArrayList<>(((PyList) x).items));
        }
        if (x instanceof PyDict) {
            PyDict c = dictLike((PyDict) x);
            for (Object[] e : ((PyDict) x).entries()) {
                c.put(e[0], e[1]);
            }
            return c;
        }
        if (x instanceof PySet) {
            return ((PySet) x).copy();
        }
        if (x instanceof Tensor) { // torch rebuilds it on the same storage
            Tensor t = (Tensor) x;
            Tensor c = t.detach();
            return t.isParameter() ? c.asParameter(t.requiresGrad()) : c.withRequiresGrad(t.requiresGrad());
        }
        if (x instanceof ModuleInstance) {
            return ((ModuleInstance) x).copyWith(v -> v);
        }
        if (x instanceof Deque) {
            return Runtime.call(Runtime.getAttr(x, "copy"));
        }
        if (x instanceof PyInstance && !(x instanceof PyBaseException)) {
            PyInstance inst = (PyInstance) x;
            Object custom = Instances.callDunder(inst, "__copy__");
            if (custom != null) {
                return custom;
            }
            PyInstance c = new PyInstance(inst.cls());
            c.dict.putAll(inst.dict);
            return c;
        }
        return x;
    }

    private Object deep(Object x) {
        if (x instanceof String || x instanceof Long || x instanceof Double || x instanceof Boolean) {
            return x;
        }
        Object done = memo.get(x);
        if (done != null) {
            return done;
        }
        Object c = deepFresh(x);
        memo.put(x, c);
        return c;
    }

    private Object deepFresh(Object x) {
        if (x instanceof PyList) {
            PyList c = new PyList();
            memo.put(x, c); // a list that contains itself
            for (Object v : ((PyList) x).items) {
                c.items.add(deep(v));
            }
            return c;
        }
        if (x instanceof PyDict) {
            PyDict c = dictLike((PyDict) x);
            memo.put(x, c);
            for (Object[] e : ((PyDict) x).entries()) {
                c.put(deep(e[0]), deep(e[1]));
            }
            return c;
        }
        if (x instanceof PySet) {
            PySet c = new PySet();
            for (Object v : ((PySet) x).items()) {
                c.add(deep(v));
            }
            return c;
        }
        if (x instanceof NamedTuples.Value) {
            Object[] items = ((PyTuple) x).items();
            Object[] copied = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                copied[i] = deep(items[i]);
            }
            return NamedTuples.value(((NamedTuples.Value) x).cls(), copied);
        }
        if (x instanceof PyTuple && x.getClass() == PyTuple.class) {
            Object[] items = ((PyTuple) x).items();
            Object[] copied = new Object[items.length];
            boolean same = true;
            for (int i = 0; i < items.length; i++) {
                copied[i] = deep(items[i]);
                same &= copied[i] == items[i];
            }
            return same ? x : new PyTuple(copied); // a tuple of atoms is itself, as in CPython
        }
        if (x instanceof Tensor) {
            return tensor((Tensor) x);
        }
        if (x instanceof ModuleInstance) {
            return ((ModuleInstance) x).copyWith(this::deep);
        }
        if (x instanceof Deque) {
            Deque c = (Deque) Runtime.call(Runtime.getAttr(x, "copy"));
            c.items.replaceAll(this::deep);
            return c;
        }
        if (x instanceof PyIterator) {
            throw Errors.typeError("cannot pickle '" + Runtime.typeName(x) + "' object");
        }
        if (x instanceof PyInstance && !(x instanceof PyBaseException) && x.getClass() == PyInstance.class) {
            PyInstance inst = (PyInstance) x;
            Object custom = Instances.callDunder(inst, "__deepcopy__", new PyDict());
            if (custom != null) {
                return custom;
            }
            PyInstance c = new PyInstance(inst.cls());
            memo.put(x, c);
            for (Entry<String, Object> e : inst.dict.entrySet()) {
                c.dict.put(e.getKey(), deep(e.getValue()));
            }
            return c;
        }
        return x;
    }

    /** Tensor.__deepcopy__ / Parameter.__deepcopy__: a parameter's copy drops its grad, a tensor's keeps a copy. */
    private Object tensor(Tensor t) {
        if (!t.isLeaf()) {
            throw Errors.runtimeError("Only Tensors created explicitly by the user (graph leaves) support the deepcopy "
                    + "protocol at the moment.  If you were attempting to deepcopy a module, this may be because of a "
                    + "torch.nn.utils.weight_norm usage, see https://github.com/pytorch/pytorch/pull/103001");
        }
        Tensor data = Conversion.cloneTensor(t.detach());
        if (t.isParameter()) {
            return data.asParameter(t.requiresGrad());
        }
        Tensor c = data.withRequiresGrad(t.requiresGrad());
        if (t.gradRef() != null) {
            c.setGradRef((Tensor) deep(t.gradRef()));
        }
        return c;
    }
}
