package gradpad.kernel;

import gradpad.kernel.modules.MathModule;
import gradpad.kernel.modules.RandomModule;
import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Numbers;
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
            case "torch.cuda":
            case "torch.backends":
                return (PyModule) get("torch").getAttr(name.substring(6));
            case "torch.autograd.functional":
                return (PyModule) get("torch.autograd").getAttr("functional");
            case "torch.linalg":
                return (PyModule) get("torch").getAttr("linalg");
            case "torch.utils":
                return (PyModule) get("torch").getAttr("utils");
            case "torch.utils.data":
                return (PyModule) get("torch.utils").getAttr("data");
            case "torch.distributions":
                return (PyModule) get("torch").getAttr("distributions");
            case "torch.optim.lr_scheduler":
                return (PyModule) get("torch.optim").getAttr("lr_scheduler");
            case "torch.nn.functional":
            case "torch.nn.init":
            case "torch.nn.utils":
                return (PyModule) get("torch.nn").getAttr(name.substring(9));
            case "math":
                return MathModule.create();
            case "warnings":
                return warnings();
            case "sys":
                return sys();
            case "time":
                return time();
            case "random":
                return RandomModule.create();
            case "itertools":
                return gradpad.kernel.modules.Itertools.create();
            case "functools":
                return gradpad.kernel.modules.Functools.create();
            case "collections":
                return gradpad.kernel.modules.CollectionsModule.create();
            case "copy":
                return gradpad.kernel.modules.CopyModule.create();
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

    /**
     * The clock functions tutorials time their loops with, in seconds as floats. The browser gives
     * milliseconds ({@code System.nanoTime} needs {@code performance.now()}, missing in some workers),
     * so every clock here ticks in milliseconds. {@code sleep} waits busily (a worker cannot block),
     * and Stop interrupts it.
     */
    private PyModule time() {
        PyModule m = new PyModule("time");
        for (String clock : new String[] {"time", "perf_counter", "monotonic", "process_time"}) {
            m.function(clock, (a, kw) -> {
                if (a.length > 0 || (kw != null && kw.length > 0)) {
                    throw Errors.typeError("time." + clock + "() takes no arguments (" + a.length + " given)");
                }
                return System.currentTimeMillis() / 1000.0;
            });
        }
        m.function("sleep", (a, kw) -> {
            Arity.takes("time.sleep", a, kw, 1, 1);
            if (!(a[0] instanceof Double || a[0] instanceof Long || a[0] instanceof Boolean)) {
                throw Errors.typeError("'" + Runtime.typeName(a[0]) + "' object cannot be interpreted as an integer");
            }
            double seconds = Numbers.asDouble(a[0]);
            if (!(seconds >= 0)) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            long until = System.currentTimeMillis() + (long) Math.ceil(seconds * 1000);
            while (System.currentTimeMillis() < until) {
                kernel.pollInterrupt();
            }
            return PyNone.NONE;
        });
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
