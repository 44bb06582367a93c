package gradpad.kernel.torch.nn;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.ops.AdaptivePooling;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/**
 * {@code nn.AdaptiveAvgPool2d}, {@code nn.AdaptiveMaxPool2d}, {@code F.adaptive_avg_pool2d} and
 * {@code F.adaptive_max_pool2d} (with return_indices). The layers keep output_size as given (the
 * repr shows {@code output_size=5} or {@code output_size=(None, 7)}); None entries take the
 * input's size, as torch.nn.functional's {@code _list_with_default} does.
 */
final class AdaptivePoolings {
    private AdaptivePoolings() {
    }

    static void register(PyModule nn, PyModule functional) {
        functional.function("adaptive_avg_pool2d", (a, kw) -> {
            Object[] b = new Signature("adaptive_avg_pool2d", "input", "output_size").bind(a, kw);
            return avg(Functional.tensor(b[0], "adaptive_avg_pool2d"), b[1]);
        });
        functional.function("adaptive_max_pool2d", (a, kw) -> {
            Object[] b = new Signature("adaptive_max_pool2d", "input", "output_size", "return_indices=False")
                    .bind(a, kw);
            return max(Functional.tensor(b[0], "adaptive_max_pool2d"), b[1], Convert.boolArg(b[2], false));
        });
        nn.put("AdaptiveAvgPool2d", layer("AdaptiveAvgPool2d", false));
        nn.put("AdaptiveMaxPool2d", layer("AdaptiveMaxPool2d", true));
    }

    static Tensor avg(Tensor x, Object size) {
        int[] s = outputSize(x, size, "adaptive_avg_pool2d: output_size must be 2");
        return AdaptivePooling.avg(x, s[0], s[1]);
    }

    static Object max(Tensor x, Object size, boolean returnIndices) {
        int[] s = outputSize(x, size, "adaptive_max_pool2d(): internal error: output_size.size() must be 2");
        Tensor[] r = AdaptivePooling.max(x, s[0], s[1]);
        return returnIndices ? PyTuple.of(r[0], r[1]) : r[0];
    }

    /** An int as (n, n); a sequence with None entries filled from the input's trailing sizes. */
    private static int[] outputSize(Tensor x, Object size, String lengthMessage) {
        if (!(size instanceof PyTuple) && !(size instanceof PyList)) {
            int n = (int) Runtime.toIndex(size);
            return new int[] {n, n};
        }
        Object[] items = Convert.sequence(size);
        int[] shape = x.shapeRef();
        if (shape.length <= items.length) {
            throw TorchException.value("Input dimension should be at least " + (items.length + 1));
        }
        int[] out = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = Convert.isNone(items[i]) ? shape[shape.length - items.length + i]
                    : (int) Runtime.toIndex(items[i]);
        }
        if (out.length != 2) {
            throw TorchException.runtime(lengthMessage);
        }
        return out;
    }

    private static PyClass layer(String name, boolean isMax) {
        PyClass c = ModuleBase.layer(name, "pooling");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = isMax
                    ? new Signature(name + ".__init__", "self", "output_size", "return_indices=False").bind(a, kw)
                    : new Signature(name + ".__init__", "self", "output_size").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("output_size", b[1]);
            if (isMax) {
                m.dict.put("return_indices", Convert.boolArg(b[2], false));
            }
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, name, (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            Object size = m.dict.get("output_size");
            return isMax ? max(Functional.tensor(a[1], "adaptive_max_pool2d"), size,
                    Runtime.truthy(m.dict.get("return_indices")))
                    : avg(Functional.tensor(a[1], "adaptive_avg_pool2d"), size);
        });
        ModuleBase.method(c.dict, "extra_repr",
                (a, kw) -> "output_size=" + Runtime.str(ModuleBase.self(a).dict.get("output_size")));
        return c;
    }
}
