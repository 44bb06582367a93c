package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;

/**
 * {@code upsample_bilinear2d} over (N, C, H, W): PyTorch's separable CPU kernel
 * ({@code upsample_generic_Nd_kernel_impl} with {@code HelperInterpLinear}). Per axis the source
 * index and weights come from {@code compute_source_index_and_lambda} in float: the scale
 * {@code (in - 1) / (out - 1)} with align_corners, else {@code 1 / scale_factor} or
 * {@code in / out}; the source {@code scale * (i + 0.5) - 0.5} clamped at 0; the weights
 * {@code 1 - l, l}. An output is {@code (x00 w0 + x01 w1) h0 + (x10 w0 + x11 w1) h1}, each
 * operation rounded to float for float32. NOT bit-exact yet: against Debian's torch 1.13 some
 * float32 (and a few float64) outputs and gradients differ in the last ulp; neither a fused
 * multiply-add nor double accumulation reproduced it everywhere. {@code UpsampleBilinear2DBackward0} adds
 * {@code h * w * grad} into the four sources in output order; its double backward
 * {@code UpsampleBilinear2DBackwardBackward0} is the same upsampling.
 */
public final class UpsampleBilinear {
    private UpsampleBilinear() {
    }

    /** Per output index: the two sources (i0, i1) and their weights (l0, l1), for one axis. */
    static final class Axis {
        final int[] i0, i1;
        final double[] l0, l1;

        Axis(int out, int in, boolean alignCorners, double scaleFactor, boolean f32) {
            i0 = new int[out];
            i1 = new int[out];
            l0 = new double[out];
            l1 = new double[out];
            double scale;
            if (alignCorners) {
                scale = out > 1 ? (double) (in - 1) / (out - 1) : 0;
            } else {
                scale = scaleFactor > 0 ? 1.0 / scaleFactor : (double) in / out;
            }
            if (f32) {
                scale = Float32.round(scale);
            }
            for (int i = 0; i < out; i++) {
                if (out == in) {
                    i0[i] = i;
                    i1[i] = i;
                    l0[i] = 1;
                    l1[i] = 0;
                    continue;
                }
                double real;
                if (alignCorners) {
                    real = f32 ? Float32.round(scale * i) : scale * i;
                } else {
                    real = f32 ? Float32.round(Float32.round(scale * Float32.round(i + 0.5)) - 0.5)
                            : scale * (i + 0.5) - 0.5;
                    if (real < 0) {
                        real = 0;
                    }
                }
                int idx = (int) Math.min((long) Math.floor(real), in - 1);
                double lambda = Math.min(Math.max(f32 ? Float32.round(real - idx) : real - idx, 0), 1);
                i0[i] = idx;
                i1[i] = idx + (idx < in - 1 ? 1 : 0);
                l1[i] = lambda;
                l0[i] = f32 ? Float32.round(1.0 - lambda) : 1.0 - lambda;
            }
        }
    }

