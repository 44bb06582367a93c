package gradpad.kernel.torch.nn;

import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.ops.InPlace;
import gradpad.engine.ops.Random;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Numbers;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/**
 * {@code torch.nn.init}, as torch/nn/init.py: each function fills its tensor in place without
 * recording a graph and returns it. The bounds and standard deviations are computed in double
 * exactly as there, and the draws are tensor.uniform_/normal_'s, so a seeded init matches.
 */
final class Init {
    private Init() {
    }

    static PyModule create() {
        PyModule m = new PyModule("torch.nn.init");
        m.function("calculate_gain", (a, kw) -> {
            Object[] b = new Signature("calculate_gain", "nonlinearity", "param=None").bind(a, kw);
            double g = gain(Runtime.str(b[0]), b[1]);
            return g == 1 && !Runtime.str(b[0]).equals("leaky_relu") ? (Object) 1L : (Object) g; // init.py returns the int 1
        });
        m.function("uniform_", (a, kw) -> {
            Object[] b = new Signature("uniform_", "tensor", "a=0.0", "b=1.0", "generator=None").bind(a, kw);
            return fill(tensor(b[0]), false, number(b[1], 0.0), number(b[2], 1.0));
        });
        m.function("normal_", (a, kw) -> {
            Object[] b = new Signature("normal_", "tensor", "mean=0.0", "std=1.0", "generator=None").bind(a, kw);
            return fill(tensor(b[0]), true, number(b[1], 0.0), number(b[2], 1.0));
        });
        m.function("constant_", (a, kw) -> {
            Object[] b = new Signature("constant_", "tensor", "val").bind(a, kw);
            return constant(tensor(b[0]), b[1]);
        });
        m.function("ones_", (a, kw) -> constant(tensor(new Signature("ones_", "tensor").bind(a, kw)[0]), 1L));
        m.function("zeros_", (a, kw) -> constant(tensor(new Signature("zeros_", "tensor").bind(a, kw)[0]), 0L));
        m.function("xavier_uniform_", (a, kw) -> {
            Object[] b = new Signature("xavier_uniform_", "tensor", "gain=1.0", "generator=None").bind(a, kw);
            Tensor t = tensor(b[0]);
            long[] fans = fans(t);
            double std = number(b[1], 1.0) * Math.sqrt(2.0 / (double) (fans[0] + fans[1]));
            double bound = Math.sqrt(3.0) * std;
            return fill(t, false, -bound, bound);
        });
        m.function("xavier_normal_", (a, kw) -> {
            Object[] b = new Signature("xavier_normal_", "tensor", "gain=1.0", "generator=None").bind(a, kw);
            Tensor t = tensor(b[0]);
            long[] fans = fans(t);
            return fill(t, true, 0.0, number(b[1], 1.0) * Math.sqrt(2.0 / (double) (fans[0] + fans[1])));
        });
        m.function("kaiming_uniform_", (a, kw) -> kaiming("kaiming_uniform_", false, a, kw));
        m.function("kaiming_normal_", (a, kw) -> kaiming("kaiming_normal_", true, a, kw));
        return m;
    }

    private static Object kaiming(String name, boolean normal, Object[] a, String[] kw) {
        Object[] b = new Signature(name, "tensor", "a=0", "mode='fan_in'", "nonlinearity='leaky_relu'",
                "generator=None").bind(a, kw);
        Tensor t = tensor(b[0]);
        String mode = b[2] == null ? "fan_in" : Runtime.str(b[2]).toLowerCase();
        if (!mode.equals("fan_in") && !mode.equals("fan_out")) {
            throw Errors.valueError("Mode " + mode + " not supported, please use one of ['fan_in', 'fan_out']");
        }
        long[] fans = fans(t);
        long fan = mode.equals("fan_in") ? fans[0] : fans[1];
        double std = gain(b[3] == null ? "leaky_relu" : Runtime.str(b[3]), b[1] == null ? 0L : b[1])
                / Math.sqrt((double) fan);
        if (normal) {
            return fill(t, true, 0.0, std);
        }
        double bound = Math.sqrt(3.0) * std;
        return fill(t, false, -bound, bound);
    }

    /** init.calculate_gain. */
    static double gain(String nonlinearity, Object param) {
        switch (nonlinearity) {
            case "linear": case "conv1d": case "conv2d": case "conv3d": case "conv_transpose1d":
            case "conv_transpose2d": case "conv_transpose3d": case "sigmoid":
                return 1;
            case "tanh":
                return 5.0 / 3;
            case "relu":
                return Math.sqrt(2.0);
            case "leaky_relu": {
                double slope = 0.01;
                if (param != null && param != PyNone.NONE) {
                    if (!Numbers.isNumber(param) || param instanceof Boolean) {
                        throw Errors.valueError("negative_slope " + Runtime.repr(param) + " not a valid number");
                    }
                    slope = Numbers.asDouble(param);
                }
                return Math.sqrt(2.0 / (1 + slope * slope));
            }
            case "selu":
                return 3.0 / 4;
            default:
                throw Errors.valueError("Unsupported nonlinearity " + nonlinearity);
        }
    }

    /** _calculate_fan_in_and_fan_out: {fan_in, fan_out}. */
    private static long[] fans(Tensor t) {
        int[] s = t.shapeRef();
        if (s.length < 2) {
            throw Errors.valueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions");
        }
        long receptive = 1;
        for (int d = 2; d < s.length; d++) {
            receptive *= s[d];
        }
        return new long[] {s[1] * receptive, s[0] * receptive};
    }

    private static Tensor fill(Tensor t, boolean normal, double a, double b) {
        boolean previous = GradMode.set(false);
        try {
            Random.fillRandom(t, normal, a, b); // fills t in place
            return t;
        } finally {
            GradMode.set(previous);
        }
    }

    private static Tensor constant(Tensor t, Object value) {
        boolean previous = GradMode.set(false);
        try {
            InPlace.fill_(t, Convert.tensorArg(value, "constant_", "val"));
            return t;
        } finally {
            GradMode.set(previous);
        }
    }

    private static double number(Object o, double dflt) {
        return o == null ? dflt : Convert.doubleArg(o, "value");
    }

    private static Tensor tensor(Object o) {
        if (!(o instanceof Tensor)) {
            throw Errors.typeError("init expects a Tensor, got " + Runtime.typeName(o));
        }
        return (Tensor) o;
    }
}
