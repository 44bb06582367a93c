package gradpad.kernel;

import gradpad.kernel.modules.MathModule;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.torch.TorchModule;
import java.util.HashMap;
import java.util.Map;

/** The modules a cell can import, created on first import and kept for the kernel's life. */
final class Modules {
    private final Map<String, PyModule> loaded = new HashMap<>();
    private final Kernel kernel;

    Modules(Kernel kernel) {
        this.kernel = kernel;
    }

    PyModule get(String name) {
        PyModule m = loaded.get(name);
        if (m != null) {
            return m;
        }
        m = create(name);
        if (m != null) {
            loaded.put(name, m);
        }
        return m;
    }

    private PyModule create(String name) {
        switch (name) {
            case "torch":
                return TorchModule.create();
            case "torch.autograd":
            case "torch.nn":
            case "torch.optim":
                return (PyModule) get("torch").getAttr(name.substring(6));
            case "torch.nn.functional":
                return (PyModule) get("torch.nn").getAttr("functional");
            case "math":
                return MathModule.create();
            case "warnings":
                return warnings();
            case "sys":
                return sys();
            case "gradpad":
                return kernel.gradpadModule();
            default:
                return null;
        }
    }

    private PyModule warnings() {
        PyModule m = new PyModule("warnings");
        m.function("warn", (a, kw) -> {
            Object[] b = new Signature("warn", "message", "category=None", "stacklevel=1").bind(a, kw);
            PyClass category = b[1] instanceof PyClass ? (PyClass) b[1] : Types.USER_WARNING;
            kernel.warn(category.name(), Runtime.str(b[0]));
            return PyNone.NONE;
        });
        m.function("filterwarnings", (a, kw) -> PyNone.NONE);
        m.function("simplefilter", (a, kw) -> PyNone.NONE);
        return m;
    }

    private PyModule sys() {
        PyModule m = new PyModule("sys");
        m.put("version", "3.11.2 (gradpad)");
        m.put("platform", "gradpad");
        m.function("getrecursionlimit", (a, kw) -> (long) kernel.recursionLimit());
        return m;
    }
}
