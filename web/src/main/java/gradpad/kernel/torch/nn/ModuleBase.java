package gradpad.kernel.torch.nn;

import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.torch.Convert;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.NativeMethod;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code torch.nn.Module}: the base class of layers and of models written in a cell. */
public final class ModuleBase {
    private ModuleBase() {
    }

    public static final PyClass MODULE = new PyClass("Module", "torch.nn.modules.module", new PyClass[] {Types.OBJECT},
            null);

    static {
        Map<String, Object> d = MODULE.dict;
        d.put("__gradpad_new__", new Builtin("__new__", (a, kw) -> new ModuleInstance((PyClass) a[0])));
        method(d, "__init__", (a, kw) -> {
            self(a).initialized = true;
            return PyNone.NONE;
        });
        method(d, "__call__", (a, kw) -> {
            ModuleInstance m = self(a);
            Object forward = m.getAttr("forward");
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return Runtime.call(forward, rest, kw);
        });
        method(d, "forward", (a, kw) -> {
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "Module [" + self(a).cls().name()
                    + "] is missing the required \"forward\" function");
        });
        method(d, "parameters", (a, kw) -> {
            List<Object> out = new ArrayList<>();
            for (Object[] np : namedParameters(self(a), "")) {
                out.add(np[1]);
            }
            return PyIterator.overList(out, "generator");
        });
        method(d, "named_parameters", (a, kw) -> {
            List<Object> out = new ArrayList<>();
            for (Object[] np : namedParameters(self(a), "")) {
                out.add(PyTuple.of(np[0], np[1]));
            }
            return PyIterator.overList(out, "generator");
        });
        method(d, "children", (a, kw) -> PyIterator.overList(new ArrayList<>(self(a).modules.values()), "generator"));
        method(d, "named_children", (a, kw) -> {
            List<Object> out = new ArrayList<>();
            for (Map.Entry<String, Object> e : self(a).modules.entrySet()) {
                out.add(PyTuple.of(e.getKey(), e.getValue()));
            }
            return PyIterator.overList(out, "generator");
        });
        method(d, "modules", (a, kw) -> {
            List<Object> out = new ArrayList<>();
            allModules(self(a), out);
            return PyIterator.overList(out, "generator");
        });
        method(d, "apply", (a, kw) -> { // children first, then self; returns self
            Object[] b = new Signature("Module.apply", "self", "fn").bind(a, kw);
            applyTo(self(a), b[1]);
            return self(a);
        });
        method(d, "zero_grad", (a, kw) -> {
            Object[] b = new Signature("zero_grad", "self", "set_to_none=True").bind(a, kw);
            boolean toNone = b[1] == null || Runtime.truthy(b[1]);
            for (Object[] np : namedParameters(self(a), "")) {
                zeroGrad((Tensor) np[1], toNone);
            }
            return PyNone.NONE;
        });
        method(d, "train", (a, kw) -> {
            boolean mode = a.length < 2 || Runtime.truthy(a[1]);
            setTraining(self(a), mode);
            return a[0];
        });
        method(d, "eval", (a, kw) -> {
            setTraining(self(a), false);
            return a[0];
        });
        method(d, "requires_grad_", (a, kw) -> {
            boolean flag = a.length < 2 || Runtime.truthy(a[1]);
            for (Object[] np : namedParameters(self(a), "")) {
                ((Tensor) np[1]).requiresGrad_(flag);
            }
            return a[0];
        });
        for (String same : new String[] {"cpu", "float"}) {
            method(d, same, (a, kw) -> a[0]);
        }
        method(d, "to", (a, kw) -> moveTo(a, kw));
        method(d, "cuda", (a, kw) -> {
            gradpad.kernel.torch.Device.requireCpu("cuda");
            return a[0];
        });
        method(d, "extra_repr", (a, kw) -> "");
        method(d, "__repr__", (a, kw) -> repr(self(a)));
        method(d, "add_module", (a, kw) -> {
            self(a).modules.put(Runtime.str(a[1]), a[2]);
            return PyNone.NONE;
        });
        method(d, "register_parameter", (a, kw) -> {
            self(a).parameters.put(Runtime.str(a[1]), a[2]);
            return PyNone.NONE;
        });
        method(d, "register_buffer", (a, kw) -> {
            Object[] b = new Signature("Module.register_buffer", "self", "name", "tensor", "persistent=True").bind(a, kw);
            if (!(b[1] instanceof String)) {
                throw Errors.typeError("buffer name should be a string. Got " + Runtime.typeName(b[1]));
            }
            self(a).registerBuffer((String) b[1], b[2], Convert.boolArg(b[3], true));
            return PyNone.NONE;
        });
        method(d, "buffers", (a, kw) -> {
            List<Object> out = new ArrayList<>();
            for (Object[] nb : namedBuffers(self(a), "")) {
                out.add(nb[1]);
            }
            return PyIterator.overList(out, "generator");
        });
        method(d, "named_buffers", (a, kw) -> {
            List<Object> out = new ArrayList<>();
            for (Object[] nb : namedBuffers(self(a), "")) {
                out.add(PyTuple.of(nb[0], nb[1]));
            }
            return PyIterator.overList(out, "generator");
        });
        method(d, "state_dict", (a, kw) -> {
            gradpad.kernel.runtime.PyDict out = new gradpad.kernel.runtime.PyDict();
            out.ordered = true; // PyTorch returns an OrderedDict
            for (Object[] e : stateEntries(self(a))) {
                out.put(e[0], ((Tensor) e[1]).detach());
            }
            return out;
        });
        method(d, "load_state_dict", (a, kw) -> StateDicts.load(a, kw));
    }

    /**
     * {@code model.to(device)} / {@code model.to(dtype)}: the CPU is the only device, and
     * gradpad's parameters stay float32, so any other dtype is refused rather than ignored.
     */
    private static Object moveTo(Object[] a, String[] kw) {
        Object[] b = new Signature("to", "self", "arg0=None", "arg1=None", "non_blocking=False", "*", "device=None",
                "dtype=None").bind(a, kw);
        Object device = b[4]; // the "*" takes no slot
        Object dtype = b[5];
        if (b[1] instanceof String || b[1] instanceof gradpad.kernel.torch.Device) {
            device = b[1];
            dtype = b[2] != null ? b[2] : dtype;
        } else if (b[1] instanceof Tensor) {
            dtype = ((Tensor) b[1]).dtype();
        } else if (b[1] != null) {
            dtype = b[1];
        }
        gradpad.kernel.torch.Device.requireCpu(device);
        if (dtype != null && !Convert.isNone(dtype) && Convert.dtype(dtype) != gradpad.engine.DType.FLOAT32) {
            throw Errors.runtimeError("gradpad: a module's parameters stay float32; Module.to("
                    + Runtime.repr(dtype) + ") is not supported");
        }
        return a[0];
    }

    static void method(Map<String, Object> dict, String name, Builtin.Body body) {
        dict.put(name, new NativeMethod(name, body));
    }

    /**
     * A one-input {@code forward(self, input)}, bound as Python binds it ({@code owner.forward()}'s
     * TypeErrors for a missing or extra argument; input may come by keyword); the body sees
     * exactly {@code (self, input)}.
     */
    static void forward(Map<String, Object> dict, String owner, Builtin.Body body) {
        Signature signature = new Signature(owner + ".forward", "self", "input");
        method(dict, "forward", (a, kw) -> body.call(signature.bind(a, kw), Signature.NO_KW));
    }

    static ModuleInstance self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof ModuleInstance)) {
            throw Errors.typeError("descriptor requires a 'Module' object");
        }
        return (ModuleInstance) a[0];
    }

    static void zeroGrad(Tensor p, boolean toNone) {
        Tensor g = p.gradRef();
        if (g == null) {
            return;
        }
        if (toNone) {
            p.setGradRef(null);
        } else {
            gradpad.engine.ops.Conversion.copyElements(g, Tensor.wrappedScalar(0L));
        }
    }

    /** Parameters depth-first in registration order, each once, named {@code fc1.weight}. */
    static List<Object[]> namedParameters(ModuleInstance m, String prefix) {
        List<Object[]> out = new ArrayList<>();
        java.util.IdentityHashMap<Object, Boolean> seen = new java.util.IdentityHashMap<>();
        collect(m, prefix, out, seen);
        return out;
    }

    private static void collect(ModuleInstance m, String prefix, List<Object[]> out,
            java.util.IdentityHashMap<Object, Boolean> seen) {
        for (Map.Entry<String, Object> e : m.parameters.entrySet()) {
            if (e.getValue() instanceof Tensor && seen.put(e.getValue(), Boolean.TRUE) == null) {
                out.add(new Object[] {prefix + e.getKey(), e.getValue()});
            }
        }
        for (Map.Entry<String, Object> e : m.modules.entrySet()) {
            if (e.getValue() instanceof ModuleInstance) {
                collect((ModuleInstance) e.getValue(), prefix + e.getKey() + ".", out, seen);
            }
        }
    }

    /** Buffers depth-first in registration order, each once (None buffers skipped). */
    static List<Object[]> namedBuffers(ModuleInstance m, String prefix) {
        List<Object[]> out = new ArrayList<>();
        collectBuffers(m, prefix, out, new java.util.IdentityHashMap<>());
        return out;
    }

    private static void collectBuffers(ModuleInstance m, String prefix, List<Object[]> out,
            java.util.IdentityHashMap<Object, Boolean> seen) {
        for (Map.Entry<String, Object> e : m.buffers.entrySet()) {
            if (e.getValue() instanceof Tensor && seen.put(e.getValue(), Boolean.TRUE) == null) {
                out.add(new Object[] {prefix + e.getKey(), e.getValue()});
            }
        }
        for (Map.Entry<String, Object> e : m.modules.entrySet()) {
            if (e.getValue() instanceof ModuleInstance) {
                collectBuffers((ModuleInstance) e.getValue(), prefix + e.getKey() + ".", out, seen);
            }
        }
    }

    /**
     * {@code state_dict()}'s entries as {@code Module._save_to_state_dict} lists them: each module's
     * parameters, then its persistent buffers (None skipped), then its children's, in order.
     */
    static List<Object[]> stateEntries(ModuleInstance m) {
        List<Object[]> out = new ArrayList<>();
        collectState(m, "", out);
        return out;
    }

    private static void collectState(ModuleInstance m, String prefix, List<Object[]> out) {
        for (Map.Entry<String, Object> e : m.parameters.entrySet()) {
            if (e.getValue() instanceof Tensor) {
                out.add(new Object[] {prefix + e.getKey(), e.getValue()});
            }
        }
        for (Map.Entry<String, Object> e : m.buffers.entrySet()) {
            if (e.getValue() instanceof Tensor && !m.nonPersistent.contains(e.getKey())) {
                out.add(new Object[] {prefix + e.getKey(), e.getValue()});
            }
        }
        for (Map.Entry<String, Object> e : m.modules.entrySet()) {
            if (e.getValue() instanceof ModuleInstance) {
                collectState((ModuleInstance) e.getValue(), prefix + e.getKey() + ".", out);
            }
        }
    }

    private static void applyTo(ModuleInstance m, Object fn) {
        for (Object c : new ArrayList<>(m.modules.values())) {
            if (c instanceof ModuleInstance) {
                applyTo((ModuleInstance) c, fn);
            }
        }
        Runtime.call(fn, m);
    }

    private static void allModules(ModuleInstance m, List<Object> out) {
        out.add(m);
        for (Object c : m.modules.values()) {
            if (c instanceof ModuleInstance) {
                allModules((ModuleInstance) c, out);
            }
        }
    }

    private static void setTraining(ModuleInstance m, boolean mode) {
        m.training = mode;
        for (Object c : m.modules.values()) {
            if (c instanceof ModuleInstance) {
                setTraining((ModuleInstance) c, mode);
            }
        }
    }

    /** PyTorch's {@code Module.__repr__}: {@code Name(extra)} or one indented line per child. */
    static String repr(ModuleInstance m) {
        Object extra = Runtime.call(m.getAttr("extra_repr"));
        String extraRepr = Runtime.str(extra);
        List<String> extraLines = new ArrayList<>();
        if (!extraRepr.isEmpty()) {
            for (String l : gradpad.kernel.runtime.Text.split(extraRepr, '\n')) {
                extraLines.add(l);
            }
        }
        List<String> childLines = new ArrayList<>();
        for (Map.Entry<String, Object> e : m.modules.entrySet()) {
            String mod = addIndent(Runtime.repr(e.getValue()), 2);
            childLines.add("(" + e.getKey() + "): " + mod);
        }
        StringBuilder sb = new StringBuilder(m.cls().name()).append('(');
        List<String> lines = new ArrayList<>(extraLines);
        lines.addAll(childLines);
        if (!lines.isEmpty()) {
            if (extraLines.size() == 1 && childLines.isEmpty()) {
                sb.append(extraLines.get(0));
            } else {
                sb.append("\n  ").append(String.join("\n  ", lines)).append('\n');
            }
        }
        return sb.append(')').toString();
    }

    private static String addIndent(String s, int spaces) {
        String[] parts = gradpad.kernel.runtime.Text.split(s, '\n');
        if (parts.length == 1) {
            return s;
        }
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append('\n');
            for (int k = 0; k < spaces; k++) {
                sb.append(' ');
            }
            sb.append(parts[i]);
        }
        return sb.toString();
    }

    /** A built-in layer class deriving from Module. */
    static PyClass layer(String name, String module) {
        return new PyClass(name, "torch.nn.modules." + module, new PyClass[] {MODULE}, null);
    }

}
