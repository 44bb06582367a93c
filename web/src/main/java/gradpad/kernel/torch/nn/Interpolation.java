package gradpad.kernel.torch.nn;

import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.ops.Upsample;
import gradpad.engine.ops.UpsampleBilinear;
import gradpad.kernel.runtime.Numbers;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/**
 * {@code F.interpolate} and {@code nn.Upsample}, modes 'nearest' and 'bilinear' over 4D input, following
 * torch.nn.functional.interpolate's checks and texts: size or scale_factor (one of them), a scale
 * factor passed on as is (the output size is {@code (int) (in * scale)}), or with
 * recompute_scale_factor the floor of that product and no scale. Other modes and ranks are not
 * supported yet.
 */
final class Interpolation {
    private Interpolation() {
    }

    static void register(PyModule nn, PyModule functional) {
        functional.function("interpolate", (a, kw) -> {
            Object[] b = new Signature("interpolate", "input", "size=None", "scale_factor=None", "mode='nearest'",
                    "align_corners=None", "recompute_scale_factor=None", "antialias=False").bind(a, kw);
            return interpolate(Functional.tensor(b[0], "interpolate"), b[1], b[2], b[3], b[4], b[5]);
        });
        nn.put("Upsample", layer());
    }

    private static boolean given(Object o) {
        return o != null && !Convert.isNone(o);
    }

    static Tensor interpolate(Tensor x, Object size, Object scale, Object modeObj, Object alignCorners,
            Object recompute) {
        String mode = modeObj == null ? "nearest" : Runtime.str(modeObj);
        boolean nearestLike = mode.equals("nearest") || mode.equals("area") || mode.equals("nearest-exact");
        if (nearestLike && given(alignCorners)) {
            throw TorchException.value("align_corners option can only be set with the interpolating modes: "
                    + "linear | bilinear | bicubic | trilinear");
        }
        int dim = x.dim() - 2;
        int[] shape = x.shapeRef();
        int[] outSize = null;
        double[] scales = null;
        if (given(size) && given(scale)) {
            throw TorchException.value("only one of size or scale_factor should be defined");
        } else if (given(size)) {
            if (size instanceof PyTuple || size instanceof PyList) {
                Object[] items = Convert.sequence(size);
                if (items.length != dim) {
                    throw TorchException.value("Input and output must have the same number of spatial dimensions, "
                            + "but got input with spatial dimensions of " + spatial(shape) + " and output size of "
                            + Runtime.repr(size) + ". Please provide input tensor in (N, C, d1, d2, ...,dK) format "
                            + "and output size in (o1, o2, ...,oK) format.");
                }
                outSize = new int[dim];
                for (int i = 0; i < dim; i++) {
                    outSize[i] = (int) Runtime.toIndex(items[i]);
                }
            } else {
                outSize = new int[Math.max(dim, 0)];
                java.util.Arrays.fill(outSize, (int) Runtime.toIndex(size));
            }
        } else if (given(scale)) {
            if (scale instanceof PyTuple || scale instanceof PyList) {
                Object[] items = Convert.sequence(scale);
                if (items.length != dim) {
                    throw TorchException.value("Input and scale_factor must have the same number of spatial "
                            + "dimensions, but got input with spatial dimensions of " + spatial(shape)
                            + " and scale_factor of shape " + Runtime.repr(scale) + ". Please provide input tensor "
                            + "in (N, C, d1, d2, ...,dK) format and scale_factor in (s1, s2, ...,sK) format.");
                }
                scales = new double[dim];
                for (int i = 0; i < dim; i++) {
                    scales[i] = Numbers.asDouble(items[i]);
                }
            } else {
                scales = new double[Math.max(dim, 0)];
                java.util.Arrays.fill(scales, Numbers.asDouble(scale));
            }
        } else {
            throw TorchException.value("either size or scale_factor should be defined");
        }
        boolean recomputeScale = given(recompute) && Runtime.truthy(recompute);
        if (recomputeScale && given(size)) {
            throw TorchException.value("recompute_scale_factor is not meaningful with an explicit size.");
        }
        if (recomputeScale) {
            outSize = new int[dim];
            for (int i = 0; i < dim; i++) {
                outSize[i] = (int) Math.floor(shape[i + 2] * scales[i]);
            }
            scales = null;
        }
        if (dim != 2 || !(mode.equals("nearest") || mode.equals("bilinear"))) {
            throw new TorchException("NotImplementedError", "gradpad: interpolate supports mode='nearest' and "
                    + "'bilinear' on 4D input so far (got mode=" + Runtime.repr(mode) + " on " + x.dim() + "D input)");
        }
        if (outSize == null) {
            outSize = new int[] {Upsample.scaledSize(shape[2], scales[0]), Upsample.scaledSize(shape[3], scales[1])};
        }
        if (outSize[0] <= 0 || outSize[1] <= 0) {
            throw TorchException.runtime("Input and output sizes should be greater than 0, but got input (H: "
                    + shape[2] + ", W: " + shape[3] + ") output (H: " + outSize[0] + ", W: " + outSize[1] + ")");
        }
        double sh = scales == null ? 0 : scales[0];
        double sw = scales == null ? 0 : scales[1];
        if (mode.equals("bilinear")) {
            return UpsampleBilinear.apply(x, outSize[0], outSize[1], given(alignCorners) && Runtime.truthy(alignCorners),
                    sh, sw);
        }
        return Upsample.nearest(x, outSize[0], outSize[1], sh, sw);
    }

    private static String spatial(int[] shape) {
        int n = Math.max(shape.length - 2, 0);
        int[] s = new int[n];
        System.arraycopy(shape, shape.length - n, s, 0, n);
        return Shape.list(s);
    }

    private static PyClass layer() {
        PyClass c = ModuleBase.layer("Upsample", "upsampling");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("Upsample.__init__", "self", "size=None", "scale_factor=None",
                    "mode='nearest'", "align_corners=None", "recompute_scale_factor=None").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("name", "Upsample");
            m.dict.put("size", b[1] == null ? PyNone.NONE : b[1]);
            Object scale = b[2];
            if (scale instanceof PyTuple) {
                Object[] items = ((PyTuple) scale).items();
                Object[] f = new Object[items.length];
                for (int i = 0; i < items.length; i++) {
                    f[i] = Numbers.asDouble(items[i]);
                }
                scale = new PyTuple(f);
            } else {
                scale = given(scale) && Runtime.truthy(scale) ? (Object) Numbers.asDouble(scale) : PyNone.NONE;
            }
            m.dict.put("scale_factor", scale);
            m.dict.put("mode", b[3] == null ? "nearest" : b[3]);
            m.dict.put("align_corners", b[4] == null ? PyNone.NONE : b[4]);
            m.dict.put("recompute_scale_factor", b[5] == null ? PyNone.NONE : b[5]);
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "Upsample", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return interpolate(Functional.tensor(a[1], "interpolate"), m.dict.get("size"), m.dict.get("scale_factor"),
                    m.dict.get("mode"), m.dict.get("align_corners"), m.dict.get("recompute_scale_factor"));
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            Object scale = m.dict.get("scale_factor");
            String info = !Convert.isNone(scale) ? "scale_factor=" + Runtime.repr(scale)
                    : "size=" + Runtime.repr(m.dict.get("size"));
            return info + ", mode=" + Runtime.repr(m.dict.get("mode"));
        });
        return c;
    }
}
