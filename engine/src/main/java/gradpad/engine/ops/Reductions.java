package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import java.util.Arrays;

/** {@code sum} and {@code mean} over all or some dimensions, and {@code sum_to} for broadcasting. */
public final class Reductions {
    private Reductions() {
    }

    /** Integers and bools sum to int64; floats keep their dtype. */
    private static DType sumType(Tensor x, DType requested) {
        if (requested != null) {
            return requested;
        }
        return x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
    }

    public static Tensor sum(Tensor x) {
        return sum(x, (DType) null);
    }

    /** {@code x.sum(dtype=...)}: the input is converted to dtype first (the gradient is cast back). */
    public static Tensor sum(Tensor x, DType dtype) {
        Tensor out = ReduceKernel.sum(x, allDims(x.dim()), false, sumType(x, dtype));
        if (Recording.needsGrad(x)) {
            Recording.record(new SumBackward(x, null, false, "SumBackward0", 0), out, x);
        }
        return out;
    }

    public static Tensor sum(Tensor x, int[] dims, boolean keepdim, DType dtype) {
        boolean[] mask = dimMask(dims, x.dim());
        Tensor out = ReduceKernel.sum(x, mask, keepdim, sumType(x, dtype));
        if (Recording.needsGrad(x)) {
            Recording.record(new SumBackward(x, mask, keepdim, "SumBackward1", 0), out, x);
        }
        return out;
    }

    public static Tensor mean(Tensor x) {
        checkMeanType(x, null);
        Tensor s = ReduceKernel.sum(x, allDims(x.dim()), false, x.dtype());
        Tensor out = BinaryKernel.run(BinaryKernel.DIV, s, Tensor.wrappedScalar((long) x.numel()), x.dtype());
        if (Recording.needsGrad(x)) {
            Recording.record(new SumBackward(x, null, false, "MeanBackward0", x.numel()), out, x);
        }
        return out;
    }

    public static Tensor mean(Tensor x, int[] dims, boolean keepdim, DType dtype) {
        checkMeanType(x, dtype);
        DType type = dtype != null ? dtype : x.dtype();
        boolean[] mask = dimMask(dims, x.dim());
        int count = 1;
        for (int d = 0; d < x.dim(); d++) {
            if (mask[d]) {
                count *= x.shapeRef()[d];
            }
        }
        Tensor s = ReduceKernel.sum(x, mask, keepdim, type);
        Tensor out = BinaryKernel.run(BinaryKernel.DIV, s, Tensor.wrappedScalar((long) count), type);
        if (Recording.needsGrad(x)) {
            Recording.record(new SumBackward(x, mask, keepdim, "MeanBackward1", count), out, x);
        }
        return out;
    }

    private static void checkMeanType(Tensor x, DType dtype) {
        DType t = dtype != null ? dtype : x.dtype();
        if (!t.isFloatingPoint()) {
            throw TorchException.runtime("mean(): could not infer output dtype. Input dtype must be either a "
                    + "floating point or complex dtype. Got: " + t.scalarTypeName());
        }
    }

    /** {@code sum_to}: sums a broadcast gradient back to an input's shape (keeps autograd). */
    public static Tensor sumToShape(Tensor g, int[] shape) {
        int[] gs = g.shapeRef();
        if (Arrays.equals(gs, shape)) {
            return g;
        }
        int lead = gs.length - shape.length;
        int[] dims = new int[gs.length];
        int n = 0;
        for (int i = 0; i < gs.length; i++) {
            if (i < lead || (shape[i - lead] == 1 && gs[i] != 1)) {
                dims[n++] = i;
            }
        }
        Tensor r = g;
        if (n > 0) {
            r = sum(g, Arrays.copyOf(dims, n), true, null);
        }
        return lead > 0 ? Views.view(r, shape) : r;
    }

    static boolean[] allDims(int rank) {
        boolean[] m = new boolean[rank];
        Arrays.fill(m, true);
        return m;
    }

    /** Which dims a {@code dim=} argument names; an empty list means all, as in PyTorch. */
    static boolean[] dimMask(int[] dims, int rank) {
        if (dims == null || dims.length == 0) {
            return allDims(rank);
        }
        if (rank == 0) { // a 0-d tensor accepts dim 0 / -1 and reduces nothing (x.sum(0) is x)
            Shape.wrapDim(dims[0], 0);
            return allDims(0);
        }
        boolean[] m = new boolean[rank];
        for (int d : dims) {
            int w = Shape.wrapDim(d, rank);
            if (rank == 0) {
                continue; // a 0-d tensor accepts dim 0 or -1 and has nothing to reduce
            }
            if (m[w]) {
                throw TorchException.runtime("dim " + w + " appears multiple times in the list of dims");
            }
            m[w] = true;
        }
        return m;
    }

    /**
     * For each element of a tensor of this shape, in row-major order, the index of the result
     * element it reduces into (the reduced dims masked out).
     */
    static int[] outputSlots(int[] shape, boolean[] mask) {
        int[] keptStrides = new int[shape.length];
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (!mask[d]) {
                keptStrides[d] = stride;
                stride *= shape[d];
            }
        }
        int[] slots = new int[Shape.numel(shape)];
        for (int i = 0; i < slots.length; i++) {
            int rest = i;
            int at = 0;
            for (int d = shape.length - 1; d >= 0; d--) {
                at += (rest % shape[d]) * keptStrides[d];
                rest /= shape[d];
            }
            slots[i] = at;
        }
        return slots;
    }

    /** PyTorch's {@code restore_reduced_dims}: the reduced dims back as size 1 when keepdim was false. */
    static Tensor restoreReducedDims(Tensor t, boolean[] mask, boolean keepdim) {
        if (mask != null && !keepdim) {
            for (int d = 0; d < mask.length; d++) {
                if (mask[d]) {
                    t = Views.unsqueeze(t, d);
                }
            }
        }
        return t;
    }

    /** Shape of a reduction's result. */
    static int[] reducedShape(int[] shape, boolean[] mask, boolean keepdim) {
        int[] out = new int[shape.length];
        int n = 0;
        for (int d = 0; d < shape.length; d++) {
            if (!mask[d]) {
                out[n++] = shape[d];
            } else if (keepdim) {
                out[n++] = 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Backward of sum and mean: the gradient expanded back to the input's shape (after
     * unsqueezing the reduced dims when keepdim was false), divided by N for mean.
     */
    static final class SumBackward extends Node {
        private final int[] inputShape;
        private final boolean[] mask;
        private final boolean keepdim;
        private final String name;
        private final int divisor;

        SumBackward(Tensor x, boolean[] mask, boolean keepdim, String name, int divisor) {
            this.inputShape = x.shapeRef();
            this.mask = mask;
            this.keepdim = keepdim;
            this.name = name;
            this.divisor = divisor;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor expanded = Views.expand(restoreReducedDims(g[0], mask, keepdim), inputShape);
            if (divisor > 0) {
                expanded = Arithmetic.div(expanded, Tensor.wrappedScalar((long) divisor));
            }
            return new Tensor[] {expanded};
        }
    }
}
