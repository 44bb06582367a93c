package gradpad.kernel.torch.nn;

import gradpad.engine.Tensor;
import gradpad.engine.ops.BinaryCrossEntropy;
import gradpad.engine.ops.RegressionLosses;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/**
 * l1_loss, smooth_l1_loss, huber_loss and binary_cross_entropy: the {@code torch.nn.functional}
 * functions with PyTorch 2.11's signatures and the modules L1Loss, SmoothL1Loss, HuberLoss and
 * BCELoss (whose reprs show no arguments, as PyTorch's). The legacy size_average/reduce are
 * accepted and ignored, as by the other losses; l1_loss's and huber_loss's weight= is refused.
 */
final class RegressionLossLayers {
    private RegressionLossLayers() {
    }

    static void registerFunctions(PyModule f) {
        f.function("l1_loss", (a, kw) -> {
            Object[] b = new Signature("l1_loss", "input", "target", "size_average=None", "reduce=None",
                    "reduction='mean'", "weight=None").bind(a, kw);
            Functional.refuseLossOptions("l1_loss", b[5], null, null);
            return RegressionLosses.l1Loss(Functional.tensor(b[0], "l1_loss"), Functional.tensor(b[1], "l1_loss"),
                    Functional.reduction(b[4]));
        });
        f.function("smooth_l1_loss", (a, kw) -> {
            Object[] b = new Signature("smooth_l1_loss", "input", "target", "size_average=None", "reduce=None",
                    "reduction='mean'", "beta=1.0").bind(a, kw);
            return RegressionLosses.smoothL1Loss(Functional.tensor(b[0], "smooth_l1_loss"),
                    Functional.tensor(b[1], "smooth_l1_loss"), Functional.reduction(b[4]), number(b[5], "beta"));
        });
        f.function("huber_loss", (a, kw) -> {
            Object[] b = new Signature("huber_loss", "input", "target", "reduction='mean'", "delta=1.0",
                    "weight=None").bind(a, kw);
            Functional.refuseLossOptions("huber_loss", b[4], null, null);
            return RegressionLosses.huberLoss(Functional.tensor(b[0], "huber_loss"),
                    Functional.tensor(b[1], "huber_loss"), Functional.reduction(b[2]), number(b[3], "delta"));
        });
        f.function("binary_cross_entropy", (a, kw) -> {
            Object[] b = new Signature("binary_cross_entropy", "input", "target", "weight=None", "size_average=None",
                    "reduce=None", "reduction='mean'").bind(a, kw);
            return bce(b[0], b[1], b[2], Functional.reduction(b[5]));
        });
    }

    private static double number(Object o, String name) {
        return o == null ? 1.0 : Convert.doubleArg(o, name);
    }

    private static Tensor bce(Object input, Object target, Object weight, int reduction) {
        return BinaryCrossEntropy.apply(Functional.tensor(input, "binary_cross_entropy"),
                Functional.tensor(target, "binary_cross_entropy"),
                Convert.isNone(weight) ? null : Functional.tensor(weight, "binary_cross_entropy"), reduction);
    }

    static void registerLayers(PyModule nn) {
        nn.put("L1Loss", loss("L1Loss", "size_average=None", "reduce=None", "reduction='mean'"));
        nn.put("SmoothL1Loss", loss("SmoothL1Loss", "size_average=None", "reduce=None", "reduction='mean'",
                "beta=1.0"));
        nn.put("HuberLoss", loss("HuberLoss", "reduction='mean'", "delta=1.0"));
        nn.put("BCELoss", loss("BCELoss", "weight=None", "size_average=None", "reduce=None", "reduction='mean'"));
    }

    private static PyClass loss(String name, String... params) {
        PyClass c = ModuleBase.layer(name, "loss");
        String[] names = new String[params.length + 1];
        names[0] = "self";
        System.arraycopy(params, 0, names, 1, params.length);
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature(name, names).bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            for (int i = 1; i < names.length; i++) {
                String p = names[i];
                int eq = p.indexOf('=');
                String key = p.substring(0, eq);
                Object v = b[i];
                if (key.equals("reduction")) {
                    m.dict.put(key, v == null ? "mean" : v);
                } else if (key.equals("beta") || key.equals("delta")) {
                    m.dict.put(key, v == null ? (Object) 1.0 : v);
                } else if (key.equals("weight")) {
                    m.dict.put(key, v == null ? PyNone.NONE : v);
                }
            }
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "forward", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            Object[] b = new Signature(name + ".forward", "self", "input", "target").bind(a, kw);
            Tensor x = Functional.tensor(b[1], "forward");
            Tensor y = Functional.tensor(b[2], "forward");
            int red = Functional.reduction(m.dict.get("reduction"));
            switch (name) {
                case "L1Loss": return RegressionLosses.l1Loss(x, y, red);
                case "SmoothL1Loss":
                    return RegressionLosses.smoothL1Loss(x, y, red, Convert.doubleArg(m.dict.get("beta"), "beta"));
                case "HuberLoss":
                    return RegressionLosses.huberLoss(x, y, red, Convert.doubleArg(m.dict.get("delta"), "delta"));
                default: return bce(x, y, m.dict.get("weight"), red);
            }
        });
        return c;
    }
}
