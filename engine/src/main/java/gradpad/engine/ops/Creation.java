package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Float64;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.Warnings;
import java.util.List;

/** {@code torch.tensor}, {@code zeros}, {@code ones}, {@code full}, {@code arange}, {@code linspace}, {@code eye}. */
public final class Creation {
    private Creation() {
    }

    public static Tensor zeros(int[] shape, DType dtype) {
        return Tensor.empty(shape, dtype);
    }

    public static Tensor zerosLike(Tensor t) {
        return Tensor.empty(t.shapeRef(), t.dtype());
    }

    public static Tensor onesLike(Tensor t) {
        return full(t.shapeRef(), 1.0, t.dtype());
    }

    public static Tensor fullLike(Tensor t, double value) {
        return full(t.shapeRef(), value, t.dtype());
    }

    public static Tensor full(int[] shape, double value, DType dtype) {
        Tensor t = Tensor.empty(shape, dtype);
        int n = t.numel();
        switch (dtype) {
            case FLOAT32: java.util.Arrays.fill(t.storage().f32, (float) value); break;
            case FLOAT64: java.util.Arrays.fill(t.storage().f64, value); break;
            case INT64: java.util.Arrays.fill(t.storage().i64, (long) value); break;
            default: java.util.Arrays.fill(t.storage().bool, value != 0);
        }
        return n >= 0 ? t : t;
    }

    public static Tensor fullLong(int[] shape, long value) {
        Tensor t = Tensor.empty(shape, DType.INT64);
        java.util.Arrays.fill(t.storage().i64, value);
        return t;
    }

    public static Tensor ones(int[] shape, DType dtype) {
        return full(shape, 1.0, dtype);
    }

    public static Tensor eye(int n, int m, DType dtype) {
        Tensor t = Tensor.empty(new int[] {n, m}, dtype);
        for (int i = 0; i < Math.min(n, m); i++) {
            t.storage().setDouble(i * m + i, 1.0);
        }
        return t;
    }

    /** {@code torch.arange(start, end, step)}: int64 when all three are integers, else float32. */
    public static Tensor arange(double start, double end, double step, DType dtype) {
        if (step == 0) {
            throw TorchException.runtime("step must be nonzero");
        }
        if ((step > 0 && start > end) || (step < 0 && start < end)) {
            throw TorchException.runtime("upper bound and larger bound inconsistent with step sign");
        }
        double count = Math.ceil((end - start) / step);
        int n = (int) Math.max(0, count);
        Tensor t = Tensor.empty(new int[] {n}, dtype);
        for (int i = 0; i < n; i++) {
            if (dtype == DType.INT64) {
                t.storage().setLong(i, (long) start + (long) i * (long) step);
            } else {
                t.storage().setDouble(i, start + i * step);
            }
        }
        return t;
    }

    /**
     * {@code torch.linspace}: PyTorch's CPU kernel fills the first half from start and the second
     * half from end, but its vectorised loop decides that per AVX2 vector (8 floats or 4 doubles,
     * two vectors per step), each vector being {@code base + k * step} from its first index; the
     * elements after the last pair of vectors go one by one. So the middle vector is all counted
     * from start, and float values near the middle are not symmetric. The scalar code's
     * {@code start + step * i} is compiled to a fused multiply-add; the vectors' lanes are not.
     * Checked against PyTorch for 128 size/range/dtype combinations (case 637).
     */
    public static Tensor linspace(double start, double end, int steps, DType dtype) {
        if (steps < 0) {
            throw TorchException.runtime("number of steps must be non-negative");
        }
        Tensor t = Tensor.empty(new int[] {steps}, dtype);
        if (steps == 0) {
            return t;
        }
        if (steps == 1) {
            t.storage().setDouble(0, start);
            return t;
        }
        int half = steps / 2;
        if (dtype == DType.FLOAT32) {
            float s = Float32.round(start); // not (float): TeaVM's JS build does not round a cast
            float e = Float32.round(end);
            float step = Float32.round(Float32.round((double) e - s) / (float) (steps - 1));
            float[] out = t.storage().f32;
            int i = 0;
            for (; i <= steps - 16; i += 16) { // pairs of 8-float vectors
                for (int c = i; c < i + 16; c += 8) {
                    float base = c < half ? Float32.fma(step, (float) c, s) : Float32.fma(-step, (float) (steps - c - 1), e);
                    for (int k = 0; k < 8; k++) { // Vectorized::arange: base + k * step, not fused
                        out[c + k] = Float32.round(base + Float32.round((float) k * step));
                    }
                }
            }
            for (; i < steps; i++) {
                out[i] = i < half ? Float32.fma(step, (float) i, s) : Float32.fma(-step, (float) (steps - i - 1), e);
            }
        } else {
            double step = (end - start) / (steps - 1);
            boolean vectorised = dtype == DType.FLOAT64; // integer dtypes take the scalar loop here
            int i = 0;
            for (; vectorised && i <= steps - 8; i += 8) { // pairs of 4-double vectors
                for (int c = i; c < i + 8; c += 4) {
                    double base = c < half ? Float64.fma(step, c, start) : Float64.fma(-step, steps - c - 1, end);
                    for (int k = 0; k < 4; k++) {
                        t.storage().setDouble(c + k, base + k * step);
                    }
                }
            }
            for (; i < steps; i++) {
                t.storage().setDouble(i, vectorised ? (i < half ? Float64.fma(step, i, start)
                        : Float64.fma(-step, steps - i - 1, end))
                        : (i < half ? start + step * i : end - step * (steps - i - 1)));
            }
        }
        return t;
    }

    /**
     * {@code torch.tensor(data)}: nested {@link List}s of {@link Double}, {@link Long}, {@link Boolean}
     * or 1-element tensors; dtype inferred as PyTorch does (any float gives float32, else int64, else bool).
     */
    public static Tensor tensor(Object data, DType dtype) {
        if (data instanceof Tensor) {
            Warnings.warn("UserWarning", gradpad.engine.Messages.TENSOR_COPY_CONSTRUCT);
            Tensor src = (Tensor) data;
            return Conversion.copyData(Conversion.convertData(src, dtype == null ? src.dtype() : dtype));
        }
        int[] shape = NestedData.shapeOf(data);
        DType inferred = dtype != null ? dtype : NestedData.inferType(data);
        Tensor t = Tensor.empty(shape, inferred);
        NestedData.fill(data, t, shape);
        return t;
    }

    /** Number of elements a shape holds, checked before allocating. */
    static int numel(int[] shape) {
        return Shape.numel(shape);
    }
}
