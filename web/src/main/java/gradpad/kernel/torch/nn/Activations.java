package gradpad.kernel.torch.nn;

import gradpad.engine.Tensor;
import gradpad.engine.ops.Elu;
import gradpad.engine.ops.Gelu;
import gradpad.engine.ops.Silu;
import gradpad.engine.ops.Softplus;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/**
 * GELU, ELU, SiLU and Softplus: the {@code torch.nn.functional} functions and the
 * {@code torch.nn} modules, with PyTorch's signatures and reprs. inplace is accepted and shown,
 * computed out of place (as nn.ReLU's).
 */
final class Activations {
    private Activations() {
    }

    static void registerFunctions(PyModule f) {
        f.function("gelu", (a, kw) -> {
            Object[] b = new Signature("gelu", "input", "approximate='none'").bind(a, kw);
            return gelu(Functional.tensor(b[0], "gelu"), b[1]);
        });
        f.function("elu", (a, kw) -> {
            Object[] b = new Signature("elu", "input", "alpha=1.0", "inplace=False").bind(a, kw);
            return Elu.apply(Functional.tensor(b[0], "elu"), b[1] == null ? 1.0 : Convert.doubleArg(b[1], "alpha"));
        });
        f.function("silu", (a, kw) -> {
            Object[] b = new Signature("silu", "input", "inplace=False").bind(a, kw);
            return Silu.apply(Functional.tensor(b[0], "silu"));
        });
        f.function("softplus", (a, kw) -> {
            Object[] b = new Signature("softplus", "input", "beta=1", "threshold=20").bind(a, kw);
            return Softplus.apply(Functional.tensor(b[0], "softplus"),
                    b[1] == null ? 1.0 : Convert.doubleArg(b[1], "beta"),
                    b[2] == null ? 20.0 : Convert.doubleArg(b[2], "threshold"));
        });
    }

    private static Tensor gelu(Tensor x, Object approximate) {
        return Gelu.apply(x, Gelu.isTanh(approximate == null ? "none" : Runtime.str(approximate)));
    }

    static void registerLayers(PyModule nn) {
        nn.put("GELU", geluLayer());
        nn.put("ELU", eluLayer());
        nn.put("SiLU", siluLayer());
        nn.put("Softplus", softplusLayer());
    }

    private static PyClass geluLayer() {
        PyClass c = ModuleBase.layer("GELU", "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("GELU", "self", "approximate='none'").bind(a, kw);
            ModuleInstance m = init(a);
            m.dict.put("approximate", b[1] == null ? "none" : b[1]);
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, c.name(), (a, kw) ->
                gelu(Functional.tensor(a[1], "gelu"), ModuleBase.self(a).dict.get("approximate")));
        ModuleBase.method(c.dict, "extra_repr", (a, kw) ->
                "approximate=" + Runtime.repr(ModuleBase.self(a).dict.get("approximate")));
        return c;
    }

    private static PyClass eluLayer() {
        PyClass c = ModuleBase.layer("ELU", "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("ELU", "self", "alpha=1.0", "inplace=False").bind(a, kw);
            ModuleInstance m = init(a);
            m.dict.put("alpha", b[1] == null ? (Object) 1.0 : b[1]);
            m.dict.put("inplace", Convert.boolArg(b[2], false));
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, c.name(), (a, kw) -> Elu.apply(Functional.tensor(a[1], "elu"),
                Convert.doubleArg(ModuleBase.self(a).dict.get("alpha"), "alpha")));
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return "alpha=" + Runtime.str(m.dict.get("alpha"))
                    + (Runtime.truthy(m.dict.get("inplace")) ? ", inplace=True" : "");
        });
        return c;
    }

    private static PyClass siluLayer() {
        PyClass c = ModuleBase.layer("SiLU", "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("SiLU", "self", "inplace=False").bind(a, kw);
            init(a).dict.put("inplace", Convert.boolArg(b[1], false));
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, c.name(), (a, kw) -> Silu.apply(Functional.tensor(a[1], "silu")));
        ModuleBase.method(c.dict, "extra_repr", (a, kw) ->
                Runtime.truthy(ModuleBase.self(a).dict.get("inplace")) ? "inplace=True" : "");
        return c;
    }

    private static PyClass softplusLayer() {
        PyClass c = ModuleBase.layer("Softplus", "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("Softplus", "self", "beta=1.0", "threshold=20.0").bind(a, kw);
            ModuleInstance m = init(a);
            m.dict.put("beta", b[1] == null ? (Object) 1.0 : b[1]);
            m.dict.put("threshold", b[2] == null ? (Object) 20.0 : b[2]);
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, c.name(), (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return Softplus.apply(Functional.tensor(a[1], "softplus"), Convert.doubleArg(m.dict.get("beta"), "beta"),
                    Convert.doubleArg(m.dict.get("threshold"), "threshold"));
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return "beta=" + Runtime.str(m.dict.get("beta")) + ", threshold=" + Runtime.str(m.dict.get("threshold"));
        });
        return c;
    }

    private static ModuleInstance init(Object[] a) {
        ModuleInstance m = ModuleBase.self(a);
        m.initialized = true;
        return m;
    }
}
