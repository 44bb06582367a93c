package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;

/** The 2-D product loop: row-major i-k-j order over contiguous copies, double accumulators. */
final class MatmulKernel {
    private MatmulKernel() {
    }

    static Tensor matmul(Tensor a, Tensor b, DType type) {
        int n = a.shapeRef()[0];
        int k = a.shapeRef()[1];
        int m = b.shapeRef()[1];
        Tensor out = Tensor.empty(new int[] {n, m}, type);
        if (type == DType.INT64 || type == DType.BOOL) {
            Tensor x = Conversion.copyData(Conversion.convertData(a, DType.INT64));
            Tensor y = Conversion.copyData(Conversion.convertData(b, DType.INT64));
            long[] xa = x.storage().i64;
            long[] ya = y.storage().i64;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    long acc = 0;
                    for (int p = 0; p < k; p++) {
                        acc += xa[i * k + p] * ya[p * m + j];
                    }
                    out.storage().setLong(i * m + j, acc);
                }
            }
            return out;
        }
        double[] x = matrix(a, 0);
        double[] y = matrix(b, 1);
        double[] result = scratch(2, n * m);
        multiply(x, y, result, n, k, m);
        if (type == DType.FLOAT32) {
            float[] o = out.storage().f32;
            for (int r = 0; r < n * m; r++) {
                o[r] = (float) result[r];
            }
        } else {
            System.arraycopy(result, 0, out.storage().f64, 0, n * m);
        }
        return out;
    }

    /**
     * Operand and result buffers kept between calls (slots 0, 1: operands; 2: result), every
     * element overwritten before it is read. Fresh arrays of this size (W3: up to 512 KB each,
     * three per product) made V8's GC the bottleneck once a larger workload had grown the heap;
     * products above SCRATCH_LIMIT elements allocate, so a one-off huge product pins nothing.
     */
    private static final int SCRATCH_LIMIT = 1 << 20;
    private static final double[][] SCRATCH = new double[3][];

    private static double[] scratch(int slot, int size) {
        if (size > SCRATCH_LIMIT) {
            return new double[size];
        }
        double[] buffer = SCRATCH[slot];
        if (buffer == null || buffer.length < size) {
            buffer = new double[size];
            SCRATCH[slot] = buffer;
        }
        return buffer;
    }

    /**
     * A 2-D operand as a row-major double array, read through its strides (transposed operands of
     * the backward pass included) without per-element index arithmetic.
     */
    private static double[] matrix(Tensor t, int slot) {
        int r = t.shapeRef()[0];
        int c = t.shapeRef()[1];
        int s0 = t.stridesRef()[0];
        int s1 = t.stridesRef()[1];
        int off = t.storageOffset();
        double[] out = scratch(slot, r * c);
        switch (t.dtype()) {
            case FLOAT32: {
                float[] f = t.storage().f32;
                for (int i = 0; i < r; i++) {
                    int src = off + i * s0;
                    int dst = i * c;
                    for (int j = 0; j < c; j++) {
                        out[dst + j] = f[src + j * s1];
                    }
                }
                return out;
            }
            case FLOAT64: {
                double[] f = t.storage().f64;
                for (int i = 0; i < r; i++) {
                    int src = off + i * s0;
                    int dst = i * c;
                    for (int j = 0; j < c; j++) {
                        out[dst + j] = f[src + j * s1];
                    }
                }
                return out;
            }
            default:
                return t.toDoubleArray();
        }
    }

    /**
     * result (n x m) = x (n x k) @ y (k x m), all row-major. 2x4 output tiles are accumulated in
     * locals over the whole k loop (6 loads per 8 multiply-adds, no stores; 4x4 tiles spill in
     * V8's Wasm), each element's sum taken in k order, so the bits do not depend on the tiling.
     */
    static void multiply(double[] x, double[] y, double[] result, int n, int k, int m) {
        int i = 0;
        for (; i + 2 <= n; i += 2) {
            int j = 0;
            for (; j + 4 <= m; j += 4) {
                tile2x4(x, y, result, i, j, k, m);
            }
            for (; j < m; j++) {
                result[i * m + j] = dotColumn(x, i * k, y, j, k, m);
                result[(i + 1) * m + j] = dotColumn(x, (i + 1) * k, y, j, k, m);
            }
        }
        for (; i < n; i++) {
            for (int j = 0; j < m; j++) {
                result[i * m + j] = dotColumn(x, i * k, y, j, k, m);
            }
        }
    }

    private static double dotColumn(double[] x, int xo, double[] y, int j, int k, int m) {
        double acc = 0;
        for (int p = 0; p < k; p++) {
            acc += x[xo + p] * y[p * m + j];
        }
        return acc;
    }

    private static void tile2x4(double[] x, double[] y, double[] result, int i, int j, int k, int m) {
        double c00 = 0;
        double c01 = 0;
        double c02 = 0;
        double c03 = 0;
        double c10 = 0;
        double c11 = 0;
        double c12 = 0;
        double c13 = 0;
        int x0 = i * k;
        int x1 = x0 + k;
        for (int p = 0; p < k; p++) {
            int yo = p * m + j;
            double y0 = y[yo];
            double y1 = y[yo + 1];
            double y2 = y[yo + 2];
            double y3 = y[yo + 3];
            double a = x[x0 + p];
            double b = x[x1 + p];
            c00 += a * y0;
            c01 += a * y1;
            c02 += a * y2;
            c03 += a * y3;
            c10 += b * y0;
            c11 += b * y1;
            c12 += b * y2;
            c13 += b * y3;
        }
        int o = i * m + j;
        result[o] = c00;
        result[o + 1] = c01;
        result[o + 2] = c02;
        result[o + 3] = c03;
        o += m;
        result[o] = c10;
        result[o + 1] = c11;
        result[o + 2] = c12;
        result[o + 3] = c13;
    }
}
