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
        DType out = CumulativeScan.resultType(x, dtype); // integers and bool sum as int64
        Tensor result = CumulativeScan.scan(x, d, out, false);
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
