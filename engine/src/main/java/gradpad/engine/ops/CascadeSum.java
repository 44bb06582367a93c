package gradpad.engine.ops;

import gradpad.engine.Float32;

/**
 * PyTorch's CPU summation order ({@code SumKernel.cpp}, AVX2 build), so float sums round exactly
 * as PyTorch's do: 4 interleaved accumulators (ILP), 8 float lanes (4 for double), and a 4-level
 * cascade that keeps long sums accurate. {@code oracle/refs/sum_ref.py} is the executable
 * definition this mirrors. Float32 accumulators live in float[] so every add rounds on all targets.
 */
final class CascadeSum {
    private static final int ILP = 4;
    private static final int LEVELS = 4;

    private CascadeSum() {
    }

    /** Sum of n contiguous float32 values ({@code vectorized_inner_sum}/{@code scalar_inner_sum}). */
    static float innerF32(float[] x, int off, int n) {
        if (n < 8) {
            return rowSumF32(x, off, 1, 1, n)[0];
        }
        int vecs = n / 8;
        float[] lanes = rowSumF32(x, off, 8, 8, vecs);
        float acc = 0f;
        for (int k = vecs * 8; k < n; k++) {
            acc = Float32.round(acc + x[off + k]);
        }
        for (int j = 0; j < 8; j++) {
            acc = Float32.round(acc + lanes[j]);
        }
        return acc;
    }

    /** Sum of n float32 values spaced by {@code stride}, as {@code row_sum} over scalars (ILP 4). */
    static float rowF32(float[] x, int off, int stride, int n) {
        return rowSumF32(x, off, stride, 1, n)[0];
    }

    /** Sum along one column of an outer reduction: a single cascaded accumulator. */
    static float cascadeF32(float[] x, int off, int stride, int n) {
        float[] acc = multiRowSumF32(x, off, stride, 0, 1, 1, n);
        return acc[0];
    }

    /**
     * {@code row_sum}: items of {@code lanes} consecutive values, item i starting at off + i*itemStride,
     * summed lane-wise with ILP-4 interleaving. Returns the lane sums.
     */
    private static float[] rowSumF32(float[] x, int off, int itemStride, int lanes, int count) {
        int sizeIlp = count / ILP;
        float[] ps = multiRowSumF32(x, off, itemStride * ILP, itemStride, ILP, lanes, sizeIlp);
        float[] first = new float[lanes];
        System.arraycopy(ps, 0, first, 0, lanes);
        for (int i = sizeIlp * ILP; i < count; i++) {
            for (int l = 0; l < lanes; l++) {
                first[l] = first[l] + x[off + i * itemStride + l];
            }
        }
        for (int k = 1; k < ILP; k++) {
            for (int l = 0; l < lanes; l++) {
                first[l] = first[l] + ps[k * lanes + l];
            }
        }
        return first;
    }

    /**
     * {@code multi_row_sum}: nrows independent accumulators (each of {@code lanes} values) over
     * {@code size} steps; step i of row k reads off + i*rowStride + k*colStride. Returns level-0
     * accumulators after folding the cascade, laid out [row][lane].
     */
    private static float[] multiRowSumF32(float[] x, int off, int rowStride, int colStride, int nrows, int lanes,
            int size) {
        int ceilLog2 = size <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(size - 1);
        int levelPower = Math.max(4, ceilLog2 / LEVELS);
        int levelStep = 1 << levelPower;
        int levelMask = levelStep - 1;
        int width = nrows * lanes;
        float[] acc = new float[LEVELS * width];
        int i = 0;
        while (i + levelStep <= size) {
            for (int s = 0; s < levelStep; s++, i++) {
                addRow(acc, 0, x, off + i * rowStride, colStride, nrows, lanes);
            }
            for (int j = 1; j < LEVELS; j++) {
                for (int e = 0; e < width; e++) {
                    acc[j * width + e] = acc[j * width + e] + acc[(j - 1) * width + e];
                    acc[(j - 1) * width + e] = 0f;
                }
                if ((i & (levelMask << (j * levelPower))) != 0) {
                    break;
                }
            }
        }
        for (; i < size; i++) {
            addRow(acc, 0, x, off + i * rowStride, colStride, nrows, lanes);
        }
        for (int j = 1; j < LEVELS; j++) {
            for (int e = 0; e < width; e++) {
                acc[e] = acc[e] + acc[j * width + e];
            }
        }
        return acc;
    }

