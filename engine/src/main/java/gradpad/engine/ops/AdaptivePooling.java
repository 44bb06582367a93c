package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code adaptive_avg_pool2d} and {@code adaptive_max_pool2d}: PyTorch's CPU kernels
 * ({@code cpu_adaptive_avg_pool}, {@code cpu_adaptive_max_pool}) step for step. Output cell i of n
 * over an input of size s covers [floor(i*s/n), ceil((i+1)*s/n)). The average sums its window row
 * by row in the dtype, then divides by the height and then by the width (two roundings, as
 * {@code sum / kh / kw} does), so float32 is bit-exact. An output of (1, 1) is
 * {@code mean((-1, -2), keepdim=True)} as in PyTorch (grad_fn MeanBackward1). Backwards:
 * {@code AdaptiveAvgPool2DBackward0} (double backward {@code AdaptiveAvgPool2DBackwardBackward0},
 * the same pooling of the incoming gradient) and {@code AdaptiveMaxPool2DBackward0} (double
 * backward {@code AdaptiveMaxPool2DBackwardBackward0}, a gather at the indices).
 */
public final class AdaptivePooling {
    private AdaptivePooling() {
    }

    static int start(int i, int out, int in) {
        return (int) ((long) i * in / out);
    }

    static int end(int i, int out, int in) {
        return (int) (((long) (i + 1) * in + out - 1) / out);
    }

    /** {@code F.adaptive_avg_pool2d} after Python resolved None entries: (1, 1) is a mean. */
    public static Tensor avg(Tensor x, int oh, int ow) {
        if (oh < 0 || ow < 0) {
            throw TorchException.runtime("adaptive_avg_pool2d: elements of output_size must be greater than or "
                    + "equal to 0 but received {" + oh + ", " + ow + "}");
        }
        if (oh == 1 && ow == 1) {
            return Reductions.mean(x, new int[] {-1, -2}, true, null);
        }
        return avgPool(x, oh, ow);
    }

