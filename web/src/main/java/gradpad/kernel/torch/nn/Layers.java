package gradpad.kernel.torch.nn;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Random;
import gradpad.engine.ops.Softmax;
import gradpad.engine.ops.Unary;
import gradpad.engine.ops.Views;
import gradpad.engine.ops.Losses;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;
import java.util.Map;

/** The built-in layers and losses of {@code torch.nn}. */
final class Layers {
    private Layers() {
    }

    static void register(PyModule nn) {
        nn.put("Linear", linear());
        nn.put("LeakyReLU", leakyRelu());
        for (String act : new String[] {"ReLU", "Tanh", "Sigmoid", "Identity"}) {
            nn.put(act, activation(act));
        }
        nn.put("Softmax", softmax("Softmax", false));
        nn.put("LogSoftmax", softmax("LogSoftmax", true));
        nn.put("Flatten", flatten());
        nn.put("Sequential", Sequential.create());
        nn.put("ModuleList", Sequential.moduleList());
        nn.put("MSELoss", loss("MSELoss", "mse_loss"));
        nn.put("CrossEntropyLoss", loss("CrossEntropyLoss", "cross_entropy"));
        nn.put("NLLLoss", loss("NLLLoss", "nll_loss"));
        nn.put("BCEWithLogitsLoss", loss("BCEWithLogitsLoss", "binary_cross_entropy_with_logits"));
        Activations.registerLayers(nn);
        RegressionLossLayers.registerLayers(nn);
    }