    private static void addRow(float[] acc, int base, float[] x, int rowOff, int colStride, int nrows, int lanes) {
        for (int k = 0; k < nrows; k++) {
            int src = rowOff + k * colStride;
            int dst = base + k * lanes;
            for (int l = 0; l < lanes; l++) {
                acc[dst + l] = acc[dst + l] + x[src + l];
            }
        }
    }

    // ---- float64: the same structure with 4 lanes; doubles round natively everywhere --------

    static double innerF64(double[] x, int off, int n) {
        if (n < 4) {
            return rowSumF64(x, off, 1, 1, n)[0];
        }
        int vecs = n / 4;
        double[] lanes = rowSumF64(x, off, 4, 4, vecs);
        double acc = 0;
        for (int k = vecs * 4; k < n; k++) {
            acc += x[off + k];
        }
        for (int j = 0; j < 4; j++) {
            acc += lanes[j];
        }
        return acc;
    }

    static double rowF64(double[] x, int off, int stride, int n) {
        return rowSumF64(x, off, stride, 1, n)[0];
    }

    static double cascadeF64(double[] x, int off, int stride, int n) {
        return multiRowSumF64(x, off, stride, 0, 1, 1, n)[0];
    }

    private static double[] rowSumF64(double[] x, int off, int itemStride, int lanes, int count) {
        int sizeIlp = count / ILP;
        double[] ps = multiRowSumF64(x, off, itemStride * ILP, itemStride, ILP, lanes, sizeIlp);
        double[] first = new double[lanes];
        System.arraycopy(ps, 0, first, 0, lanes);
        for (int i = sizeIlp * ILP; i < count; i++) {
            for (int l = 0; l < lanes; l++) {
                first[l] += x[off + i * itemStride + l];
            }
        }
        for (int k = 1; k < ILP; k++) {
            for (int l = 0; l < lanes; l++) {
                first[l] += ps[k * lanes + l];
            }
        }
        return first;
    }

    private static double[] multiRowSumF64(double[] x, int off, int rowStride, int colStride, int nrows, int lanes,
            int size) {
        int ceilLog2 = size <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(size - 1);
        int levelPower = Math.max(4, ceilLog2 / LEVELS);
        int levelStep = 1 << levelPower;
        int levelMask = levelStep - 1;
        int width = nrows * lanes;
        double[] acc = new double[LEVELS * width];
        int i = 0;
        while (i + levelStep <= size) {
            for (int s = 0; s < levelStep; s++, i++) {
                addRowF64(acc, x, off + i * rowStride, colStride, nrows, lanes);
            }
            for (int j = 1; j < LEVELS; j++) {
                for (int e = 0; e < width; e++) {
                    acc[j * width + e] += acc[(j - 1) * width + e];
                    acc[(j - 1) * width + e] = 0;
                }
                if ((i & (levelMask << (j * levelPower))) != 0) {
                    break;
                }
            }
        }
        for (; i < size; i++) {
            addRowF64(acc, x, off + i * rowStride, colStride, nrows, lanes);
        }
        for (int j = 1; j < LEVELS; j++) {
            for (int e = 0; e < width; e++) {
                acc[e] += acc[j * width + e];
            }
        }
        return acc;
    }

    private static void addRowF64(double[] acc, double[] x, int rowOff, int colStride, int nrows, int lanes) {
        for (int k = 0; k < nrows; k++) {
            int src = rowOff + k * colStride;
            for (int l = 0; l < lanes; l++) {
                acc[k * lanes + l] += x[src + l];
            }
        }
    }
}
