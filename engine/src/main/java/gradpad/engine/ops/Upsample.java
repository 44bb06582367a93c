package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;

/**
 * {@code upsample_nearest2d} over (N, C, H, W): PyTorch's {@code nearest_idx} step for step. The
 * source of output index i is i itself when the sizes agree, i / 2 when the output is twice the
 * input, else {@code min(floorf(i * scale), in - 1)} with the float scale {@code 1 / scale_factor}
 * (when given) or {@code in / out}. {@code UpsampleNearest2DBackward0} adds each output gradient
 * into its source in output order (float adds, bit-exact); under create_graph that records
 * {@code UpsampleNearest2DBackwardBackward0}, whose gradient is the same upsampling.
 */
public final class Upsample {
    private Upsample() {
    }

    /** The output size PyTorch derives from a scale factor: {@code (int64) (in * scale)} in double. */
    public static int scaledSize(int in, double scale) {
        return (int) (long) (in * scale);
    }

    /** {@code scaleH}/{@code scaleW} 0 when the size was given instead of a scale factor. */
    public static Tensor nearest(Tensor x, int oh, int ow, double scaleH, double scaleW) {
        Pooling.requireFloat(x, "upsample_nearest2d");
        int[] shape = x.shapeRef();
        int h = shape[2];
        int w = shape[3];
        int[] rows = sources(oh, h, scaleH);
        int[] cols = sources(ow, w, scaleW);
        double[] in = ConvolutionKernel.doubles(x);
        int planes = shape[0] * shape[1];
        double[] out = new double[planes * oh * ow];
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int base = p * h * w;
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    out[at++] = in[base + rows[i] * w + cols[j]];
                }
            }
        }
        Tensor result = ConvolutionKernel.tensor(out, new int[] {shape[0], shape[1], oh, ow}, x.dtype());
        if (Recording.needsGrad(x)) {
            Recording.record(new UpsampleNearest2DBackward0(x, scaleH, scaleW), result, x);
        }
        return result;
    }

    /** {@code nearest_idx} for every output index. */
    static int[] sources(int out, int in, double scale) {
        int[] src = new int[out];
        float s = scale > 0 ? Float32.round(1.0 / scale) : Float32.round((double) (float) in / (float) out);
        for (int i = 0; i < out; i++) {
            if (out == in) {
                src[i] = i;
            } else if (out == 2 * in) {
                src[i] = i >> 1;
            } else {
                src[i] = Math.min((int) Math.floor(Float32.round((double) (float) i * s)), in - 1);
            }
        }
        return src;
    }

    /** {@code upsample_nearest2d_backward}: output gradients added into their sources, in output order. */
    static Tensor nearestBackward(Tensor grad, int[] shape, double scaleH, double scaleW) {
        int h = shape[2];
        int w = shape[3];
        int[] gs = grad.shapeRef();
        int oh = gs[2];
        int ow = gs[3];
        int[] rows = sources(oh, h, scaleH);
        int[] cols = sources(ow, w, scaleW);
        double[] g = ConvolutionKernel.doubles(grad);
        Tensor out = Tensor.empty(shape, grad.dtype());
        boolean f32 = out.dtype() == DType.FLOAT32;
        float[] of = f32 ? out.storage().f32 : null;
        double[] od = f32 ? null : out.storage().f64;
        int planes = shape[0] * shape[1];
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int base = p * h * w;
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++, at++) {
                    int k = base + rows[i] * w + cols[j];
                    if (f32) {
                        of[k] = (float) (of[k] + g[at]); // the float[] store rounds each add
                    } else {
                        od[k] += g[at];
                    }
                }
            }
        }
        if (Recording.needsGrad(grad)) { // like PyTorch's, the node's only input is the gradient
            Recording.record(new UpsampleNearest2DBackwardBackward0(oh, ow, scaleH, scaleW), out, grad);
        }
        return out;
    }

    static final class UpsampleNearest2DBackward0 extends Node {
        private final int[] shape; // PyTorch keeps the input's sizes, not the input
        private final double scaleH, scaleW;

        UpsampleNearest2DBackward0(Tensor self, double scaleH, double scaleW) {
            this.shape = self.shapeRef().clone();
            this.scaleH = scaleH;
            this.scaleW = scaleW;
        }

        @Override
        public String name() {
            return "UpsampleNearest2DBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {nearestBackward(g[0], shape, scaleH, scaleW)};
        }
    }

    static final class UpsampleNearest2DBackwardBackward0 extends Node {
        private final int oh, ow;
        private final double scaleH, scaleW;

        UpsampleNearest2DBackwardBackward0(int oh, int ow, double scaleH, double scaleW) {
            this.oh = oh;
            this.ow = ow;
            this.scaleH = scaleH;
            this.scaleW = scaleW;
        }

        @Override
        public String name() {
            return "UpsampleNearest2DBackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {nearest(g[0], oh, ow, scaleH, scaleW)};
        }
    }
}
