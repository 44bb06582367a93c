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
        double[] row = new double[m];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(row, 0);
            rowTimesMatrix(x, i * k, k, y, m, row);
            if (type == DType.FLOAT32) {
                float[] o = out.storage().f32;
                for (int j = 0; j < m; j++) {
                    o[i * m + j] = (float) row[j];
                }
            } else {
                System.arraycopy(row, 0, out.storage().f64, i * m, m);
            }
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
