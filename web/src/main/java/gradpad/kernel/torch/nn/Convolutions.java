package gradpad.kernel.torch.nn;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Convolution;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.torch.Convert;

/**
 * {@code nn.Conv1d}/{@code nn.Conv2d} and {@code F.conv1d}/{@code F.conv2d}: torch/nn's
 * {@code _ConvNd} checks, attributes, repr and {@code reset_parameters} (kaiming_uniform_ with
 * a=sqrt(5), bias in ±1/sqrt(fan_in)); padding_mode other than 'zeros' is shown but refused in
 * forward (gradpad has no reflect/replicate/circular F.pad).
 */
final class Convolutions {
    private Convolutions() {
    }

    static void register(PyModule nn, PyModule functional) {
        functional.function("conv1d", (a, kw) -> functional("conv1d", 1, a, kw));
        functional.function("conv2d", (a, kw) -> functional("conv2d", 2, a, kw));
        nn.put("Conv1d", layer("Conv1d", 1));
        nn.put("Conv2d", layer("Conv2d", 2));
    }

    private static Object functional(String name, int spatial, Object[] a, String[] kw) {
        Object[] b = new Signature(name, "input", "weight", "bias=None", "stride=1", "padding=0", "dilation=1",
                "groups=1").bind(a, kw);
        Tensor x = Functional.tensor(b[0], name);
        Tensor w = Convert.tensorArg(b[1], name, "weight");
        Tensor bias = Convert.isNone(b[2]) ? null : Convert.tensorArg(b[2], name, "bias");
        return conv(name, spatial, x, w, bias, ints(b[3], spatial, 1), b[4], ints(b[5], spatial, 1),
                b[6] == null ? 1 : (int) Runtime.toIndex(b[6]));
    }

    private static Tensor conv(String name, int spatial, Tensor x, Tensor w, Tensor bias, int[] stride,
            Object padding, int[] dilation, int groups) {
        if (padding instanceof String) {
            return Convolution.conv(name, spatial, x, w, bias, stride, (String) padding, dilation, groups);
        }
        return Convolution.conv(name, spatial, x, w, bias, stride, ints(padding, spatial, 0), dilation, groups);
    }

