package gradpad.kernel.torch.nn;

import gradpad.engine.DType;
import gradpad.engine.DefaultDType;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.Glu;
import gradpad.engine.ops.Hardtanh;
import gradpad.engine.ops.Mish;
import gradpad.engine.ops.Prelu;
import gradpad.engine.ops.Unary;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/**
 * Hardtanh, ReLU6, Mish, Softsign, GLU and PReLU: the {@code torch.nn.functional} functions and
 * the {@code torch.nn} modules with PyTorch's signatures and reprs (inplace is accepted and shown,
 * computed out of place, as nn.ReLU's).
 */
final class MoreActivations {
    private MoreActivations() {
    }

    static void register(PyModule nn, PyModule f) {
        f.function("hardtanh", (a, kw) -> {
            Object[] b = new Signature("hardtanh", "input", "min_val=-1.0", "max_val=1.0", "inplace=False").bind(a, kw);
            return Hardtanh.apply(Functional.tensor(b[0], "hardtanh"), b[1] == null ? -1.0
                    : Convert.doubleArg(b[1], "min_val"), b[2] == null ? 1.0 : Convert.doubleArg(b[2], "max_val"));
        });
        f.function("relu6", (a, kw) -> {
            Object[] b = new Signature("relu6", "input", "inplace=False").bind(a, kw);
            return Hardtanh.apply(Functional.tensor(b[0], "relu6"), 0.0, 6.0);
        });
        f.function("mish", (a, kw) -> {
            Object[] b = new Signature("mish", "input", "inplace=False").bind(a, kw);
            return Mish.apply(Functional.tensor(b[0], "mish"));
        });
        f.function("softsign", (a, kw) -> softsign(new Signature("softsign", "input").bind(a, kw)[0]));
        f.function("glu", (a, kw) -> {
            Object[] b = new Signature("glu", "input", "dim=-1").bind(a, kw);
            return Glu.apply(Functional.tensor(b[0], "glu"), Convert.intArg(b[1], -1));
        });
        f.function("prelu", (a, kw) -> {
            Object[] b = new Signature("prelu", "input", "weight").bind(a, kw);
            return Prelu.apply(Functional.tensor(b[0], "prelu"), Functional.tensor(b[1], "prelu"));
        });
        nn.put("Hardtanh", hardtanhLayer());
        nn.put("ReLU6", inplaceLayer("ReLU6", "relu6"));
        nn.put("Mish", inplaceLayer("Mish", "mish"));
        nn.put("Softsign", softsignLayer());
        nn.put("GLU", gluLayer());
        nn.put("PReLU", preluLayer());
    }

    /** F.softsign: {@code input / (input.abs() + 1)}, so DivBackward0. */
    private static Tensor softsign(Object x) {
        Tensor t = Functional.tensor(x, "softsign");
        return Arithmetic.div(t, Arithmetic.add(Unary.abs(t), Tensor.wrappedScalar(1L)));
    }

    private static PyClass hardtanhLayer() {
        PyClass c = ModuleBase.layer("Hardtanh", "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("Hardtanh", "self", "min_val=-1.0", "max_val=1.0", "inplace=False",
                    "min_value=None", "max_value=None").bind(a, kw);
            ModuleInstance m = init(a);
            m.dict.put("min_val", Convert.isNone(b[4]) ? (b[1] == null ? (Object) (-1.0) : b[1]) : b[4]);
            m.dict.put("max_val", Convert.isNone(b[5]) ? (b[2] == null ? (Object) 1.0 : b[2]) : b[5]);
            m.dict.put("inplace", Convert.boolArg(b[3], false));
            if (Convert.doubleArg(m.dict.get("max_val"), "max_val") <= Convert.doubleArg(m.dict.get("min_val"), "min_val")) {
                throw gradpad.kernel.runtime.Errors.make(gradpad.kernel.runtime.Types.ASSERTION_ERROR, "");
            }
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, c.name(), (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return Hardtanh.apply(Functional.tensor(a[1], "hardtanh"), Convert.doubleArg(m.dict.get("min_val"),
                    "min_val"), Convert.doubleArg(m.dict.get("max_val"), "max_val"));
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return "min_val=" + Runtime.str(m.dict.get("min_val")) + ", max_val=" + Runtime.str(m.dict.get("max_val"))
                    + (Runtime.truthy(m.dict.get("inplace")) ? ", inplace=True" : "");
        });
        return c;
    }

    private static PyClass inplaceLayer(String name, String function) {
        PyClass c = ModuleBase.layer(name, "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature(name, "self", "inplace=False").bind(a, kw);
            init(a).dict.put("inplace", Convert.boolArg(b[1], false));
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, c.name(), (a, kw) -> function.equals("mish")
                ? Mish.apply(Functional.tensor(a[1], function)) : Hardtanh.apply(Functional.tensor(a[1], function), 0, 6));
        ModuleBase.method(c.dict, "extra_repr", (a, kw) ->
                Runtime.truthy(ModuleBase.self(a).dict.get("inplace")) ? "inplace=True" : "");
        return c;
    }

    private static PyClass softsignLayer() {
        PyClass c = ModuleBase.layer("Softsign", "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            new Signature("Softsign", "self").bind(a, kw);
            init(a);
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, c.name(), (a, kw) -> softsign(a[1]));
        return c;
    }

    private static PyClass gluLayer() {
        PyClass c = ModuleBase.layer("GLU", "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("GLU", "self", "dim=-1").bind(a, kw);
            init(a).dict.put("dim", b[1] == null ? (Object) (-1L) : b[1]);
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, c.name(), (a, kw) -> Glu.apply(Functional.tensor(a[1], "glu"),
                (int) Runtime.toIndex(ModuleBase.self(a).dict.get("dim"))));
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> "dim=" + Runtime.str(ModuleBase.self(a).dict.get("dim")));
        return c;
    }

    private static PyClass preluLayer() {
        PyClass c = ModuleBase.layer("PReLU", "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("PReLU", "self", "num_parameters=1", "init=0.25", "device=None", "dtype=None")
                    .bind(a, kw);
            ModuleInstance m = init(a);
            long n = b[1] == null ? 1 : Runtime.toIndex(b[1]);
            m.dict.put("num_parameters", n);
            double v = b[2] == null ? 0.25 : Convert.doubleArg(b[2], "init");
            DType dt = Convert.dtype(b[4]);
            m.setAttr("weight", Creation.full(new int[] {(int) n}, v, dt == null ? DefaultDType.get() : dt)
                    .asParameter(true));
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, c.name(), (a, kw) -> Prelu.apply(Functional.tensor(a[1], "prelu"),
                (Tensor) ModuleBase.self(a).getAttr("weight")));
        ModuleBase.method(c.dict, "extra_repr", (a, kw) ->
                "num_parameters=" + Runtime.str(ModuleBase.self(a).dict.get("num_parameters")));
        return c;
    }

    private static ModuleInstance init(Object[] a) {
        ModuleInstance m = ModuleBase.self(a);
        m.initialized = true;
        return m;
    }
}