    /** {@code scaleH}/{@code scaleW} 0 when the size was given instead of a scale factor. */
    public static Tensor apply(Tensor x, int oh, int ow, boolean alignCorners, double scaleH, double scaleW) {
        Pooling.requireFloat(x, "upsample_bilinear2d");
        int[] shape = x.shapeRef();
        int h = shape[2];
        int w = shape[3];
        boolean f32 = x.dtype() == DType.FLOAT32;
        Axis ah = new Axis(oh, h, alignCorners, scaleH, f32);
        Axis aw = new Axis(ow, w, alignCorners, scaleW, f32);
        double[] in = ConvolutionKernel.doubles(x);
        int planes = shape[0] * shape[1];
        double[] out = new double[planes * oh * ow];
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int base = p * h * w;
            for (int i = 0; i < oh; i++) {
                int r0 = base + ah.i0[i] * w;
                int r1 = base + ah.i1[i] * w;
                double h0 = ah.l0[i];
                double h1 = ah.l1[i];
                for (int j = 0; j < ow; j++) {
                    int c0 = aw.i0[j];
                    int c1 = aw.i1[j];
                    double w0 = aw.l0[j];
                    double w1 = aw.l1[j];
                    if (f32) {
                        float t0 = Float32.round(Float32.round(in[r0 + c0] * w0) + Float32.round(in[r0 + c1] * w1));
                        float t1 = Float32.round(Float32.round(in[r1 + c0] * w0) + Float32.round(in[r1 + c1] * w1));
                        out[at++] = Float32.round(Float32.round(t0 * h0) + Float32.round(t1 * h1));
                    } else {
                        double t0 = in[r0 + c0] * w0 + in[r0 + c1] * w1;
                        double t1 = in[r1 + c0] * w0 + in[r1 + c1] * w1;
                        out[at++] = t0 * h0 + t1 * h1;
                    }
                }
            }
        }
        Tensor result = ConvolutionKernel.tensor(out, new int[] {shape[0], shape[1], oh, ow}, x.dtype());
        if (Recording.needsGrad(x)) {
            Recording.record(new UpsampleBilinear2DBackward0(x, alignCorners, scaleH, scaleW), result, x);
        }
        return result;
    }

    /** {@code upsample_bilinear2d_backward}: {@code h * w * grad} added into the four sources, in output order. */
    static Tensor backward(Tensor grad, int[] shape, boolean alignCorners, double scaleH, double scaleW) {
        int h = shape[2];
        int w = shape[3];
        int[] gs = grad.shapeRef();
        int oh = gs[2];
        int ow = gs[3];
        Tensor out = Tensor.empty(shape, grad.dtype());
        boolean f32 = out.dtype() == DType.FLOAT32;
        Axis ah = new Axis(oh, h, alignCorners, scaleH, f32);
        Axis aw = new Axis(ow, w, alignCorners, scaleW, f32);
        double[] g = ConvolutionKernel.doubles(grad);
        float[] of = f32 ? out.storage().f32 : null;
        double[] od = f32 ? null : out.storage().f64;
        int planes = shape[0] * shape[1];
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int base = p * h * w;
            for (int i = 0; i < oh; i++) {
                int r0 = base + ah.i0[i] * w;
                int r1 = base + ah.i1[i] * w;
                for (int j = 0; j < ow; j++, at++) {
                    int c0 = aw.i0[j];
                    int c1 = aw.i1[j];
                    if (f32) {
                        add(of, r0 + c0, ah.l0[i], aw.l0[j], g[at]);
                        add(of, r0 + c1, ah.l0[i], aw.l1[j], g[at]);
                        add(of, r1 + c0, ah.l1[i], aw.l0[j], g[at]);
                        add(of, r1 + c1, ah.l1[i], aw.l1[j], g[at]);
                    } else {
                        od[r0 + c0] += ah.l0[i] * aw.l0[j] * g[at];
                        od[r0 + c1] += ah.l0[i] * aw.l1[j] * g[at];
                        od[r1 + c0] += ah.l1[i] * aw.l0[j] * g[at];
                        od[r1 + c1] += ah.l1[i] * aw.l1[j] * g[at];
                    }
                }
            }
        }
        if (Recording.needsGrad(grad)) { // like PyTorch's, the node's only input is the gradient
            Recording.record(new UpsampleBilinear2DBackwardBackward0(oh, ow, alignCorners, scaleH, scaleW), out, grad);
        }
        return out;
    }

    /** {@code *gin += hl * wl * g} in float: three roundings. */
    private static void add(float[] o, int k, double hl, double wl, double g) {
        o[k] = (float) (o[k] + (double) Float32.round(Float32.round(hl * wl) * g));
    }

    static final class UpsampleBilinear2DBackward0 extends Node {
        private final int[] shape;
        private final boolean alignCorners;
        private final double scaleH, scaleW;

        UpsampleBilinear2DBackward0(Tensor self, boolean alignCorners, double scaleH, double scaleW) {
            this.shape = self.shapeRef().clone();
            this.alignCorners = alignCorners;
            this.scaleH = scaleH;
            this.scaleW = scaleW;
        }

        @Override
        public String name() {
            return "UpsampleBilinear2DBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {backward(g[0], shape, alignCorners, scaleH, scaleW)};
        }
    }

    static final class UpsampleBilinear2DBackwardBackward0 extends Node {
        private final int oh, ow;
        private final boolean alignCorners;
        private final double scaleH, scaleW;

        UpsampleBilinear2DBackwardBackward0(int oh, int ow, boolean alignCorners, double scaleH, double scaleW) {
            this.oh = oh;
            this.ow = ow;
            this.alignCorners = alignCorners;
            this.scaleH = scaleH;
            this.scaleW = scaleW;
        }

        @Override
        public String name() {
            return "UpsampleBilinear2DBackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {UpsampleBilinear.apply(g[0], oh, ow, alignCorners, scaleH, scaleW)};
        }
    }
}
