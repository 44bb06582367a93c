package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Float64;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code quantile}/{@code nanquantile} with linear interpolation, as ATen's {@code quantile_impl}:
 * per slice the sorted values, {@code rank = q * (n - 1)} in the input's type (n counts the
 * non-NaN values for nanquantile; a NaN makes quantile's slice NaN), then {@code lerp(sorted[floor],
 * sorted[ceil], rank - floor)} with lerp's fused multiply-add. The result's node is the in-place
 * {@code squeeze_(-1)} PyTorch ends with ({@code SqueezeBackward4} in 2.11's numbering); its
 * gradient goes to the two sorted positions with weights 1 - w and w.
 */
public final class Quantile {
    private Quantile() {
    }

    /** q is 0-d or 1-d in x's dtype; dim null for all elements. */
    public static Tensor quantile(Tensor x, Tensor q, Integer dim, boolean keepdim, boolean ignoreNan) {
        String op = ignoreNan ? "nanquantile()" : "quantile()";
        if (x.dtype() != DType.FLOAT32 && x.dtype() != DType.FLOAT64 || x.declaredDType().isNarrow()) {
            throw TorchException.runtime(op + " input tensor must be either float or double dtype");
        }
        if (q.dim() > 1) {
            throw TorchException.runtime(op + " q must be a scalar or 1D tensor");
        }
        if (q.dtype() != x.dtype()) {
            throw TorchException.runtime(op + " q tensor must be same dtype as the input tensor");
        }
        for (int i = 0; i < q.numel(); i++) {
            double v = q.doubleAt(i);
            if (!(v >= 0 && v <= 1)) {
                throw TorchException.runtime(q.isWrappedNumber() || q.dim() == 0 ? op + " q must be in the range [0, 1] "
                        + "but got " + gradpad.engine.format.PyFloat.repr(v) : op + " q values must be in the range [0, 1]");
            }
        }
        int rank = x.dim();
        int d = dim == null ? -1 : Shape.wrapDim(dim, Math.max(rank, 1));
        // x' : the reduced dim last, as a [slices, n] block
        int[] perm = new int[rank];
        int[] shape = x.shapeRef();
        int n;
        int[] reduced;
        if (dim == null) {
            n = x.numel();
            reduced = new int[keepdim ? rank : 0];
            java.util.Arrays.fill(reduced, 1);
        } else {
            n = rank == 0 ? 1 : shape[d];
            int k = 0;
            for (int i = 0; i < rank; i++) {
                if (i != d) {
                    perm[k++] = i;
                }
            }
            if (rank > 0) {
                perm[k] = d;
            }
            boolean[] mask = new boolean[rank];
            if (rank > 0) {
                mask[d] = true;
            }
            reduced = Reductions.reducedShape(shape, mask, keepdim);
        }
        Tensor moved = dim == null || rank == 0 ? x.detach() : Views.permute(x.detach(), perm);
        int slices = n == 0 ? 0 : x.numel() / n;
        int nq = Math.max(q.numel(), 1);
        boolean f32 = x.dtype() == DType.FLOAT32;
        double[] values = new double[slices * nq];
        long[] below = new long[slices * nq];
        long[] above = new long[slices * nq];
        double[] weight = new double[slices * nq];
        for (int s = 0; s < slices; s++) {
            double[] line = new double[n];
            for (int i = 0; i < n; i++) {
                line[i] = moved.doubleAt(s * n + i);
            }
            StdSort sorter = new StdSort(line, null, false);
            sorter.stableSort();
            int valid = 0;
            for (int i = 0; i < n; i++) {
                valid += line[i] == line[i] ? 1 : 0;
            }
            for (int j = 0; j < nq; j++) {
                double qv = q.doubleAt(j);
                double r;
                if (ignoreNan) {
                    r = mul(qv, valid - 1, f32);
                    r = r < 0 ? 0 : r;
                } else {
                    r = valid < n ? n - 1 : mul(qv, n - 1, f32);
                }
                int lo = (int) r;
                int hi = (int) Math.ceil(r);
                double w = f32 ? Float32.round(r - lo) : r - lo;
                double a = line[sorter.a[lo]];
                double b = line[sorter.a[hi]];
                int at = s * nq + j;
                values[at] = Lerp.lerpValue(a, b, w, f32);
                below[at] = sorter.a[lo];
                above[at] = sorter.a[hi];
                weight[at] = w;
            }
        }
        // output: [nq,] + reduced, from the [slices, nq] block
        int[] outShape = reduced;
        if (q.dim() == 1) {
            outShape = new int[reduced.length + 1];
            outShape[0] = q.numel();
            System.arraycopy(reduced, 0, outShape, 1, reduced.length);
        }
        // PyTorch's result is its [slices, nq] block viewed as [nq, ...] (unsqueeze_, transpose_, squeeze_):
        // for a 1-D q, strides (1, nq * ...), not contiguous
        gradpad.engine.Storage storage = gradpad.engine.Storage.allocate(x.dtype(), values.length);
        for (int i = 0; i < values.length; i++) {
            storage.setDouble(i, values[i]);
        }
        int[] strides = Shape.contiguousStrides(outShape);
        if (q.dim() == 1) {
            int[] reducedStrides = Shape.contiguousStrides(reduced);
            strides[0] = 1;
            for (int i = 0; i < reduced.length; i++) {
                strides[i + 1] = reducedStrides[i] * nq;
            }
        }
        Tensor out = new Tensor(storage, 0, outShape, strides, new gradpad.engine.VersionCounter());
        if (Recording.needsGrad(x)) {
            Tensor lo = Tensor.of(below, slices, nq);
            Tensor hi = Tensor.of(above, slices, nq);
            Tensor w = Conversion.to(Tensor.of(weight, slices, nq), x.dtype());
            Recording.record(new QuantileBackward(x, moved.shape(), perm, dim == null, lo, hi, w), out, x);
        }
        return out;
    }

    private static double mul(double q, long count, boolean f32) {
        return f32 ? Float32.round(Float32.round(q) * (double) Float32.round(count)) : q * count;
    }

    static final class QuantileBackward extends Node {
        private final int[] inputShape;
        private final int[] movedShape;
        private final int[] perm;
        private final boolean all;
        private final SavedTensor lo;
        private final SavedTensor hi;
        private final SavedTensor w;

        QuantileBackward(Tensor x, int[] movedShape, int[] perm, boolean all, Tensor lo, Tensor hi, Tensor w) {
            this.inputShape = x.shape();
            this.movedShape = movedShape;
            this.perm = perm;
            this.all = all;
            this.lo = new SavedTensor(lo);
            this.hi = new SavedTensor(hi);
            this.w = new SavedTensor(w);
        }

        @Override
        public String name() {
            return "SqueezeBackward4";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor wt = w.unpack();
            int slices = wt.shapeRef()[0];
            int nq = wt.shapeRef()[1];
            // the gradient as a [slices, nq] block (the output is [nq, slices] in row-major order)
            Tensor grad = Views.t(Views.reshape(g[0], new int[] {nq, slices}));
            int n = Shape.numel(movedShape) / Math.max(1, slices);
            int[] block = {slices, n};
            Tensor gBelow = Arithmetic.mul(grad, Arithmetic.rsub(wt, Tensor.wrappedScalar(1L)));
            Tensor gAbove = Arithmetic.mul(grad, wt);
            Tensor r = Arithmetic.add(Gather.scatterAddOntoZeros(block, wt.dtype(), 1, lo.unpack(), gBelow),
                    Gather.scatterAddOntoZeros(block, wt.dtype(), 1, hi.unpack(), gAbove));
            r = Views.reshape(r, movedShape);
            if (!all && perm.length > 0) {
                int[] inverse = new int[perm.length];
                for (int i = 0; i < perm.length; i++) {
                    inverse[perm[i]] = i;
                }
                r = Views.permute(r, inverse);
            }
            return new Tensor[] {Views.reshape(r, inputShape)};
        }
    }
}