    /** An IntArrayRef[n] argument: an int repeated n times, a sequence as given, absent as the default. */
    static int[] ints(Object o, int n, int dflt) {
        if (o == null) {
            int[] out = new int[n];
            java.util.Arrays.fill(out, dflt);
            return out;
        }
        if (o instanceof PyTuple || o instanceof gradpad.kernel.runtime.PyList) {
            Object[] items = Convert.sequence(o);
            int[] out = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = (int) Runtime.toIndex(items[i]);
            }
            return out;
        }
        int v = (int) Runtime.toIndex(o);
        int[] out = new int[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    /** torch/nn's {@code _single}/{@code _pair}: an int repeated, a sequence kept as a tuple. */
    private static PyTuple ntuple(Object o, int n) {
        if (o instanceof PyTuple) {
            return (PyTuple) o;
        }
        if (o instanceof gradpad.kernel.runtime.PyList) {
            return new PyTuple(Convert.sequence(o));
        }
        Object[] items = new Object[n];
        java.util.Arrays.fill(items, o);
        return new PyTuple(items);
    }

    private static PyClass layer(String name, int spatial) {
        PyClass c = ModuleBase.layer(name, "conv");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature(name + ".__init__", "self", "in_channels", "out_channels", "kernel_size", "stride=1",
                    "padding=0", "dilation=1", "groups=1", "bias=True", "padding_mode='zeros'", "device=None",
                    "dtype=None").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            long in = Runtime.toIndex(b[1]);
            long out = Runtime.toIndex(b[2]);
            PyTuple kernel = ntuple(b[3], spatial);
            PyTuple stride = ntuple(b[4] == null ? (Object) 1L : b[4], spatial);
            Object padding = b[5] == null ? ntuple(0L, spatial) : b[5] instanceof String ? b[5] : ntuple(b[5], spatial);
            PyTuple dilation = ntuple(b[6] == null ? (Object) 1L : b[6], spatial);
            long groups = b[7] == null ? 1 : Runtime.toIndex(b[7]);
            String mode = b[9] == null ? "zeros" : Runtime.str(b[9]);
            check(in, out, groups, stride, padding, mode);
            m.dict.put("in_channels", in);
            m.dict.put("out_channels", out);
            m.dict.put("kernel_size", kernel);
            m.dict.put("stride", stride);
            m.dict.put("padding", padding);
            m.dict.put("dilation", dilation);
            m.dict.put("transposed", false);
            m.dict.put("output_padding", ntuple(0L, spatial));
            m.dict.put("groups", groups);
            m.dict.put("padding_mode", mode);
            int[] wShape = new int[2 + spatial];
            wShape[0] = (int) out;
            wShape[1] = (int) (in / groups);
            int fanIn = wShape[1];
            for (int i = 0; i < spatial; i++) {
                wShape[2 + i] = (int) Runtime.toIndex(kernel.items()[i]);
                fanIn *= wShape[2 + i];
            }
            DType dt = Convert.dtype(b[11]);
            Tensor w = Tensor.empty(wShape, dt == null ? DType.FLOAT32 : dt).asParameter(true);
            m.setAttr("weight", w);
            Tensor bias = null;
            if (b[8] == null || Runtime.truthy(b[8])) {
                bias = Tensor.empty(new int[] {(int) out}, w.dtype()).asParameter(true);
                m.setAttr("bias", bias);
            } else {
                m.parameters.put("bias", PyNone.NONE);
            }
            Layers.resetLinear(w, bias, fanIn); // _ConvNd.reset_parameters: the same draws as Linear's
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, name, (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            if (!"zeros".equals(m.dict.get("padding_mode"))) {
                throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: " + name + "(padding_mode='"
                        + m.dict.get("padding_mode") + "') is not supported");
            }
            Object bias = m.getAttr("bias");
            String fn = spatial == 1 ? "conv1d" : "conv2d";
            return conv(fn, spatial, Functional.tensor(a[1], fn), (Tensor) m.getAttr("weight"),
                    bias instanceof Tensor ? (Tensor) bias : null, ints(m.dict.get("stride"), spatial, 1),
                    m.dict.get("padding"), ints(m.dict.get("dilation"), spatial, 1),
                    (int) Runtime.toIndex(m.dict.get("groups")));
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> extraRepr(ModuleBase.self(a)));
        return c;
    }

    /** {@code _ConvNd.__init__}'s ValueErrors, in its order. */
    private static void check(long in, long out, long groups, PyTuple stride, Object padding, String mode) {
        if (groups <= 0) {
            throw Errors.valueError("groups must be a positive integer");
        }
        if (in % groups != 0) {
            throw Errors.valueError("in_channels must be divisible by groups");
        }
        if (out % groups != 0) {
            throw Errors.valueError("out_channels must be divisible by groups");
        }
        if (padding instanceof String) {
            if (!padding.equals("same") && !padding.equals("valid")) {
                throw Errors.valueError("Invalid padding string " + Runtime.repr(padding)
                        + ", should be one of {'same', 'valid'}");
            }
            for (Object s : stride.items()) {
                if (padding.equals("same") && Runtime.toIndex(s) != 1) {
                    throw Errors.valueError("padding='same' is not supported for strided convolutions");
                }
            }
        }
        if (!mode.equals("zeros") && !mode.equals("reflect") && !mode.equals("replicate") && !mode.equals("circular")) {
            throw Errors.valueError("padding_mode must be one of {'circular', 'reflect', 'replicate', 'zeros'}, "
                    + "but got padding_mode='" + mode + "'");
        }
    }

    /** {@code _ConvNd.extra_repr}: padding, dilation, groups, bias and padding_mode only when not the default. */
    private static String extraRepr(ModuleInstance m) {
        StringBuilder s = new StringBuilder();
        s.append(m.dict.get("in_channels")).append(", ").append(m.dict.get("out_channels"))
                .append(", kernel_size=").append(Runtime.str(m.dict.get("kernel_size")))
                .append(", stride=").append(Runtime.str(m.dict.get("stride")));
        Object padding = m.dict.get("padding");
        if (!(padding instanceof PyTuple) || !allEqual((PyTuple) padding, 0)) {
            s.append(", padding=").append(Runtime.str(padding));
        }
        Object dilation = m.dict.get("dilation");
        if (!(dilation instanceof PyTuple) || !allEqual((PyTuple) dilation, 1)) {
            s.append(", dilation=").append(Runtime.str(dilation));
        }
        if (Runtime.toIndex(m.dict.get("groups")) != 1) {
            s.append(", groups=").append(m.dict.get("groups"));
        }
        if (!(m.getAttr("bias") instanceof Tensor)) {
            s.append(", bias=False");
        }
        if (!"zeros".equals(m.dict.get("padding_mode"))) {
            s.append(", padding_mode=").append(m.dict.get("padding_mode"));
        }
        return s.toString();
    }

    /** {@code t == (v,) * len(t)} in Python: every item equal to v. */
    private static boolean allEqual(PyTuple t, long v) {
        for (Object o : t.items()) {
            if (!Runtime.eq(o, v)) {
                return false;
            }
        }
        return true;
    }
}
