package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code amax}/{@code amin} over any dims ({@code AmaxBackward0}/{@code AminBackward0}): the
 * extreme of each slice, NaN propagating, the first of equal values kept (so the sign of a zero
 * is the first zero's, as PyTorch prints it); the gradient is shared evenly among the positions
 * that equal the result, unlike {@code max(dim)}, whose gradient goes to one index.
 */
public final class Amax {
    private Amax() {
    }

    /** {@code dims} null or empty: all dims. */
    public static Tensor amax(Tensor x, int[] dims, boolean keepdim) {
        return reduce(x, dims, keepdim, true);
    }

    public static Tensor amin(Tensor x, int[] dims, boolean keepdim) {
        return reduce(x, dims, keepdim, false);
    }

    private static Tensor reduce(Tensor x, int[] dims, boolean keepdim, boolean max) {
        String name = max ? "amax" : "amin";
        int rank = x.dim();
        boolean[] mask = Reductions.dimMask(dims, rank);
        int[] shape = x.shapeRef();
        boolean all = dims == null || dims.length == 0;
        if (x.numel() == 0 && all) {
            throw TorchException.runtime(name + "(): Expected reduction dim to be specified for input.numel() == 0. "
                    + "Specify the reduction dim with the 'dim' argument.");
        }
        // Kept dims first, reduced dims last: each output element is then one contiguous row.
        int[] order = new int[rank];
        int k = 0;
        int rowLength = 1;
        for (int d = 0; d < rank; d++) {
            if (!mask[d]) {
                order[k++] = d;
            }
        }
        for (int d = 0; d < rank; d++) {
            if (mask[d]) {
                if (shape[d] == 0) {
                    throw TorchException.index(name + "(): Expected reduction dim " + d + " to have non-zero size.");
                }
                order[k++] = d;
                rowLength *= shape[d];
            }
        }
        Tensor rows = Conversion.contiguousData(Views.permute(x, order));
        Tensor out = Tensor.empty(Reductions.reducedShape(shape, mask, keepdim), x.dtype());
        for (int r = 0; r < out.numel(); r++) {
            int from = rows.storageOffset() + r * rowLength;
            MinMax.copyElement(out, r, rows, MinMax.bestIndex(rows, from, 1, rowLength, max));
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new AmaxBackward0(max ? "AmaxBackward0" : "AminBackward0", x, out, mask, keepdim), out, x);
        }
        return out;
    }

    /** PyTorch's {@code scale_grad_by_count(restore_reduced_dims(grad), result == self, dims)}. */
    static final class AmaxBackward0 extends Node {
        private final String name;
        private final SavedTensor self;
        private final SavedTensor result;
        private final boolean[] mask;
        private final boolean keepdim;

        AmaxBackward0(String name, Tensor self, Tensor result, boolean[] mask, boolean keepdim) {
            this.name = name;
            this.self = new SavedTensor(self);
            this.result = new SavedTensor(result, this);
            this.mask = mask;
            this.keepdim = keepdim;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor grad = Reductions.restoreReducedDims(g[0], mask, keepdim);
            Tensor restored = Reductions.restoreReducedDims(result.unpack(), mask, keepdim);
            Tensor winners = Conversion.to(Comparison.eq(restored, self.unpack()), grad.dtype());
            int[] dims = new int[mask.length];
            int n = 0;
            for (int d = 0; d < mask.length; d++) {
                if (mask[d]) {
                    dims[n++] = d;
                }
            }
            Tensor count = Reductions.sum(winners, java.util.Arrays.copyOf(dims, n), true, null);
            return new Tensor[] {Arithmetic.mul(Arithmetic.div(grad, count), winners)};
        }
    }
}