    private static PyClass linear() {
        PyClass c = ModuleBase.layer("Linear", "linear");
        Map<String, Object> d = c.dict;
        ModuleBase.method(d, "__init__", (a, kw) -> {
            Object[] b = new Signature("Linear.__init__", "self", "in_features", "out_features", "bias=True", "device=None",
                    "dtype=None").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            long in = Runtime.toIndex(b[1]);
            long out = Runtime.toIndex(b[2]);
            DType dt = Convert.dtype(b[5]);
            m.dict.put("in_features", in);
            m.dict.put("out_features", out);
            for (long size : new long[] {out, in}) { // torch.empty((out_features, in_features))'s check
                if (size < 0) {
                    throw Errors.runtimeError("Trying to create tensor with negative dimension " + size + ": ["
                            + out + ", " + in + "]");
                }
            }
            Tensor w = Tensor.empty(new int[] {(int) out, (int) in}, dt == null ? DType.FLOAT32 : dt).asParameter(true);
            m.setAttr("weight", w);
            Tensor bias = null;
            if (b[3] == null || Runtime.truthy(b[3])) {
                bias = Tensor.empty(new int[] {(int) out}, w.dtype()).asParameter(true);
                m.setAttr("bias", bias);
            } else {
                m.parameters.put("bias", PyNone.NONE);
            }
            resetLinear(w, bias, (int) in);
            return PyNone.NONE;
        });
        ModuleBase.forward(d, "Linear", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            Object bias = m.getAttr("bias");
            return Functional.linear(Functional.tensor(a[1], "linear"), (Tensor) m.getAttr("weight"),
                    bias instanceof Tensor ? (Tensor) bias : null);
        });
        ModuleBase.method(d, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return "in_features=" + m.dict.get("in_features") + ", out_features=" + m.dict.get("out_features")
                    + ", bias=" + (m.getAttr("bias") instanceof Tensor ? "True" : "False");
        });
        return c;
    }

    /**
     * {@code Linear.reset_parameters}: kaiming_uniform_(a=sqrt(5)) for the weight, then U(-1/sqrt(fan_in),
     * 1/sqrt(fan_in)) for the bias, with the bounds computed in double exactly as PyTorch's Python does.
     */
    static void resetLinear(Tensor w, Tensor bias, int fanIn) {
        double a = Math.sqrt(5.0);
        double gain = Math.sqrt(2.0 / (1 + a * a));
        double std = gain / Math.sqrt(fanIn);
        double bound = Math.sqrt(3.0) * std;
        fillUniform(w, -bound, bound);
        if (bias != null) {
            double bb = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
            fillUniform(bias, -bb, bb);
        }
    }

    private static void fillUniform(Tensor t, double from, double to) {
        if (t.dtype() == DType.FLOAT32) {
            Random.defaultGenerator().uniform(t.storage().f32, from, to);
        } else {
            Random.defaultGenerator().uniform(t.storage().f64, from, to);
        }
    }

    /** {@code nn.LeakyReLU(negative_slope=0.01, inplace=False)}; inplace is shown, computed out of place. */
    private static PyClass leakyRelu() {
        PyClass c = ModuleBase.layer("LeakyReLU", "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("LeakyReLU", "self", "negative_slope=0.01", "inplace=False").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("negative_slope", b[1] == null ? (Object) 0.01 : b[1]);
            m.dict.put("inplace", Convert.boolArg(b[2], false));
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "LeakyReLU", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return gradpad.engine.ops.LeakyRelu.apply(Functional.tensor(a[1], "leaky_relu"),
                    Convert.doubleArg(m.dict.get("negative_slope"), "negative_slope"));
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return "negative_slope=" + Runtime.str(m.dict.get("negative_slope"))
                    + (Runtime.truthy(m.dict.get("inplace")) ? ", inplace=True" : "");
        });
        return c;
    }

    private static PyClass activation(String name) {
        PyClass c = ModuleBase.layer(name, "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            if (name.equals("ReLU")) {
                // Accepted and shown as PyTorch shows it; the result is computed out of place
                // (the input keeps its values), a documented gradpad limit.
                Object[] b = new Signature(name, "self", "inplace=False").bind(a, kw);
                m.dict.put("inplace", Convert.boolArg(b[1], false));
            } else if (!name.equals("Identity")) { // Identity takes and ignores any arguments
                new Signature(name, "self").bind(a, kw);
            }
            return PyNone.NONE;
        });
        if (name.equals("ReLU")) {
            ModuleBase.method(c.dict, "extra_repr", (a, kw) ->
                    Runtime.truthy(ModuleBase.self(a).dict.get("inplace")) ? "inplace=True" : "");
        }
        ModuleBase.forward(c.dict, name, (a, kw) -> {
            Tensor x = Functional.tensor(a[1], name.toLowerCase());
            switch (name) {
                case "ReLU": return Unary.relu(x);
                case "Tanh": return Unary.tanh(x);
                case "Sigmoid": return Unary.sigmoid(x);
                default: return x;
            }
        });
        return c;
    }

    private static PyClass softmax(String name, boolean log) {
        PyClass c = ModuleBase.layer(name, "activation");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature(name, "self", "dim=None").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("dim", b[1] == null ? PyNone.NONE : b[1]);
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, name, (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            int dim = Functional.dim(m.dict.get("dim"), name);
            Tensor x = Functional.tensor(a[1], name);
            return log ? Softmax.logSoftmax(x, dim, null) : Softmax.softmax(x, dim, null);
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> "dim=" + Runtime.repr(ModuleBase.self(a).dict.get("dim")));
        return c;
    }

    private static PyClass flatten() {
        PyClass c = ModuleBase.layer("Flatten", "flatten");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("Flatten", "self", "start_dim=1", "end_dim=-1").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("start_dim", b[1] == null ? (Object) 1L : b[1]);
            m.dict.put("end_dim", b[2] == null ? (Object) (-1L) : b[2]);
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "Flatten", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return Views.flatten(Functional.tensor(a[1], "flatten"), (int) Runtime.toIndex(m.dict.get("start_dim")),
                    (int) Runtime.toIndex(m.dict.get("end_dim")));
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return "start_dim=" + m.dict.get("start_dim") + ", end_dim=" + m.dict.get("end_dim");
        });
        return c;
    }

    private static PyClass loss(String name, String function) {
        PyClass c = ModuleBase.layer(name, "loss");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature(name, "self", "weight=None", "size_average=None", "ignore_index=-100",
                    "reduce=None", "reduction='mean'", "label_smoothing=0.0", "pos_weight=None").bind(a, kw);
            Functional.refuseLossOptions(function, b[1], b[7], b[6]);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("reduction", b[5] == null ? "mean" : b[5]);
            m.dict.put("ignore_index", b[3] == null ? (Object) (-100L) : b[3]);
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "forward", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            Object[] b = new Signature(name + ".forward", "self", "input", "target").bind(a, kw);
            Tensor x = Functional.tensor(b[1], function);
            Tensor y = Functional.tensor(b[2], function);
            int red = Functional.reduction(m.dict.get("reduction"));
            switch (function) {
                case "mse_loss": return Losses.mseLoss(x, y, red);
                case "cross_entropy":
                    return Functional.crossEntropy(x, y, red, Runtime.toIndex(m.dict.get("ignore_index")));
                case "nll_loss": return Losses.nllLoss(x, y, red, Runtime.toIndex(m.dict.get("ignore_index")));
                default: return Losses.bceWithLogits(x, y, red);
            }
        });
        return c;
    }


}
