package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.ValuesIndices;

/**
 * {@code torch.sort}, {@code argsort} and {@code topk} as PyTorch's CPU kernels run them, line by
 * line along dim: sort with {@code std::sort} or, when stable, {@code std::stable_sort};
 * topk with {@code std::partial_sort} when k is small against the line ({@code k * 64 <= n}), else
 * {@code std::nth_element} followed by {@code std::sort} of the first k - 1 (see {@link StdSort}).
 * NaN sorts above every number. The backwards ({@code SortBackward0} for {@code sort(dim,
 * descending)}, {@code SortBackward1} for the overload with {@code stable}, {@code TopkBackward0})
 * scatter the gradient back to the indices, as {@code max(dim)}'s does.
 */
public final class Sorting {
    private Sorting() {
    }

    /** {@code torch.sort(x, dim, descending)}; {@code stable} null for the overload without it. */
    public static ValuesIndices sort(Tensor x, int dim, boolean descending, Boolean stable) {
        int d = Shape.wrapDim(dim, x.dim());
        Line line = new Line(x, d);
        Tensor values = Tensor.empty(x.shapeRef(), x.dtype());
        Tensor indices = Tensor.empty(x.shapeRef(), DType.INT64);
        // PyTorch leaves an expanded (stride 0) dim as it is: every key is the same element
        boolean constant = x.dim() > 0 && x.stridesRef()[d] == 0;
        for (int o = 0; o < line.outer; o++) {
            for (int i = 0; i < line.inner; i++) {
                StdSort s = line.sorter(o, i, descending);
                if (!constant) {
                    if (stable != null && stable) {
                        s.stableSort();
                    } else {
                        s.sort(0, line.size);
                    }
                }
                line.write(values, indices, o, i, s.a, line.size);
            }
        }
        values = keepDeclared(values, x);
        if (Recording.needsGrad(x)) {
            Recording.record(new MinMax.IndexSelectionBackward(stable == null ? "SortBackward0" : "SortBackward1", x,
                    d, true, indices), values, x);
        }
        return new ValuesIndices("sort", values, indices);
    }

    /** {@code torch.argsort}: the indices of {@link #sort}. */
    public static Tensor argsort(Tensor x, int dim, boolean descending, boolean stable) {
        return sort(x.detach(), dim, descending, stable).indices;
    }

    /** {@code torch.topk(x, k, dim, largest, sorted)}. */
    public static ValuesIndices topk(Tensor x, long k, int dim, boolean largest, boolean sorted) {
        int d = Shape.wrapDim(dim, x.dim());
        int size = x.dim() == 0 ? 1 : x.shapeRef()[d];
        if (k < 0 || k > size) {
            throw TorchException.runtime("selected index k out of range");
        }
        if (x.dtype() == DType.BOOL) {
            throw TorchException.runtime("\"topk_cpu\" not implemented for 'Bool'");
        }
        int kk = (int) k;
        int[] shape = x.shapeRef().clone();
        if (shape.length > 0) {
            shape[d] = kk;
        }
        Line line = new Line(x, d);
        Tensor values = Tensor.empty(shape, x.dtype());
        Tensor indices = Tensor.empty(shape, DType.INT64);
        boolean partial = k * 64 <= size;
        for (int o = 0; o < line.outer && kk > 0; o++) {
            for (int i = 0; i < line.inner; i++) {
                StdSort s = line.sorter(o, i, largest);
                if (partial) {
                    s.partialSort(0, kk, size);
                } else {
                    s.nthElement(0, kk - 1, size);
                    if (sorted) {
                        s.sort(0, kk - 1);
                    }
                }
                line.write(values, indices, o, i, s.a, kk);
            }
        }
        values = keepDeclared(values, x);
        if (Recording.needsGrad(x)) {
            Recording.record(new MinMax.IndexSelectionBackward("TopkBackward0", x, d, true, indices), values, x);
        }
        return new ValuesIndices("topk", values, indices);
    }

    /** A narrow input type (int32, float16...) stays the values' type. */
    static Tensor keepDeclared(Tensor values, Tensor x) {
        return x.declaredDType() != x.dtype() ? values.narrowTo(x.declaredDType()) : values;
    }

    /** The lines along dim d of a contiguous copy: outer x inner lines of {@code size} elements. */
    static final class Line {
        final Tensor c;
        final int size;
        final int outer;
        final int inner;

        Line(Tensor x, int d) {
            c = Conversion.contiguousData(x);
            int[] shape = x.shapeRef();
            size = shape.length == 0 ? 1 : shape[d];
            int in = 1;
            for (int k = d + 1; k < shape.length; k++) {
                in *= shape[k];
            }
            inner = in;
            outer = size == 0 ? 0 : x.numel() / (size * inner);
        }

        int at(int o, int i, int j) {
            return c.storageOffset() + (o * size + j) * inner + i;
        }

        /** The line's keys, with elements 0..size-1 in order. */
        StdSort sorter(int o, int i, boolean descending) {
            if (c.dtype().isFloatingPoint()) {
                double[] keys = new double[size];
                for (int j = 0; j < size; j++) {
                    keys[j] = c.storage().getDouble(at(o, i, j));
                }
                return new StdSort(keys, null, descending);
            }
            long[] keys = new long[size];
            for (int j = 0; j < size; j++) {
                keys[j] = c.storage().getLong(at(o, i, j));
            }
            return new StdSort(null, keys, descending);
        }

        /** The first n elements of order {@code a} into line (o, i) of values/indices (dim size n). */
        void write(Tensor values, Tensor indices, int o, int i, int[] a, int n) {
            for (int j = 0; j < n; j++) {
                int out = (o * n + j) * inner + i;
                MinMax.copyElement(values, out, c, at(o, i, a[j]));
                indices.storage().setLong(out, a[j]);
            }
        }
    }
}