    /** {@code _adaptive_avg_pool2d}: the kernel itself. */
    static Tensor avgPool(Tensor x, int oh, int ow) {
        check(x, "adaptive_avg_pool2d", ", but got ", x.dim() - 2);
        Pooling.requireFloat(x, "adaptive_avg_pool2d");
        int[] shape = x.shapeRef();
        int h = shape[shape.length - 2];
        int w = shape[shape.length - 1];
        int[] outShape = shape.clone();
        outShape[shape.length - 2] = oh;
        outShape[shape.length - 1] = ow;
        int planes = h * w == 0 ? 0 : x.numel() / (h * w);
        double[] in = ConvolutionKernel.doubles(x);
        double[] out = new double[planes * oh * ow];
        boolean f32 = x.dtype() == DType.FLOAT32;
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int base = p * h * w;
            for (int i = 0; i < oh; i++) {
                int y0 = start(i, oh, h);
                int y1 = end(i, oh, h);
                for (int j = 0; j < ow; j++, at++) {
                    int x0 = start(j, ow, w);
                    int x1 = end(j, ow, w);
                    double sum = 0;
                    for (int iy = y0; iy < y1; iy++) {
                        for (int ix = x0; ix < x1; ix++) {
                            sum = f32 ? Float32.round(sum + in[base + iy * w + ix]) : sum + in[base + iy * w + ix];
                        }
                    }
                    out[at] = f32 ? Float32.round(Float32.round(sum / (y1 - y0)) / (double) (x1 - x0))
                            : sum / (y1 - y0) / (x1 - x0);
                }
            }
        }
        Tensor result = ConvolutionKernel.tensor(out, outShape, x.dtype());
        if (Recording.needsGrad(x)) {
            Recording.record(new AdaptiveAvgPool2DBackward0(x), result, x);
        }
        return result;
    }

    /** The 3D/4D and non-empty checks of both kernels; {@code firstDim} the first dimension that must be non-empty. */
    private static void check(Tensor x, String op, String gotSep, int firstDim) {
        int[] shape = x.shapeRef();
        int ndim = shape.length;
        if (ndim != 3 && ndim != 4) {
            throw TorchException.runtime(op + "(): Expected 3D or 4D tensor" + gotSep + Shape.list(shape));
        }
        for (int i = firstDim; i < ndim; i++) {
            if (shape[i] <= 0) {
                throw TorchException.runtime(op + "(): Expected input to have non-zero size for non-batch "
                        + "dimensions, but input has sizes " + Shape.list(shape) + " with dimension " + i
                        + " being empty");
            }
        }
    }

    /** {@code adaptive_avg_pool2d_backward}: each output gradient divided by kh then kw, added over its window. */
    static Tensor avgBackward(Tensor grad, Tensor self) {
        int[] shape = self.shapeRef();
        int h = shape[shape.length - 2];
        int w = shape[shape.length - 1];
        int[] gs = grad.shapeRef();
        int oh = gs[gs.length - 2];
        int ow = gs[gs.length - 1];
        int planes = h * w == 0 ? 0 : self.numel() / (h * w);
        double[] g = ConvolutionKernel.doubles(grad);
        Tensor out = Tensor.empty(shape, grad.dtype());
        boolean f32 = out.dtype() == DType.FLOAT32;
        float[] of = f32 ? out.storage().f32 : null;
        double[] od = f32 ? null : out.storage().f64;
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int base = p * h * w;
            for (int i = 0; i < oh; i++) {
                int y0 = start(i, oh, h);
                int y1 = end(i, oh, h);
                for (int j = 0; j < ow; j++, at++) {
                    int x0 = start(j, ow, w);
                    int x1 = end(j, ow, w);
                    double delta = f32 ? Float32.round(Float32.round(g[at] / (y1 - y0)) / (double) (x1 - x0))
                            : g[at] / (y1 - y0) / (x1 - x0);
                    for (int iy = y0; iy < y1; iy++) {
                        for (int ix = x0; ix < x1; ix++) {
                            int k = base + iy * w + ix;
                            if (f32) {
                                of[k] = (float) (of[k] + delta); // the float[] store rounds each add
                            } else {
                                od[k] += delta;
                            }
                        }
                    }
                }
            }
        }
        if (Recording.needsGrad(grad, self)) {
            Recording.record(new AdaptiveAvgPool2DBackwardBackward0(self, oh, ow), out, grad, self);
        }
        return out;
    }

    /** {@code adaptive_max_pool2d}: {output, indices}; the first maximum in row-major order wins, a NaN always. */
    public static Tensor[] max(Tensor x, int oh, int ow) {
        check(x, "adaptive_max_pool2d", ", but got: ", 1);
        if (oh < 0 || ow < 0) {
            throw TorchException.runtime("Trying to create tensor with negative dimension " + Math.min(oh, ow)
                    + ": " + Shape.list(outShape(x.shapeRef(), oh, ow)));
        }
        Pooling.requireFloat(x, "adaptive_max_pool2d");
        int[] shape = x.shapeRef();
        int h = shape[shape.length - 2];
        int w = shape[shape.length - 1];
        int[] outShape = outShape(shape, oh, ow);
        int planes = x.numel() / (h * w);
        double[] in = ConvolutionKernel.doubles(x);
        double[] values = new double[planes * oh * ow];
        Tensor indices = Tensor.empty(outShape, DType.INT64);
        long[] argmax = indices.storage().i64;
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int base = p * h * w;
            for (int i = 0; i < oh; i++) {
                int y0 = start(i, oh, h);
                int y1 = end(i, oh, h);
                for (int j = 0; j < ow; j++, at++) {
                    int x0 = start(j, ow, w);
                    int x1 = end(j, ow, w);
                    int best = y0 * w + x0;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int iy = y0; iy < y1; iy++) {
                        for (int ix = x0; ix < x1; ix++) {
                            double v = in[base + iy * w + ix];
                            if (v > max || v != v) {
                                max = v;
                                best = iy * w + ix;
                            }
                        }
                    }
                    values[at] = max;
                    argmax[at] = best;
                }
            }
        }
        Tensor out = ConvolutionKernel.tensor(values, outShape, x.dtype());
        if (Recording.needsGrad(x)) {
            Recording.record(new MaxPool2d.IndicesBackward(MaxPool2d.ADAPTIVE_MAX_POOL, x, indices), out, x);
        }
        return new Tensor[] {out, indices};
    }

    private static int[] outShape(int[] shape, int oh, int ow) {
        int[] out = shape.clone();
        out[shape.length - 2] = oh;
        out[shape.length - 1] = ow;
        return out;
    }

    static final class AdaptiveAvgPool2DBackward0 extends Node {
        private final SavedTensor self;

        AdaptiveAvgPool2DBackward0(Tensor self) {
            this.self = new SavedTensor(self);
        }

        @Override
        public String name() {
            return "AdaptiveAvgPool2DBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {avgBackward(g[0], self.unpack())};
        }
    }

    static final class AdaptiveAvgPool2DBackwardBackward0 extends Node {
        private final SavedTensor self;
        private final int oh, ow;

        AdaptiveAvgPool2DBackwardBackward0(Tensor self, int oh, int ow) {
            this.self = new SavedTensor(self);
            this.oh = oh;
            this.ow = ow;
        }

        @Override
        public String name() {
            return "AdaptiveAvgPool2DBackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor gGrad = needsInputGrad(0) ? avgPool(g[0], oh, ow) : null;
            Tensor gSelf = needsInputGrad(1) ? Creation.zerosLike(self.unpack()) : null;
            return new Tensor[] {gGrad, gSelf};
        }
    }
}
