package gradpad.kernel.torch.nn;

import gradpad.engine.Tensor;
import gradpad.engine.ops.Padding;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/** {@code F.pad} (constant mode) and {@code nn.Unflatten}. */
final class ShapeLayers {
    private ShapeLayers() {
    }

    static void register(PyModule nn, PyModule functional) {
        functional.function("pad", (a, kw) -> {
            Object[] b = new Signature("pad", "input", "pad", "mode='constant'", "value=None").bind(a, kw);
            Tensor x = Functional.tensor(b[0], "pad");
            Object[] items = Convert.sequence(b[1]);
            long[] pad = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                pad[i] = Runtime.toIndex(items[i]);
            }
            // torch._C._nn.pad's checks come before any mode's own
            if (pad.length % 2 != 0) {
                throw Errors.runtimeError("Padding length must be divisible by 2");
            }
            if (pad.length > 2 * x.dim()) {
                throw Errors.runtimeError("Padding length should be less than or equal to two times the input "
                        + "dimension but got padding length " + pad.length + " and input of dimension " + x.dim());
            }
            String mode = b[2] == null ? "constant" : (String) b[2];
            if (!mode.equals("constant")) {
                throw Errors.make(gradpad.kernel.runtime.Types.NOT_IMPLEMENTED_ERROR, "F.pad(mode='" + mode + "') is not supported in gradpad; only "
                        + "mode='constant' is");
            }
            double value = Convert.isNone(b[3]) ? 0.0 : Convert.doubleArg(b[3], "value");
            return Padding.constantPadNd(x, pad, value);
        });
        nn.put("Unflatten", unflatten());
    }

    private static PyClass unflatten() {
        PyClass c = ModuleBase.layer("Unflatten", "flatten");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("Unflatten.__init__", "self", "dim", "unflattened_size").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("dim", b[1]);
            m.dict.put("unflattened_size", b[2]);
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "Unflatten", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            Tensor x = Functional.tensor(a[1], "unflatten");
            return Runtime.call(Runtime.getAttr(x, "unflatten"), m.dict.get("dim"), m.dict.get("unflattened_size"));
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return "dim=" + Runtime.repr(m.dict.get("dim")) + ", unflattened_size="
                    + Runtime.repr(m.dict.get("unflattened_size"));
        });
        return c;
    }
}
