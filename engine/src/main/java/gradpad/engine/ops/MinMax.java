package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.ValuesIndices;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code max}/{@code min} over all elements ({@code MaxBackward1}: the gradient shared evenly
 * among ties) or along a dim with indices ({@code MaxBackward0}: the gradient goes to the first
 * occurrence), and {@code argmax}/{@code argmin}. NaN counts as the largest and the smallest
 * value: it propagates, and its first position is the index, as in PyTorch.
 */
public final class MinMax {
    private MinMax() {
    }

    public static Tensor max(Tensor x) {
        return all(x, true);
    }

    public static Tensor min(Tensor x) {
        return all(x, false);
    }

    public static ValuesIndices max(Tensor x, int dim, boolean keepdim) {
        return alongDim(x, dim, keepdim, true);
    }

    public static ValuesIndices min(Tensor x, int dim, boolean keepdim) {
        return alongDim(x, dim, keepdim, false);
    }

    /** {@code argmax(x, dim=None, keepdim)}: without a dim, the index into the flattened tensor. */
    public static Tensor argmax(Tensor x, Integer dim, boolean keepdim) {
        return arg(x, dim, keepdim, true);
    }

    public static Tensor argmin(Tensor x, Integer dim, boolean keepdim) {
        return arg(x, dim, keepdim, false);
    }

