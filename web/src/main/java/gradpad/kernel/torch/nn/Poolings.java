package gradpad.kernel.torch.nn;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.ops.AvgPool2d;
import gradpad.engine.ops.MaxPool2d;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/**
 * {@code nn.MaxPool2d}, {@code nn.AvgPool2d}, {@code F.max_pool2d} (with return_indices) and
 * {@code F.avg_pool2d}: the layers keep their arguments as given (the repr shows
 * {@code kernel_size=2}, not a pair) and the stride defaults to the kernel size.
 */
final class Poolings {
    private Poolings() {
    }

    static void register(PyModule nn, PyModule functional) {
        functional.function("max_pool2d", (a, kw) -> {
            Object[] b = new Signature("max_pool2d", "input", "kernel_size", "stride=None", "padding=0",
                    "dilation=1", "ceil_mode=False", "return_indices=False").bind(a, kw);
            return maxPool(Functional.tensor(b[0], "max_pool2d"), b[1], b[2], b[3], b[4],
                    Convert.boolArg(b[5], false), Convert.boolArg(b[6], false));
        });
        functional.function("avg_pool2d", (a, kw) -> {
            Object[] b = new Signature("avg_pool2d", "input", "kernel_size", "stride=None", "padding=0",
                    "ceil_mode=False", "count_include_pad=True", "divisor_override=None").bind(a, kw);
            return avgPool(Functional.tensor(b[0], "avg_pool2d"), b[1], b[2], b[3], Convert.boolArg(b[4], false),
                    Convert.boolArg(b[5], true), b[6]);
        });
        nn.put("MaxPool2d", maxPoolLayer());
        nn.put("AvgPool2d", avgPoolLayer());
    }

    private static Object maxPool(Tensor x, Object kernel, Object stride, Object padding, Object dilation,
            boolean ceil, boolean returnIndices) {
        int[] k = pair(kernel, 0, "max_pool2d: kernel_size must either be a single int, or a tuple of two ints");
        int[] s = Convert.isNone(stride) ? k
                : pair(stride, 0, "max_pool2d: stride must either be omitted, a single int, or a tuple of two ints");
        int[] p = pair(padding, 0, "max_pool2d: padding must either be a single int, or a tuple of two ints");
        int[] d = pair(dilation, 1, "max_pool2d: dilation must be either a single int, or a tuple of two ints");
        Tensor[] r = MaxPool2d.withIndices(x, k, s, p, d, ceil);
        return returnIndices ? PyTuple.of(r[0], r[1]) : r[0];
    }

    private static Tensor avgPool(Tensor x, Object kernel, Object stride, Object padding, boolean ceil,
            boolean countIncludePad, Object divisor) {
        int[] k = pair(kernel, 0, "avg_pool2d: kernel_size must either be a single int, or a tuple of two ints");
        int[] s = Convert.isNone(stride) ? k
                : pair(stride, 0, "avg_pool2d: stride must either be omitted, a single int, or a tuple of two ints");
        int[] p = pair(padding, 0, "avg_pool2d: padding must either be a single int, or a tuple of two ints");
        int div = 0;
        if (!Convert.isNone(divisor)) {
            div = (int) Runtime.toIndex(divisor);
            if (div == 0) {
                throw TorchException.runtime("divisor must be not zero");
            }
        }
        return AvgPool2d.apply(x, k, s, p, ceil, countIncludePad, div);
    }

    /** An int or a one- or two-element tuple as (h, w); {@code message} for any other length. */
    private static int[] pair(Object o, int dflt, String message) {
        int[] v = Convolutions.ints(o, 2, dflt);
        if (v.length == 1) {
            return new int[] {v[0], v[0]};
        }
        if (v.length != 2) {
            throw TorchException.runtime(message);
        }
        return v;
    }

    private static PyClass maxPoolLayer() {
        PyClass c = ModuleBase.layer("MaxPool2d", "pooling");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("_MaxPoolNd.__init__", "self", "kernel_size", "stride=None", "padding=0", "dilation=1",
                    "return_indices=False", "ceil_mode=False").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("kernel_size", b[1]);
            m.dict.put("stride", Convert.isNone(b[2]) ? b[1] : b[2]);
            m.dict.put("padding", b[3] == null ? (Object) 0L : b[3]);
            m.dict.put("dilation", b[4] == null ? (Object) 1L : b[4]);
            m.dict.put("return_indices", Convert.boolArg(b[5], false));
            m.dict.put("ceil_mode", Convert.boolArg(b[6], false));
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "MaxPool2d", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return maxPool(Functional.tensor(a[1], "max_pool2d"), m.dict.get("kernel_size"), m.dict.get("stride"),
                    m.dict.get("padding"), m.dict.get("dilation"), Runtime.truthy(m.dict.get("ceil_mode")),
                    Runtime.truthy(m.dict.get("return_indices")));
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return "kernel_size=" + Runtime.str(m.dict.get("kernel_size")) + ", stride="
                    + Runtime.str(m.dict.get("stride")) + ", padding=" + Runtime.str(m.dict.get("padding"))
                    + ", dilation=" + Runtime.str(m.dict.get("dilation")) + ", ceil_mode="
                    + Runtime.str(m.dict.get("ceil_mode"));
        });
        return c;
    }

    private static PyClass avgPoolLayer() {
        PyClass c = ModuleBase.layer("AvgPool2d", "pooling");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("AvgPool2d.__init__", "self", "kernel_size", "stride=None", "padding=0",
                    "ceil_mode=False", "count_include_pad=True", "divisor_override=None").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("kernel_size", b[1]);
            m.dict.put("stride", Convert.isNone(b[2]) ? b[1] : b[2]);
            m.dict.put("padding", b[3] == null ? (Object) 0L : b[3]);
            m.dict.put("ceil_mode", Convert.boolArg(b[4], false));
            m.dict.put("count_include_pad", Convert.boolArg(b[5], true));
            m.dict.put("divisor_override", b[6] == null ? PyNone.NONE : b[6]);
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "AvgPool2d", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return avgPool(Functional.tensor(a[1], "avg_pool2d"), m.dict.get("kernel_size"), m.dict.get("stride"),
                    m.dict.get("padding"), Runtime.truthy(m.dict.get("ceil_mode")),
                    Runtime.truthy(m.dict.get("count_include_pad")), m.dict.get("divisor_override"));
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return "kernel_size=" + Runtime.str(m.dict.get("kernel_size")) + ", stride="
                    + Runtime.str(m.dict.get("stride")) + ", padding=" + Runtime.str(m.dict.get("padding"));
        });
        return c;
    }
}
