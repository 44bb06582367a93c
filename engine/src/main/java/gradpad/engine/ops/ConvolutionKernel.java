package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;

/**
 * The direct convolution loops behind {@link Convolution}: every output element is one dot
 * product accumulated in double and rounded once to the tensor's dtype, as {@link MatmulKernel}
 * does for matmul. PyTorch's oneDNN and im2col + GEMM paths sum in float32 blocks whose order
 * cannot be reproduced, so float32 results agree to about 1 ulp, not bit for bit. Data is read
 * through contiguous double copies so the inner loops have no per-element calls. 1-d
 * convolutions run as 2-d ones with a height of 1.
 */
final class ConvolutionKernel {
    private ConvolutionKernel() {
    }

    /** Sizes of one convolution, batched NCHW; pads are the top/left ones (the far side is implied by oh/ow). */
    static final class Geometry {
        final int n, c, h, w, oc, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups;

        Geometry(int[] in, int[] weight, int[] stride, int[] padL, int[] padR, int[] dilation, int groups) {
            boolean oneD = in.length == 3;
            this.n = in[0];
            this.c = in[1];
            this.h = oneD ? 1 : in[2];
            this.w = in[in.length - 1];
            this.oc = weight[0];
            this.kh = oneD ? 1 : weight[2];
            this.kw = weight[weight.length - 1];
            this.sh = oneD ? 1 : stride[0];
            this.sw = stride[stride.length - 1];
            this.ph = oneD ? 0 : padL[0];
            this.pw = padL[padL.length - 1];
            this.dh = oneD ? 1 : dilation[0];
            this.dw = dilation[dilation.length - 1];
            int phR = oneD ? 0 : padR[0];
            int pwR = padR[padR.length - 1];
            this.oh = (h + ph + phR - dh * (kh - 1) - 1) / sh + 1;
            this.ow = (w + pw + pwR - dw * (kw - 1) - 1) / sw + 1;
            this.groups = groups;
        }
    }

    /** out[n][o][y][x] = sum over the group's channels and the kernel of weight * input. */
    static double[] forward(double[] x, double[] wt, Geometry g) {
        int cpg = g.c / g.groups;
        int opg = g.oc / g.groups;
        double[] out = new double[g.n * g.oc * g.oh * g.ow];
        int at = 0;
        for (int b = 0; b < g.n; b++) {
            for (int o = 0; o < g.oc; o++) {
                int c0 = (o / opg) * cpg;
                for (int oy = 0; oy < g.oh; oy++) {
                    for (int ox = 0; ox < g.ow; ox++) {
                        double acc = 0;
                        for (int ci = 0; ci < cpg; ci++) {
                            int xPlane = (b * g.c + c0 + ci) * g.h * g.w;
                            int wPlane = (o * cpg + ci) * g.kh * g.kw;
                            for (int ky = 0; ky < g.kh; ky++) {
                                int iy = oy * g.sh - g.ph + ky * g.dh;
                                if (iy < 0 || iy >= g.h) {
                                    continue;
                                }
                                int xRow = xPlane + iy * g.w;
                                int wRow = wPlane + ky * g.kw;
                                for (int kx = 0; kx < g.kw; kx++) {
                                    int ix = ox * g.sw - g.pw + kx * g.dw;
                                    if (ix >= 0 && ix < g.w) {
                                        acc += x[xRow + ix] * wt[wRow + kx];
                                    }
                                }
                            }
                        }
                        out[at++] = acc;
                    }
                }
            }
        }
        return out;
    }