    private static Tensor all(Tensor x, boolean max) {
        String name = max ? "max" : "min";
        if (x.numel() == 0) {
            throw TorchException.runtime(name + "(): Expected reduction dim to be specified for input.numel() == 0. "
                    + "Specify the reduction dim with the 'dim' argument.");
        }
        Tensor flat = Conversion.contiguousData(x);
        Tensor out = Tensor.empty(new int[0], x.dtype());
        int best = bestIndex(flat, flat.storageOffset(), 1, x.numel(), max);
        copyElement(out, 0, flat, best);
        if ((x.dtype() == DType.FLOAT32 || x.dtype() == DType.FLOAT64) && out.storage().getDouble(0) == 0) {
            out.storage().setDouble(0, ReduceAllLanes.zero(flat, max)); // -0.0 or 0.0, as PyTorch picks
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new EvenlyDistributeBackward(max ? "MaxBackward1" : "MinBackward1", x, out), out, x);
        }
        return out;
    }

    private static ValuesIndices alongDim(Tensor x, int dim, boolean keepdim, boolean max) {
        String name = max ? "max" : "min";
        int d = Shape.wrapDim(dim, x.dim());
        Tensor[] r = reduce(x, d, keepdim, max, name, true);
        if (Recording.needsGrad(x)) {
            Recording.record(new IndexSelectionBackward(max ? "MaxBackward0" : "MinBackward0", x, d, keepdim, r[1]),
                    r[0], x);
        }
        return new ValuesIndices(name, r[0], r[1]);
    }

    private static Tensor arg(Tensor x, Integer dim, boolean keepdim, boolean max) {
        String name = max ? "argmax" : "argmin";
        if (x.dtype() == DType.BOOL) {
            throw TorchException.runtime("\"" + name + "_cpu\" not implemented for 'Bool'");
        }
        if (dim == null) {
            if (x.numel() == 0) {
                throw TorchException.index(name + "(): Expected reduction dim to be specified for input.numel() == 0.");
            }
            Tensor flat = Conversion.contiguousData(x);
            long best = bestIndex(flat, flat.storageOffset(), 1, x.numel(), max) - flat.storageOffset();
            int[] shape = new int[keepdim ? x.dim() : 0];
            java.util.Arrays.fill(shape, 1);
            return Tensor.of(new long[] {best}, shape);
        }
        int d = Shape.wrapDim(dim, x.dim());
        return reduce(x, d, keepdim, max, name, false)[1];
    }

    /** Values (if wanted) and int64 indices along dim d. */
    private static Tensor[] reduce(Tensor x, int d, boolean keepdim, boolean max, String name, boolean values) {
        int[] shape = x.shapeRef();
        int rank = shape.length;
        int size = rank == 0 ? 1 : shape[d];
        if (size == 0) {
            throw TorchException.index(name + "(): Expected reduction dim " + d + " to have non-zero size.");
        }
        int[] outShape;
        if (rank == 0) {
            outShape = new int[0];
        } else {
            boolean[] mask = new boolean[rank];
            mask[d] = true;
            outShape = Reductions.reducedShape(shape, mask, keepdim);
        }
        Tensor c = Conversion.contiguousData(x);
        int outer = 1;
        int inner = 1;
        for (int k = 0; k < rank; k++) {
            if (k < d) {
                outer *= shape[k];
            } else if (k > d) {
                inner *= shape[k];
            }
        }
        Tensor vals = values ? Tensor.empty(outShape, x.dtype()) : null;
        Tensor idx = Tensor.empty(outShape, DType.INT64);
        long[] id = idx.storage().i64;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int base = c.storageOffset() + o * size * inner + j;
                int best = bestIndex(c, base, inner, size, max);
                id[o * inner + j] = (best - base) / inner;
                if (vals != null) {
                    copyElement(vals, o * inner + j, c, best);
                }
            }
        }
        return new Tensor[] {vals, idx};
    }

    /**
     * Storage index of the winner among n elements of contiguous t from {@code base} by {@code step}:
     * the first maximum (minimum), or the first NaN, as PyTorch's {@code !(value <= best)} loop.
     */
    static int bestIndex(Tensor t, int base, int step, int n, boolean max) {
        int best = base;
        if (t.dtype().isFloatingPoint()) {
            double b = t.storage().getDouble(base);
            if (b != b) {
                return base;
            }
            for (int i = 1; i < n; i++) {
                int at = base + i * step;
                double v = t.storage().getDouble(at);
                if (max ? !(v <= b) : !(v >= b)) {
                    b = v;
                    best = at;
                    if (v != v) {
                        break;
                    }
                }
            }
            return best;
        }
        long b = t.storage().getLong(base);
        for (int i = 1; i < n; i++) {
            int at = base + i * step;
            long v = t.storage().getLong(at);
            if (max ? v > b : v < b) {
                b = v;
                best = at;
            }
        }
        return best;
    }

    static void copyElement(Tensor dst, int di, Tensor src, int si) {
        if (src.dtype().isFloatingPoint()) {
            dst.storage().setDouble(di, src.storage().getDouble(si));
        } else {
            dst.storage().setLong(di, src.storage().getLong(si));
        }
    }

    /**
     * PyTorch's {@code evenly_distribute_backward} (its CPU branch): grad / (number of winners) at
     * each winner; also {@code median()}'s.
     */
    static final class EvenlyDistributeBackward extends Node {
        private final String name;
        private final SavedTensor self;
        private final SavedTensor result;

        EvenlyDistributeBackward(String name, Tensor self, Tensor result) {
            this.name = name;
            this.self = new SavedTensor(self);
            this.result = new SavedTensor(result, this);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor value = result.unpack();
            double v = value.doubleAt(0);
            Tensor mask = v != v ? Comparison.ne(x, x) : Comparison.eq(x, value);
            Tensor share = Arithmetic.div(g[0], ReduceKernel.sum(mask, Reductions.allDims(mask.dim()), false,
                    DType.INT64));
            // grad.new_zeros(...).masked_fill_(mask, share): MaskedFillBackward1 under create_graph
            return new Tensor[] {Masking.maskedFill_(Creation.zeros(x.shapeRef(), g[0].dtype()), mask, share)};
        }

    }

    /**
     * PyTorch's {@code value_selecting_reduction_backward} ({@code max(dim)}, {@code sort},
     * {@code topk}, {@code median(dim)}...): the gradient scattered to the indices.
     */
    static final class IndexSelectionBackward extends Node {
        private final String name;
        private final int[] shape;
        private final DType dtype;
        private final int dim;
        private final boolean keepdim;
        private final SavedTensor indices;

        IndexSelectionBackward(String name, Tensor self, int dim, boolean keepdim, Tensor indices) {
            this.name = name;
            this.shape = self.shapeRef();
            this.dtype = self.dtype();
            this.dim = dim;
            this.keepdim = keepdim;
            this.indices = new SavedTensor(indices);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            if (shape.length == 0) {
                return new Tensor[] {g[0]};
            }
            Tensor grad = g[0];
            Tensor idx = indices.unpack();
            if (!keepdim) {
                grad = Views.unsqueeze(grad, dim);
                idx = Views.unsqueezeData(idx, dim);
            }
            return new Tensor[] {Gather.scatterOntoZeros(shape, dtype, dim, idx, grad)};
        }

    }
}
