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
        double[] x = matrix(a);
        double[] y = matrix(b);
        double[] rows = new double[4 * m];
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            java.util.Arrays.fill(rows, 0);
            fourRowsTimesMatrix(x, i * k, k, y, m, rows);
            store(out, type, i, m, rows, 4);
        }
        for (; i < n; i++) {
            java.util.Arrays.fill(rows, 0, m, 0);
            rowTimesMatrix(x, i * k, k, y, m, rows);
            store(out, type, i, m, rows, 1);
        }
        return out;
    }

    /**
     * A 2-D operand as a row-major double array, read through its strides (transposed operands of
     * the backward pass included) without per-element index arithmetic.
     */
    static double[] matrix(Tensor t) {
        int r = t.shapeRef()[0];
        int c = t.shapeRef()[1];
        int s0 = t.stridesRef()[0];
        int s1 = t.stridesRef()[1];
        int off = t.storageOffset();
        double[] out = new double[r * c];
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

    private static void store(Tensor out, DType type, int i, int m, double[] rows, int count) {
        if (type == DType.FLOAT32) {
            float[] o = out.storage().f32;
            for (int r = 0; r < count * m; r++) {
                o[i * m + r] = (float) rows[r];
            }
        } else {
            System.arraycopy(rows, 0, out.storage().f64, i * m, count * m);
        }
    }

    /**
     * Four rows at once: each row of y is read once for four accumulator rows, which quarters
     * the traffic through y (the operand that does not fit in L1). Sums are still taken in k
     * order per element, so results equal the one-row loop's.
     */
    private static void fourRowsTimesMatrix(double[] x, int xOff, int k, double[] y, int m, double[] rows) {
        int m2 = 2 * m;
        int m3 = 3 * m;
        for (int p = 0; p < k; p++) {
            double v0 = x[xOff + p];
            double v1 = x[xOff + k + p];
            double v2 = x[xOff + 2 * k + p];
            double v3 = x[xOff + 3 * k + p];
            int yo = p * m;
            for (int j = 0; j < m; j++) {
                double yj = y[yo + j];
                rows[j] += v0 * yj;
                rows[m + j] += v1 * yj;
                rows[m2 + j] += v2 * yj;
                rows[m3 + j] += v3 * yj;
            }
        }
    }

    /** row += x[xOff .. xOff+k) @ y (k x m); small and called often, so it stays hot in Wasm. */
    private static void rowTimesMatrix(double[] x, int xOff, int k, double[] y, int m, double[] row) {
        for (int p = 0; p < k; p++) {
            double v = x[xOff + p];
            int yo = p * m;
            for (int j = 0; j < m; j++) {
                row[j] += v * y[yo + j];
            }
        }
    }
}
