package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Storage;
import gradpad.engine.Tensor;

/**
 * Which zero {@code max()}/{@code min()} over a whole float tensor returns when the extreme is
 * +-0.0. PyTorch's {@code reduce_all} combines AVX2 lanes with {@code maximum}/{@code minimum},
 * which give their second operand on a tie: 8 float lanes, then the float butterfly (swap
 * 128-bit halves, 64-bit pairs, neighbours), or 4 double lanes folded into lane 0 in order; below
 * one vector, the elements in order. Recorded against PyTorch on thousands of random patterns of
 * -0.0, 0.0 and +-1 (case 615). Other values are equal bit for bit when they tie, so only the
 * sign of a zero needs this.
 */
final class ReduceAllLanes {
    private ReduceAllLanes() {
    }

    /** The signed zero of a contiguous float32/float64 tensor whose max (or min) is zero. */
    static double zero(Tensor flat, boolean max) {
        boolean single = flat.dtype() == DType.FLOAT32;
        int lanes = single ? 8 : 4;
        Storage s = flat.storage();
        int off = flat.storageOffset();
        int n = flat.numel();
        if (n < lanes) {
            double acc = s.getDouble(off);
            for (int i = 1; i < n; i++) {
                acc = pick(acc, s.getDouble(off + i), max);
            }
            return acc;
        }
        double[] acc = new double[lanes];
        for (int l = 0; l < lanes; l++) {
            acc[l] = s.getDouble(off + l);
        }
        int d = lanes;
        for (; d < n - n % lanes; d += lanes) {
            for (int l = 0; l < lanes; l++) {
                acc[l] = pick(acc[l], s.getDouble(off + d + l), max);
            }
        }
        for (int l = 0; l < n - d; l++) { // the partial last vector: its lanes only
            acc[l] = pick(acc[l], s.getDouble(off + d + l), max);
        }
        if (!single) {
            double r = acc[0];
            for (int l = 1; l < lanes; l++) {
                r = pick(r, acc[l], max);
            }
            return r;
        }
        for (int swap = 4; swap >= 1; swap /= 2) {
            double[] next = new double[lanes];
            for (int l = 0; l < lanes; l++) {
                next[l] = pick(acc[l], acc[l ^ swap], max);
            }
            acc = next;
        }
        return acc[0];
    }

    /** maximum/minimum: the second operand on a tie. */
    private static double pick(double a, double b, boolean max) {
        return max ? (a > b ? a : b) : (a < b ? a : b);
    }
}
