package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;

/**
 * {@code torch.cumsum(x, dim, dtype=None)}: PyTorch's CPU kernel runs each line along dim with
 * an accumulator of {@code acc_type} (double for float32, int64 for the integer types) and
 * rounds every running sum to the result dtype. {@code CumsumBackward0}: the gradient's reversed
 * cumulative sum along dim.
 */
public final class Cumsum {
    private Cumsum() {
    }

    public static Tensor cumsum(Tensor x, int dim, DType dtype) {
        int rank = Math.max(1, x.dim());
        int d = Shape.wrapDim(dim, rank);
        DType out = dtype != null ? dtype
                : x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64; // integers and bool sum as int64
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
                    long acc = 0;
                    for (int j = 0; j < size; j++) {
                        acc += src.storage().getLong(off + base + j * inner);
                        result.storage().setLong(base + j * inner, acc);
                    }
                } else {
                    double acc = 0;
                    for (int j = 0; j < size; j++) {
                        acc += src.storage().getDouble(off + base + j * inner);
                        result.storage().setDouble(base + j * inner, acc); // rounds to float32 there
                    }
                }
            }
        }
        if (Recording.needsGrad(x) && out.isFloatingPoint()) {
            Recording.record(new CumsumBackward0(d, x.dtype()), result, x);
        }
        return result;
    }

    static final class CumsumBackward0 extends Node {
        private final int dim;
        private final DType inputType;

        CumsumBackward0(int dim, DType inputType) {
            this.dim = dim;
            this.inputType = inputType;
        }

        @Override
        public String name() {
            return "CumsumBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor grad = g[0];
            if (grad.numel() <= 1 || (grad.dim() > 0 && grad.shapeRef()[dim] == 1)) {
                return new Tensor[] {Conversion.to(grad, inputType)};
            }
            int[] dims = {dim};
            Tensor r = Product.flip(cumsum(Product.flip(grad, dims), dim, null), dims);
            return new Tensor[] {Conversion.to(r, inputType)};
        }
    }
}