    /** The input's gradient: for each input element, the weights that touched it times the output gradients. */
    static double[] backwardInput(double[] go, double[] wt, Geometry g) {
        int cpg = g.c / g.groups;
        int opg = g.oc / g.groups;
        double[] out = new double[g.n * g.c * g.h * g.w];
        int at = 0;
        for (int b = 0; b < g.n; b++) {
            for (int c = 0; c < g.c; c++) {
                int grp = c / cpg;
                int ci = c - grp * cpg;
                for (int iy = 0; iy < g.h; iy++) {
                    for (int ix = 0; ix < g.w; ix++) {
                        double acc = 0;
                        for (int o = grp * opg; o < (grp + 1) * opg; o++) {
                            int goPlane = (b * g.oc + o) * g.oh * g.ow;
                            int wPlane = (o * cpg + ci) * g.kh * g.kw;
                            for (int ky = 0; ky < g.kh; ky++) {
                                int ty = iy + g.ph - ky * g.dh;
                                if (ty < 0 || ty % g.sh != 0 || ty / g.sh >= g.oh) {
                                    continue;
                                }
                                int goRow = goPlane + (ty / g.sh) * g.ow;
                                int wRow = wPlane + ky * g.kw;
                                for (int kx = 0; kx < g.kw; kx++) {
                                    int tx = ix + g.pw - kx * g.dw;
                                    if (tx >= 0 && tx % g.sw == 0 && tx / g.sw < g.ow) {
                                        acc += go[goRow + tx / g.sw] * wt[wRow + kx];
                                    }
                                }
                            }
                        }
                        out[at++] = acc;
                    }
                }
            }
        }
        return out;
    }

    /** The weight's gradient: each kernel tap's input window against the output gradients, over the batch. */
    static double[] backwardWeight(double[] go, double[] x, Geometry g) {
        int cpg = g.c / g.groups;
        int opg = g.oc / g.groups;
        double[] out = new double[g.oc * cpg * g.kh * g.kw];
        int at = 0;
        for (int o = 0; o < g.oc; o++) {
            int c0 = (o / opg) * cpg;
            for (int ci = 0; ci < cpg; ci++) {
                for (int ky = 0; ky < g.kh; ky++) {
                    for (int kx = 0; kx < g.kw; kx++) {
                        double acc = 0;
                        for (int b = 0; b < g.n; b++) {
                            int goPlane = (b * g.oc + o) * g.oh * g.ow;
                            int xPlane = (b * g.c + c0 + ci) * g.h * g.w;
                            for (int oy = 0; oy < g.oh; oy++) {
                                int iy = oy * g.sh - g.ph + ky * g.dh;
                                if (iy < 0 || iy >= g.h) {
                                    continue;
                                }
                                for (int ox = 0; ox < g.ow; ox++) {
                                    int ix = ox * g.sw - g.pw + kx * g.dw;
                                    if (ix >= 0 && ix < g.w) {
                                        acc += go[goPlane + oy * g.ow + ox] * x[xPlane + iy * g.w + ix];
                                    }
                                }
                            }
                        }
                        out[at++] = acc;
                    }
                }
            }
        }
        return out;
    }

    /** A tensor's elements as a fresh row-major double[]. */
    static double[] doubles(Tensor t) {
        Tensor s = Conversion.contiguousData(t);
        int n = t.numel();
        double[] out = new double[n];
        int off = s.storageOffset();
        if (s.dtype() == DType.FLOAT32) {
            float[] f = s.storage().f32;
            for (int i = 0; i < n; i++) {
                out[i] = f[off + i];
            }
        } else if (s.dtype() == DType.FLOAT64) {
            System.arraycopy(s.storage().f64, off, out, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = s.storage().getDouble(off + i);
            }
        }
        return out;
    }

    /** A tensor of the given shape and dtype holding {@code values}, each rounded once (float32 through its float[]). */
    static Tensor tensor(double[] values, int[] shape, DType type) {
        Tensor out = Tensor.empty(shape, type);
        if (type == DType.FLOAT32) {
            float[] o = out.storage().f32;
            for (int i = 0; i < values.length; i++) {
                o[i] = (float) values[i];
            }
        } else if (type == DType.FLOAT64) {
            System.arraycopy(values, 0, out.storage().f64, 0, values.length);
        } else {
            for (int i = 0; i < values.length; i++) {
                out.storage().setDouble(i, values[i]);
            }
        }
        return out;
    }
}
