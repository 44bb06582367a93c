package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;

/**
 * The forward of {@code cumsum} and {@code cumprod}: each line along dim runs with an accumulator of
 * PyTorch's {@code acc_type} (double for floats, int64 for integers and bool) and stores every
 * running value rounded to the result dtype, as the CPU kernels do.
 */
final class CumulativeScan {
    private CumulativeScan() {
    }

    /** The result dtype: the requested one, else the input's floating type, else int64. */
    static DType resultType(Tensor x, DType dtype) {
        return dtype != null ? dtype : x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
    }

    /** The scan of x along dim d (already wrapped) into a new tensor of dtype out: sums, or products. */
    static Tensor scan(Tensor x, int d, DType out, boolean product) {
        Tensor src = Conversion.contiguousData(Conversion.convertData(x, out));
        Tensor result = Tensor.empty(x.shapeRef(), out);
        int[] shape = x.dim() == 0 ? new int[] {1} : x.shapeRef();
        int size = shape[d];
        int inner = 1;
        for (int k = d + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        int outer = x.numel() / Math.max(1, size * inner);
        int off = src.storageOffset();
        for (int o = 0; o < outer && size > 0; o++) {
            for (int i = 0; i < inner; i++) {
                int base = o * size * inner + i;
                if (out == DType.INT64) {
                    long acc = product ? 1 : 0;
                    for (int j = 0; j < size; j++) {
                        long v = src.storage().getLong(off + base + j * inner);
                        acc = product ? acc * v : acc + v;
                        result.storage().setLong(base + j * inner, acc);
                    }
                } else {
                    double acc = product ? 1 : 0;
                    for (int j = 0; j < size; j++) {
                        double v = src.storage().getDouble(off + base + j * inner);
                        acc = product ? acc * v : acc + v;
                        result.storage().setDouble(base + j * inner, acc); // rounds to float32 there
                    }
                }
            }
        }
        return result;
    }
}
