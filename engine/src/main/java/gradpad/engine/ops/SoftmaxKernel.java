package gradpad.engine.ops;

import gradpad.engine.Float32;

/**
 * The loops behind softmax and log_softmax, in PyTorch's CPU order (SoftMaxKernel.cpp, AVX2):
 * along the last dim, {@code vec::reduce_all} over 8 float lanes (4 double lanes) folded by the
 * AVX2 shuffle tree, with the fused multiply-add GCC forms in the backward's dot product; along
 * another dim, plain sequential sums and a division. Rows are contiguous: element i of row r is
 * at {@code base + i * step}. Values are doubles; {@code f32} rounds every step to binary32.
 * Exp and log are correctly rounded here while PyTorch uses SLEEF, so the last bit can differ.
 */
final class SoftmaxKernel {
    private SoftmaxKernel() {
    }

    private static double r(boolean f32, double v) {
        return f32 ? Float32.round(v) : v;
    }

    /** {@code vec::maximum} reduction: NaN propagates. */
    static double max(double[] x, int base, int step, int n) {
        double m = x[base];
        for (int i = 1; i < n; i++) {
            double v = x[base + i * step];
            if (v != v || m != m) {
                m = Double.NaN;
            } else if (v > m) {
                m = v;
            }
        }
        return m;
    }

    /** {@code vec::reduce_all(+)} over n contiguous values (step 1). */
    static double reduceAllSum(boolean f32, double[] v, int base, int n) {
        int lanes = f32 ? 8 : 4;
        if (n < lanes) {
            double acc = v[base];
            for (int i = 1; i < n; i++) {
                acc = r(f32, acc + v[base + i]);
            }
            return acc;
        }
        double[] l = new double[lanes];
        System.arraycopy(v, base, l, 0, lanes);
        int d = lanes;
        for (; d < n - n % lanes; d += lanes) {
            for (int j = 0; j < lanes; j++) {
                l[j] = r(f32, l[j] + v[base + d + j]);
            }
        }
        for (int j = 0; d + j < n; j++) {
            l[j] = r(f32, l[j] + v[base + d + j]);
        }
        return tree(f32, l);
    }

    /** {@code map2_reduce_all(x*y, +)}: the lane loop fuses into fma, a short row does not. */
    static double reduceAllDot(boolean f32, double[] x, double[] y, int base, int n) {
        int lanes = f32 ? 8 : 4;
        if (n < lanes) {
            double acc = r(f32, x[base] * y[base]);
            for (int i = 1; i < n; i++) {
                double p = r(f32, x[base + i] * y[base + i]);
                acc = r(f32, acc + p);
            }
            return acc;
        }
        double[] l = new double[lanes];
        for (int j = 0; j < lanes; j++) {
            l[j] = r(f32, x[base + j] * y[base + j]);
        }
        int d = lanes;
        for (; d < n; d += lanes) {
            int count = Math.min(lanes, n - d);
            for (int j = 0; j < count; j++) {
                l[j] = fma(f32, x[base + d + j], y[base + d + j], l[j]);
            }
        }
        return tree(f32, l);
    }

    private static double fma(boolean f32, double a, double b, double c) {
        return f32 ? Float32.fma((float) a, (float) b, (float) c) : gradpad.engine.Float64.fma(a, b, c);
    }

    /** The AVX2 horizontal fold: 8 lanes ((0+4)+(2+6))+((1+5)+(3+7)); 4 lanes (0+2)+(1+3). */
    private static double tree(boolean f32, double[] l) {
        if (l.length == 4) {
            double a = r(f32, l[0] + l[2]);
            double b = r(f32, l[1] + l[3]);
            return r(f32, a + b);
        }
        double a = r(f32, l[0] + l[4]);
        double b = r(f32, l[2] + l[6]);
        double c = r(f32, l[1] + l[5]);
        double e = r(f32, l[3] + l[7]);
        double ab = r(f32, a + b);
        double ce = r(f32, c + e);
        return r(f32, ab + ce);
    }

    /** One softmax (or log_softmax) row of n values. */
    static void forward(boolean f32, boolean log, double[] x, double[] out, int base, int step, int n) {
        double m = max(x, base, step, n);
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            double shifted = r(f32, x[base + i * step] - m);
            e[i] = r(f32, Math.exp(shifted));
        }
        double s;
        if (step == 1) {
            s = reduceAllSum(f32, e, 0, n);
        } else {
            s = 0;
            for (int i = 0; i < n; i++) {
                s = r(f32, s + e[i]);
            }
        }
        if (log) {
            double ls = r(f32, Math.log(s));
            for (int i = 0; i < n; i++) {
                double shifted = r(f32, x[base + i * step] - m);
                out[base + i * step] = r(f32, shifted - ls);
            }
        } else if (step == 1) {
            double inv = r(f32, 1.0 / s);
            for (int i = 0; i < n; i++) {
                out[base + i] = r(f32, e[i] * inv);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[base + i * step] = r(f32, e[i] / s);
            }
        }
    }

    /**
     * One backward row: softmax {@code (g - dot(g, y)) * y}; log_softmax {@code g - exp(y) * sum(g)}
     * ({@code y} the forward result).
     */
    static void backward(boolean f32, boolean log, double[] g, double[] y, double[] out, int base, int step, int n) {
        double s;
        if (step == 1) {
            s = log ? reduceAllSum(f32, g, base, n) : reduceAllDot(f32, g, y, base, n);
        } else {
            s = 0;
            for (int i = 0; i < n; i++) {
                int at = base + i * step;
                double term = log ? g[at] : r(f32, g[at] * y[at]);
                s = r(f32, s + term);
            }
        }
        for (int i = 0; i < n; i++) {
            int at = base + i * step;
            if (log) {
                // GCC fuses g - exp(y) * s into one fnmadd
                double e = r(f32, Math.exp(y[at]));
                out[at] = fma(f32, -e, s, g[at]);
            } else {
                out[at] = r(f32, r(f32, g[at] - s) * y[at]);
            }
        }
    }
}
