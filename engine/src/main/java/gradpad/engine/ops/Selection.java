package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.ValuesIndices;

/**
 * {@code torch.median} and {@code torch.kthvalue}, as PyTorch's CPU code picks them. The lower
 * median: element (n - 1) / 2 in ascending order. Over all elements only the value is returned
 * (NaN if any element is NaN; {@code MedianBackward0} shares the gradient among the elements equal
 * to it, as {@code max()} does). Along a dim, {@code nth_element} runs on positions ordered by
 * (value, position), so among equal values the median's index is determined: the lower positions
 * come first; a line with NaN gives its first NaN ({@code MedianBackward1}). kthvalue runs
 * PyTorch's own quickselect (Sedgewick's partitioning, from TH), whose swaps decide which of
 * equal values' indices is returned ({@code KthvalueBackward0}).
 */
public final class Selection {
    private Selection() {
    }

    /** {@code torch.median(x)}: a 0-d tensor, NaN for an empty input. */
    public static Tensor median(Tensor x) {
        if (x.dtype() == DType.BOOL) {
            throw TorchException.runtime("\"median_cpu\" not implemented for 'Bool'");
        }
        Tensor out = Tensor.empty(new int[0], x.dtype());
        int n = x.numel();
        if (n == 0) {
            out.storage().setDouble(0, Double.NaN);
        } else {
            Tensor flat = Views.reshape(x.detach(), new int[] {n});
            Sorting.Line line = new Sorting.Line(flat, 0);
            StdSort s = line.sorter(0, 0, false);
            int nan = firstNaN(line, 0, 0);
            if (nan >= 0) {
                out.storage().setDouble(0, Double.NaN);
            } else {
                s.stableSort(); // the k-th smallest value is the same for any order of ties
                MinMax.copyElement(out, 0, line.c, line.at(0, 0, s.a[(n - 1) / 2]));
            }
        }
        out = Sorting.keepDeclared(out, x);
        if (Recording.needsGrad(x)) {
            Recording.record(new MinMax.EvenlyDistributeBackward("MedianBackward0", x, out), out, x);
        }
        return out;
    }

    /** {@code torch.median(x, dim, keepdim)}. */
    public static ValuesIndices median(Tensor x, int dim, boolean keepdim) {
        if (x.dtype() == DType.BOOL) {
            throw TorchException.runtime("\"median_out\" not implemented for 'Bool'");
        }
        return alongDim(x, dim, keepdim, "median", -1);
    }

    /** {@code torch.kthvalue(x, k, dim=-1, keepdim=False)}: the k-th smallest, k from 1. */
    public static ValuesIndices kthvalue(Tensor x, long k, int dim, boolean keepdim) {
        int d = Shape.wrapDim(dim, x.dim());
        int size = x.dim() == 0 ? 1 : x.shapeRef()[d];
        if (size == 0) {
            throw TorchException.index("kthvalue(): Expected reduction dim " + d + " to have non-zero size.");
        }
        if (k < 1 || k > size) {
            throw TorchException.runtime("kthvalue(): selected number k out of range for dimension " + d);
        }
        if (x.dtype() == DType.BOOL) {
            throw TorchException.runtime("\"kthvalue_cpu\" not implemented for 'Bool'");
        }
        return alongDim(x, dim, keepdim, "kthvalue", k);
    }

    /** The median (k < 0) or the k-th smallest of each line along dim. */
    private static ValuesIndices alongDim(Tensor x, int dim, boolean keepdim, String name, long k) {
        int d = Shape.wrapDim(dim, x.dim());
        int[] shape = x.shapeRef();
        int size = shape.length == 0 ? 1 : shape[d];
        if (size == 0) {
            throw TorchException.index(name + "(): Expected reduction dim " + d + " to have non-zero size.");
        }
        int[] outShape = new int[0];
        if (shape.length > 0) {
            boolean[] mask = new boolean[shape.length];
            mask[d] = true;
            outShape = Reductions.reducedShape(shape, mask, keepdim);
        }
        Sorting.Line line = new Sorting.Line(x, d);
        Tensor values = Tensor.empty(outShape, x.dtype());
        Tensor indices = Tensor.empty(outShape, DType.INT64);
        for (int o = 0; o < line.outer; o++) {
            for (int i = 0; i < line.inner; i++) {
                int pick;
                if (k < 0) {
                    pick = firstNaN(line, o, i);
                    if (pick < 0) {
                        StdSort s = line.sorter(o, i, false);
                        s.stableSort(); // nth_element under the total order (value, position)
                        pick = s.a[(size - 1) / 2];
                    }
                } else {
                    pick = quickSelect(line, o, i, (int) k - 1);
                }
                MinMax.copyElement(values, o * line.inner + i, line.c, line.at(o, i, pick));
                indices.storage().setLong(o * line.inner + i, pick);
            }
        }
        values = Sorting.keepDeclared(values, x);
        if (Recording.needsGrad(x)) {
            String node = k < 0 ? "MedianBackward1" : "KthvalueBackward0";
            Recording.record(new MinMax.IndexSelectionBackward(node, x, d, keepdim, indices), values, x);
        }
        return new ValuesIndices(name, values, indices);
    }

    private static int firstNaN(Sorting.Line line, int o, int i) {
        if (!line.c.dtype().isFloatingPoint()) {
            return -1;
        }
        for (int j = 0; j < line.size; j++) {
            double v = line.c.storage().getDouble(line.at(o, i, j));
            if (v != v) {
                return j;
            }
        }
        return -1;
    }

    /**
     * PyTorch's {@code quick_select_template} with {@code gt_or_nan} (NaN above every number):
     * partitions the line's (value, position) pairs until position k holds the k-th smallest, and
     * returns the position it came from.
     */
    private static int quickSelect(Sorting.Line line, int o, int i, int k) {
        StdSort s = line.sorter(o, i, true); // descending order's "less" is PyTorch's gt_or_nan
        int[] a = s.a;
        int left = 0;
        int right = a.length - 1;
        while (true) {
            if (right <= left) {
                return a[k];
            }
            if (right == left + 1) {
                if (s.less(a[left], a[right])) {
                    swap(a, left, right);
                }
                return a[k];
            }
            int p = (left + right) >> 1;
            swap(a, p, left + 1);
            if (s.less(a[left + 1], a[right])) {
                swap(a, left + 1, right);
            }
            if (s.less(a[left], a[right])) {
                swap(a, left, right);
            }
            if (s.less(a[left + 1], a[left])) {
                swap(a, left + 1, left);
            }
            int lo = left + 1;
            int hi = right;
            int pivot = a[left];
            while (true) {
                do {
                    lo++;
                } while (s.less(pivot, a[lo]));
                do {
                    hi--;
                } while (s.less(a[hi], pivot));
                if (hi < lo) {
                    break;
                }
                swap(a, lo, hi);
            }
            swap(a, left, hi);
            if (hi <= k) {
                left = lo;
            }
            if (hi >= k) {
                right = hi - 1;
            }
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
