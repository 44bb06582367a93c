package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code torch.cumprod(x, dim, dtype=None)}: PyTorch's CPU kernel ({@code cumprod_cpu_kernel})
 * multiplies each line along dim into an {@code acc_type} accumulator (double for float32,
 * int64 for the integer types and bool) and rounds every running product to the result dtype.
 * {@code CumprodBackward0} is {@code cumprod_backward}: without zeros, the reversed cumulative sum
 * of output * grad divided by the input; with zeros, an O(n) mask formula when no graph is built
 * and an O(n^2) one, differentiable, under {@code create_graph}.
 */
public final class Cumprod {
    private Cumprod() {
    }

    public static Tensor cumprod(Tensor x, int dim, DType dtype) {
        int rank = Math.max(1, x.dim());
        int d = Shape.wrapDim(dim, rank);
        DType out = CumulativeScan.resultType(x, dtype); // integers and bool multiply as int64
        Tensor result = CumulativeScan.scan(x, d, out, true);
        if (Recording.needsGrad(x) && out.isFloatingPoint()) {
            Recording.record(new CumprodBackward0(x, d, result), result, x);
        }
        return result;
    }

    static final class CumprodBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor result;
        private final int dim;

        CumprodBackward0(Tensor self, int dim, Tensor result) {
            this.self = new SavedTensor(self);
            this.result = new SavedTensor(result, this);
            this.dim = dim;
        }

        @Override
        public String name() {
            return "CumprodBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor input = self.unpack();
            Tensor grad = Conversion.to(g[0], input.dtype());
            if (input.numel() <= 1 || input.shapeRef()[dim] == 1) {
                return new Tensor[] {grad};
            }
            Tensor output = result.unpack();
            Tensor w = Arithmetic.mul(output, grad);
            Tensor isZero = Comparison.eq(input, Tensor.wrappedScalar(0L));
            if (!anyTrue(isZero)) {
                return new Tensor[] {Arithmetic.div(reversedCumsum(w, dim), input)};
            }
            return new Tensor[] {GradMode.isEnabled() ? quadratic(input, grad, dim) : linear(input, grad, output, w,
                    isZero, dim)};
        }
    }

    /**
     * The O(n) formula, for a gradient that is not differentiated again: before the first zero
     * z1 as without zeros; at z1, prod(x[:z1]) * sum(grad[z1:z2] * cumprod(x[z1+1:z2])); after
     * it, zero.
     */
    private static Tensor linear(Tensor input, Tensor grad, Tensor output, Tensor w, Tensor isZero, int dim) {
        Tensor gradInput = Creation.zeros(input.shapeRef(), grad.dtype());
        Tensor zerosSoFar = Cumsum.cumsum(isZero, dim, null);
        Tensor before = Comparison.eq(zerosSoFar, Tensor.wrappedScalar(0L));
        Tensor head = Arithmetic.div(reversedCumsum(Masking.maskedFill(w, Pointwise.logicalNot(before),
                Tensor.wrappedScalar(0.0)), dim), input);
        gradInput = Pointwise.where(before, head, gradInput);
        Tensor firstSegment = Comparison.eq(zerosSoFar, Tensor.wrappedScalar(1L));
        Tensor firstZero = Pointwise.logicalAnd(isZero, firstSegment);
        Tensor between = Pointwise.logicalAnd(firstSegment, Pointwise.logicalNot(firstZero));
        Tensor firstZeroIndex = MinMax.max(firstSegment, dim, true).indices;
        // output[z1 - 1], or 1 when z1 is 0: gather(output, (z1 - 1).relu_()).masked_fill_(z1 == 0, 1.)
        long[] prev = firstZeroIndex.storage().i64.clone();
        for (int i = 0; i < prev.length; i++) {
            prev[i] = Math.max(prev[i] - 1, 0);
        }
        Tensor prodBefore = Masking.maskedFill(Gather.gather(output, dim, Tensor.of(prev, firstZeroIndex.shapeRef())),
                Comparison.eq(firstZeroIndex, Tensor.wrappedScalar(0L)), Tensor.wrappedScalar(1.0));
        Tensor at = Reductions.sum(Arithmetic.mul(cumprod(Masking.maskedFill(input, Pointwise.logicalNot(between),
                Tensor.wrappedScalar(1.0)), dim, null), Masking.maskedFill(grad, Pointwise.logicalNot(firstSegment),
                Tensor.wrappedScalar(0.0))), new int[] {dim}, true, null);
        return Pointwise.where(firstZero, Arithmetic.mul(at, prodBefore), gradInput);
    }

    /**
     * The O(n^2) formula PyTorch uses under grad mode: grad_input[k] = sum over j >= k of
     * grad[j] * prod(x[:k]) * prod(x[k+1:j+1]), each slice copied into zeros (CopySlices).
     */
    private static Tensor quadratic(Tensor input, Tensor grad, int dim) {
        int n = input.shapeRef()[dim];
        Tensor gradInput = Creation.zeros(input.shapeRef(), grad.dtype());
        int[] onesSize = input.shapeRef().clone();
        onesSize[dim] = 1;
        Tensor ones = Views.expand(Creation.ones(new int[] {1}, grad.dtype()), onesSize);
        int[] dims = {dim};
        for (int k = 0; k < n; k++) {
            Tensor omitted;
            if (k == 0) {
                omitted = Joining.cat(new Tensor[] {ones, cumprod(slice(input, dim, 1, n), dim, null)}, dim);
            } else if (k == n - 1) {
                omitted = Product.prod(slice(input, dim, 0, k), dim, true, null);
            } else {
                Tensor untilK = Product.prod(slice(input, dim, 0, k), dim, true, null);
                Tensor fromK1 = cumprod(slice(input, dim, k + 1, n), dim, null);
                omitted = Joining.cat(new Tensor[] {untilK, Arithmetic.mul(Views.expand(untilK, fromK1.shapeRef()),
                        fromK1)}, dim);
            }
            Tensor gradSlice = Reductions.sum(Arithmetic.mul(slice(grad, dim, k, n), omitted), dims, false, null);
            InPlace.copy_(Indexing.select(gradInput, dim, k), gradSlice);
        }
        return gradInput;
    }

    private static Tensor slice(Tensor x, int dim, long start, long stop) {
        return Indexing.slice(x, dim, start, stop, 1L);
    }

    /** {@code w.flip(dim).cumsum(dim).flip(dim)}. */
    private static Tensor reversedCumsum(Tensor w, int dim) {
        int[] dims = {dim};
        return Product.flip(Cumsum.cumsum(Product.flip(w, dims), dim, null), dims);
    }

    private static boolean anyTrue(Tensor mask) {
        Tensor c = Conversion.contiguousData(mask);
        for (int i = 0; i < c.numel(); i++) {
            if (c.storage().getLong(c.storageOffset() + i) != 0) {
                return true;
            }
        }
        return false;
    }
}
