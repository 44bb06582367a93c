package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/**
 * {@code torch.multinomial} on the CPU, with PyTorch's two algorithms: one sample, or sampling
 * without replacement, is {@code argmax}/{@code topk} of {@code p / q} with {@code q ~ Exp(1)}
 * (the exponential-race form of Gumbel-max); several samples with replacement binary-search a
 * normalised cumulative distribution with one uniform double per sample. Both draw from the
 * default generator (callers install a {@code generator=} with {@link Random#using}).
 */
public final class Multinomial {
    private Multinomial() {
    }

    public static Tensor multinomial(Tensor probs, long nSample, boolean replacement) {
        if (probs.dim() < 1 || probs.dim() > 2) {
            throw TorchException.runtime("prob_dist must be 1 or 2 dim");
        }
        if (!probs.dtype().isFloatingPoint()) {
            throw TorchException.runtime("multinomial only supports floating-point dtypes for input, got: "
                    + probs.dtype().scalarTypeName());
        }
        if (nSample <= 0) {
            throw TorchException.runtime("cannot sample n_sample <= 0 samples");
        }
        int categories = probs.shapeRef()[probs.dim() - 1];
        if (!replacement && nSample > categories) {
            throw TorchException.runtime("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        }
        int rows = probs.dim() == 2 ? probs.shapeRef()[0] : 1;
        int[] outShape = probs.dim() == 2 ? new int[] {rows, (int) nSample} : new int[] {(int) nSample};
        if (!replacement || nSample == 1) {
            return exponentialRace(probs, (int) nSample, outShape);
        }
        return withReplacement(Conversion.contiguousData(probs), rows, categories, (int) nSample, outShape);
    }

    private static Tensor exponentialRace(Tensor probs, int n, int[] outShape) {
        Tensor p = probs.detach();
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        Tensor flat = Conversion.contiguousData(p);
        int rows = p.dim() == 2 ? p.shapeRef()[0] : 1;
        int cols = p.shapeRef()[p.dim() - 1];
        boolean nan = false;
        boolean zeroRow = false;
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                double v = flat.storage().getDouble(flat.storageOffset() + r * cols + c);
                nan |= v != v;
                max = Math.max(max, v);
                min = Math.min(min, v);
                sum += v;
            }
            zeroRow |= sum == 0;
        }
        if (nan || !(max < Double.POSITIVE_INFINITY) || !(min >= 0)) {
            throw TorchException.runtime("probability tensor contains either `inf`, `nan` or element < 0");
        }
        if (zeroRow) {
            throw TorchException.runtime("invalid multinomial distribution (sum of probabilities <= 0)");
        }
        Tensor q = Tensor.empty(p.shapeRef(), p.dtype()); // empty_like(self).exponential_(1)
        if (q.storage().f64 != null) {
            Random.defaultGenerator().exponential(q.storage().f64, 1.0);
        } else {
            Random.defaultGenerator().exponential(q.storage().f32, 1.0);
        }
        Tensor ratio = Arithmetic.div(p, q); // div_out(q, self, q)
        if (n == 1) {
            return MinMax.argmax(ratio, -1, true);
        }
        return Sorting.topk(ratio, n, -1, true, true).indices;
    }

    /** {@code multinomial_with_replacement_apply}: cumulative sums in the input's dtype, then binary search. */
    private static Tensor withReplacement(Tensor p, int rows, int cols, int n, int[] outShape) {
        long[] out = new long[rows * n];
        boolean single = p.dtype() != DType.FLOAT64;
        double[] cum = new double[cols];
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                double v = p.storage().getDouble(p.storageOffset() + r * cols + c);
                if (!(v >= 0)) {
                    throw TorchException.runtime("invalid multinomial distribution (encountering probability entry < 0)");
                }
                if (Double.isInfinite(v)) {
                    throw TorchException.runtime("invalid multinomial distribution (encountering probability entry = "
                            + "infinity or NaN)");
                }
                sum = single ? Float32.round(sum + v) : sum + v; // scalar_t sum
                cum[c] = sum;
            }
            if (!(sum > 0)) {
                throw TorchException.runtime("invalid multinomial distribution (sum of probabilities <= 0)");
            }
            for (int c = 0; c < cols; c++) {
                cum[c] = single ? Float32.round(cum[c] / sum) : cum[c] / sum;
            }
            cum[cols - 1] = 1; // the last bucket sums to 1
            for (int j = 0; j < n; j++) {
                double u = Random.defaultGenerator().uniformDouble();
                int left = 0;
                int right = cols;
                while (right - left > 0) {
                    int mid = left + (right - left) / 2;
                    if (cum[mid] < u) {
                        left = mid + 1;
                    } else {
                        right = mid;
                    }
                }
                out[r * n + j] = left;
            }
        }
        return Tensor.of(out, outShape);
    }
}
