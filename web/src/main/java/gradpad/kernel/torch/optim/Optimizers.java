package gradpad.kernel.torch.optim;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.NativeMethod;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.torch.Convert;

/**
 * {@code torch.optim}: SGD, Adam, AdamW and RMSprop, following PyTorch 2.11's single-tensor
 * implementations (the CPU default), with float32 arithmetic in PyTorch's order
 * ({@link OptimizerStep}); {@code torch.optim.lr_scheduler} lives in {@link LrSchedulers}.
 */
public final class Optimizers {
    private Optimizers() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("torch.optim");
        m.put("SGD", sgd());
        m.put("Adam", adam("Adam", "adam", false));
        m.put("AdamW", adam("AdamW", "adamw", true));
        m.put("RMSprop", rmsprop());
        m.put("lr_scheduler", LrSchedulers.create());
        return m;
    }

    private static OptimizerInstance self(Object[] a) {
        return (OptimizerInstance) a[0];
    }

    private static PyClass base(String name, String module) {
        PyClass c = new PyClass(name, "torch.optim." + module, new PyClass[] {Types.OBJECT}, null);
        c.dict.put("__gradpad_new__", new Builtin("__new__", (a, kw) -> new OptimizerInstance((PyClass) a[0])));
        c.dict.put("__repr__", new NativeMethod("__repr__", (a, kw) -> self(a).repr()));
        c.dict.put("zero_grad", new NativeMethod("zero_grad", (a, kw) -> {
            Object[] b = new Signature("zero_grad", "self", "set_to_none=True").bind(a, kw);
            boolean toNone = b[1] == null || Runtime.truthy(b[1]);
            for (Tensor p : self(a).params) {
                if (p.gradRef() != null) {
                    if (toNone) {
                        p.setGradRef(null);
                    } else {
                        gradpad.engine.ops.Conversion.copyElements(p.gradRef(), Tensor.wrappedScalar(0L));
                    }
                }
            }
            return PyNone.NONE;
        }));
        return c;
    }

    /** An argument as the cell gave it, or the default PyTorch shows. */
    private static Object given(Object v, Object dflt) {
        return v == null ? dflt : v;
    }

    /** PyTorch's {@code if not 0.0 <= value: raise ValueError(f"Invalid {what}: {value}")}. */
    private static double nonNegative(Object v, String what) {
        double d = Convert.doubleArg(v, what);
        if (!(d >= 0.0)) {
            throw Errors.valueError("Invalid " + what + ": " + Runtime.str(v));
        }
        return d;
    }

    private static PyClass sgd() {
        PyClass c = base("SGD", "sgd");
        c.dict.put("__init__", new NativeMethod("__init__", (a, kw) -> {
            Object[] b = new Signature("SGD.__init__", "self", "params", "lr=0.001", "momentum=0", "dampening=0",
                    "weight_decay=0", "nesterov=False", "*", "maximize=False", "foreach=None",
                    "differentiable=False", "fused=None").bind(a, kw);
            OptimizerInstance o = self(a);
            Object lr = given(b[2], 0.001);
            Object momentum = given(b[3], 0L);
            Object dampening = given(b[4], 0L);
            Object weightDecay = given(b[5], 0L);
            o.lr = nonNegative(lr, "learning rate");
            o.momentum = nonNegative(momentum, "momentum value");
            o.weightDecay = nonNegative(weightDecay, "weight_decay value");
            o.dampening = Convert.doubleArg(dampening, "dampening");
            o.nesterov = Convert.boolArg(b[6], false);
            o.maximize = Convert.boolArg(b[7], false);
            if (o.nesterov && (o.momentum <= 0 || o.dampening != 0)) {
                throw Errors.valueError("Nesterov momentum requires a momentum and zero dampening");
            }
            o.collect(b[1]);
            o.paramGroup("lr", lr, "momentum", momentum, "dampening", dampening, "weight_decay", weightDecay,
                    "nesterov", o.nesterov, "maximize", o.maximize, "foreach", given(b[8], PyNone.NONE),
                    "differentiable", Convert.boolArg(b[9], false), "fused", given(b[10], PyNone.NONE));
            return PyNone.NONE;
        }));
        c.dict.put("step", new NativeMethod("step", (a, kw) -> {
            OptimizerStep.sgd(self(a));
            return PyNone.NONE;
        }));
        return c;
    }

    /** Adam, and AdamW: Adam with decoupled weight decay and weight_decay=1e-2 (PyTorch 2.11's subclass). */
    private static PyClass adam(String name, String module, boolean decoupled) {
        PyClass c = base(name, module);
        c.dict.put("__init__", new NativeMethod("__init__", (a, kw) -> {
            Object[] b = new Signature(name + ".__init__", "self", "params", "lr=0.001", "betas=(0.9, 0.999)", "eps=1e-08",
                    decoupled ? "weight_decay=0.01" : "weight_decay=0", "amsgrad=False", "*", "foreach=None",
                    "maximize=False", "capturable=False", "differentiable=False", "fused=None",
                    "decoupled_weight_decay=" + (decoupled ? "True" : "False")).bind(a, kw);
            OptimizerInstance o = self(a);
            Object lr = given(b[2], 0.001);
            Object betas = given(b[3], PyTuple.of(0.9, 0.999));
            Object eps = given(b[4], 1e-08);
            Object weightDecay = given(b[5], decoupled ? (Object) 0.01 : (Object) 0L);
            o.lr = nonNegative(lr, "learning rate");
            o.eps = nonNegative(eps, "epsilon value");
            Object[] beta = Convert.sequence(betas);
            for (int i = 0; i < 2; i++) {
                double v = Convert.doubleArg(beta[i], "betas");
                if (!(v >= 0.0 && v < 1.0)) {
                    throw Errors.valueError("Invalid beta parameter at index " + i + ": " + Runtime.str(beta[i]));
                }
            }
            o.beta1 = Convert.doubleArg(beta[0], "betas");
            o.beta2 = Convert.doubleArg(beta[1], "betas");
            o.weightDecay = nonNegative(weightDecay, "weight_decay value");
            o.amsgrad = Convert.boolArg(b[6], false);
            o.maximize = Convert.boolArg(b[8], false);
            o.decoupledWeightDecay = Convert.boolArg(b[12], decoupled);
            o.collect(b[1]);
            o.paramGroup("lr", lr, "betas", betas, "eps", eps, "weight_decay", weightDecay, "amsgrad", o.amsgrad,
                    "maximize", o.maximize, "foreach", given(b[7], PyNone.NONE), "capturable",
                    Convert.boolArg(b[9], false), "differentiable", Convert.boolArg(b[10], false),
                    "fused", given(b[11], PyNone.NONE), "decoupled_weight_decay", o.decoupledWeightDecay);
            return PyNone.NONE;
        }));
        c.dict.put("step", new NativeMethod("step", (a, kw) -> {
            OptimizerStep.adam(self(a));
            return PyNone.NONE;
        }));
        return c;
    }

    private static PyClass rmsprop() {
        PyClass c = base("RMSprop", "rmsprop");
        c.dict.put("__init__", new NativeMethod("__init__", (a, kw) -> {
            Object[] b = new Signature("RMSprop.__init__", "self", "params", "lr=0.01", "alpha=0.99", "eps=1e-08",
                    "weight_decay=0", "momentum=0", "centered=False", "capturable=False", "foreach=None",
                    "maximize=False", "differentiable=False").bind(a, kw);
            OptimizerInstance o = self(a);
            Object lr = given(b[2], 0.01);
            Object alpha = given(b[3], 0.99);
            Object eps = given(b[4], 1e-08);
            Object weightDecay = given(b[5], 0L);
            Object momentum = given(b[6], 0L);
            o.lr = nonNegative(lr, "learning rate");
            o.eps = nonNegative(eps, "epsilon value");
            o.momentum = nonNegative(momentum, "momentum value");
            o.weightDecay = nonNegative(weightDecay, "weight_decay value");
            o.alpha = nonNegative(alpha, "alpha value");
            o.centered = Convert.boolArg(b[7], false);
            o.maximize = Convert.boolArg(b[10], false);
            o.collect(b[1]);
            o.paramGroup("lr", lr, "momentum", momentum, "alpha", alpha, "eps", eps, "centered", o.centered,
                    "weight_decay", weightDecay, "capturable", Convert.boolArg(b[8], false),
                    "foreach", given(b[9], PyNone.NONE), "maximize", o.maximize,
                    "differentiable", Convert.boolArg(b[11], false));
            return PyNone.NONE;
        }));
        c.dict.put("step", new NativeMethod("step", (a, kw) -> {
            OptimizerStep.rmsprop(self(a));
            return PyNone.NONE;
        }));
        return c;
    }

    static boolean isFloat32(Tensor t) {
        return t.dtype() == DType.FLOAT32;
    }

    static float f(double v) {
        return Float32.round(v);
    }
}
