package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/**
 * Counting ops without gradients: {@code unique} (sorted values, inverse indices, counts),
 * {@code bincount} (int64 counts, or summed weights in the weights' float type) and {@code histc}
 * (PyTorch's bin formula {@code (x - min) / (max - min) * bins} in the input's float type, the
 * maximum counted in the last bin).
 */
public final class Counting {
    private Counting() {
    }

    /** {values, inverse, counts}: the distinct values ascending; inverse has the input's shape. */
    public static Tensor[] unique(Tensor x) {
        int n = x.numel();
        boolean integral = !x.dtype().isFloatingPoint();
        double[] keys = new double[n];
        long[] longKeys = integral ? new long[n] : null;
        for (int i = 0; i < n; i++) {
            if (integral) {
                longKeys[i] = x.longAt(i);
            } else {
                keys[i] = x.doubleAt(i);
            }
        }
        StdSort s = new StdSort(keys, longKeys, false);
        s.stableSort();
        int[] group = new int[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && s.less(s.a[i - 1], s.a[i])) {
                distinct++;
            }
            group[s.a[i]] = distinct;
        }
        int count = n == 0 ? 0 : distinct + 1;
        Tensor values = Tensor.empty(new int[] {count}, x.dtype());
        Tensor inverse = Tensor.empty(x.shape(), DType.INT64);
        Tensor counts = Tensor.empty(new int[] {count}, DType.INT64);
        for (int i = 0; i < n; i++) {
            int gi = group[i];
            if (integral) {
                values.storage().setLong(gi, longKeys[i]);
            } else {
                values.storage().setDouble(gi, keys[i]);
            }
            inverse.storage().setLong(i, gi);
            counts.storage().setLong(gi, counts.storage().getLong(gi) + 1);
        }
        if (x.declaredDType().isNarrow()) {
            values = values.narrowTo(x.declaredDType());
        }
        return new Tensor[] {values, inverse, counts};
    }

    public static Tensor bincount(Tensor x, Tensor weights, long minlength) {
        if (x.dim() != 1 || x.dtype() != DType.INT64) {
            throw TorchException.runtime("bincount only supports 1-d non-negative integral inputs.");
        }
        if (minlength < 0) {
            throw TorchException.runtime("minlength should be >= 0");
        }
        int n = x.numel();
        long max = -1;
        for (int i = 0; i < n; i++) {
            long v = x.longAt(i);
            if (v < 0) {
                throw TorchException.runtime("bincount only supports 1-d non-negative integral inputs.");
            }
            max = Math.max(max, v);
        }
        if (weights != null && (weights.dim() != 1 || weights.numel() != n)) {
            throw TorchException.runtime("weights should be 1-d and have the same length as input");
        }
        int bins = (int) Math.max(minlength, max + 1);
        DType type = weights == null ? DType.INT64 : weights.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        Tensor out = Tensor.empty(new int[] {bins}, type);
        for (int i = 0; i < n; i++) {
            int b = (int) x.longAt(i);
            if (weights == null) {
                out.storage().setLong(b, out.storage().getLong(b) + 1);
            } else {
                double r = out.storage().getDouble(b) + weights.doubleAt(i);
                out.storage().setDouble(b, type == DType.FLOAT32 ? Float32.round(r) : r);
            }
        }
        return out;
    }

    public static Tensor histc(Tensor x, long bins, double min, double max) {
        if (!x.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"histogram_cpu\" not implemented for '" + x.declaredDType().scalarTypeName()
                    + "'");
        }
        if (bins <= 0) {
            throw TorchException.runtime("torch.histc: bins must be > 0, but got " + bins + " for dimension 0");
        }
        boolean f32 = x.dtype() == DType.FLOAT32;
        double lo = f32 ? Float32.round(min) : min;
        double hi = f32 ? Float32.round(max) : max;
        int n = x.numel();
        if (lo == hi && n > 0) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, x.doubleAt(i));
                hi = Math.max(hi, x.doubleAt(i));
            }
        }
        if (lo == hi) {
            lo -= 1;
            hi += 1;
        }
        if (lo > hi) {
            throw TorchException.runtime("torch.histc: max must be larger than min");
        }
        if (Double.isInfinite(lo) || Double.isInfinite(hi) || lo != lo || hi != hi) {
            throw TorchException.runtime("torch.histc: range of [" + lo + ", " + hi + "] is not finite");
        }
        Tensor out = Tensor.empty(new int[] {(int) bins}, x.dtype());
        for (int i = 0; i < n; i++) {
            double v = x.doubleAt(i);
            if (!(v >= lo && v <= hi)) {
                continue;
            }
            int pos;
            if (f32) {
                pos = (int) Float32.round(Float32.round(Float32.round(v - lo) / Float32.round(hi - lo)) * (double) bins);
            } else {
                pos = (int) ((v - lo) / (hi - lo) * bins);
            }
            if (pos == bins) {
                pos -= 1;
            }
            out.storage().setDouble(pos, out.storage().getDouble(pos) + 1);
        }
        return out;
    }
}
