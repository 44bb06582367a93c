package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.IndexItem;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code x[...]}: basic indexing (ints, slices, None, ...) returns views ({@code SelectBackward0},
 * {@code SliceBackward0}); index tensors and bool masks gather copies ({@code IndexBackward0}).
 */
public final class Indexing {
    private Indexing() {
    }

    /** {@code x.select(dim, index)} without autograd. */
    public static Tensor selectData(Tensor x, int dim, int index) {
        int rank = x.dim();
        int size = x.shapeRef()[dim];
        int i = index < 0 ? index + size : index;
        int[] shape = new int[rank - 1];
        int[] strides = new int[rank - 1];
        for (int d = 0, j = 0; d < rank; d++) {
            if (d != dim) {
                shape[j] = x.shapeRef()[d];
                strides[j++] = x.stridesRef()[d];
            }
        }
        return x.alias(x.storageOffset() + i * x.stridesRef()[dim], shape, strides);
    }

    public static Tensor select(Tensor x, int dim, long index) {
        if (x.dim() == 0) {
            throw TorchException.index("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                    + "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
        }
        int d = Shape.wrapDim(dim, x.dim());
        int size = x.shapeRef()[d];
        if (index < -size || index >= size) {
            throw TorchException.index("index " + index + " is out of bounds for dimension " + d + " with size "
                    + size);
        }
        Tensor out = selectData(x, d, (int) index);
        if (Recording.needsGrad(x)) {
            Recording.record(new RegionBackward("SelectBackward0", x, d, (int) index, null, null, null), out, x);
        }
        return out;
    }

    public static Tensor slice(Tensor x, int dim, Long start, Long stop, Long step) {
        Tensor out = sliceData(x, dim, start, stop, step);
        if (Recording.needsGrad(x)) {
            Recording.record(new RegionBackward("SliceBackward0", x, Shape.wrapDim(dim, x.dim()), 0, start, stop,
                    step), out, x);
        }
        return out;
    }

    /** {@code x[start:stop:step]} along one dim, without autograd. */
    public static Tensor sliceData(Tensor x, int dim, Long start, Long stop, Long step) {
        int d = Shape.wrapDim(dim, x.dim());
        int size = x.shapeRef()[d];
        long st = step == null ? 1 : step;
        if (st <= 0) {
            throw TorchException.value("step must be greater than zero");
        }
        long s = clampBound(start, 0, size);
        long e = clampBound(stop, size, size);
        int len = e > s ? (int) ((e - s + st - 1) / st) : 0;
        int[] shape = x.shape();
        int[] strides = x.strides();
        shape[d] = len;
        int offset = x.storageOffset() + (int) s * strides[d];
        strides[d] = (int) (strides[d] * st);
        return x.alias(offset, shape, strides);
    }

    private static long clampBound(Long bound, long dflt, int size) {
        if (bound == null) {
            return dflt;
        }
        long b = bound < 0 ? bound + size : bound;
        return Math.max(0, Math.min(b, size));
    }

    /** {@code torch.nonzero(x)}: coordinates of the non-zero elements, one row each. */
    public static Tensor nonzero(Tensor x) {
        return MaskIndex.nonzero(x);
    }

    /** {@code x[items]}. */
    public static Tensor index(Tensor x, List<IndexItem> items) {
        List<IndexItem> expanded = expandEllipsis(x, items);
        Tensor y = x;
        int dim = 0;
        List<int[]> advancedDims = new ArrayList<>();
        List<Tensor> advanced = new ArrayList<>();
        for (IndexItem it : expanded) {
            switch (it.kind) {
                case INT:
                    y = select(y, dim, it.index);
                    break;
                case SLICE:
                    y = slice(y, dim, it.start, it.stop, it.step);
                    dim++;
                    break;
                case NONE:
                    y = Views.unsqueeze(y, dim);
                    dim++;
                    break;
                case TENSOR:
                    if (it.tensor.dtype() == DType.BOOL) {
                        checkMask(y, dim, it.tensor);
                        Tensor[] positions = MaskIndex.nonzeroColumns(it.tensor);
                        for (int k = 0; k < positions.length; k++) {
                            advancedDims.add(new int[] {dim + k});
                            advanced.add(positions[k]);
                        }
                        dim += Math.max(it.tensor.dim(), 1);
                    } else {
                        if (it.tensor.dtype().isFloatingPoint()) {
                            throw TorchException.index("tensors used as indices must be long, int, byte or bool "
                                    + "tensors");
                        }
                        advancedDims.add(new int[] {dim});
                        advanced.add(it.tensor);
                        dim++;
                    }
                    break;
                default:
                    break;
            }
        }
        if (advanced.isEmpty()) {
            return y == x ? Views.view(x, x.shapeRef()) : y;
        }
        return AdvancedIndex.gather(y, advancedDims, advanced);
    }

    private static void checkMask(Tensor y, int dim, Tensor mask) {
        for (int k = 0; k < mask.dim(); k++) {
            int have = dim + k < y.dim() ? y.shapeRef()[dim + k] : -1;
            if (have != mask.shapeRef()[k]) {
                throw TorchException.index("The shape of the mask " + Shape.list(mask.shapeRef()) + " at index " + k
                        + " does not match the shape of the indexed tensor " + Shape.list(y.shapeRef())
                        + " at index " + (dim + k));
            }
        }
    }

    static List<IndexItem> expandEllipsis(Tensor x, List<IndexItem> items) {
        int consumed = 0;
        int ellipses = 0;
        for (IndexItem it : items) {
            consumed += consumedDims(it);
            if (it.kind == IndexItem.Kind.ELLIPSIS) {
                ellipses++;
            }
        }
        if (ellipses > 1) {
            throw TorchException.index("an index can only have a single ellipsis ('...')");
        }
        if (consumed > x.dim()) {
            throw TorchException.index("too many indices for tensor of dimension " + x.dim());
        }
        List<IndexItem> out = new ArrayList<>();
        for (IndexItem it : items) {
            if (it.kind == IndexItem.Kind.ELLIPSIS) {
                for (int k = 0; k < x.dim() - consumed; k++) {
                    out.add(IndexItem.slice(null, null, null));
                }
            } else {
                out.add(it);
            }
        }
        return out;
    }

    private static int consumedDims(IndexItem it) {
        switch (it.kind) {
            case INT: case SLICE: return 1;
            case TENSOR: return it.tensor.dtype() == DType.BOOL ? Math.max(it.tensor.dim(), 1) : 1;
            default: return 0;
        }
    }

    /**
     * Backward of a view into the input ({@code SelectBackward0}, {@code SliceBackward0}):
     * zeros of the input's shape with the gradient written into the same region, found by
     * applying the same select or slice to the zeros.
     */
    static final class RegionBackward extends Node {
        private final String name;
        private final int[] inputShape;
        private final DType dtype;
        private final int dim;
        private final int index;
        private final Long start;
        private final Long stop;
        private final Long step;

        RegionBackward(String name, Tensor input, int dim, int index, Long start, Long stop, Long step) {
            this.name = name;
            this.inputShape = input.shapeRef();
            this.dtype = input.dtype();
            this.dim = dim;
            this.index = index;
            this.start = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            // The region the view covers in a contiguous tensor of the input's shape; the gradient is
            // written there into zeros, differentiably (double backward goes through it).
            Tensor layout = new Tensor(gradpad.engine.Storage.allocate(dtype, 0), 0, inputShape,
                    Shape.contiguousStrides(inputShape), new gradpad.engine.VersionCounter());
            boolean isSelect = name.startsWith("Select");
            Tensor view = isSelect ? selectData(layout, dim, index) : sliceData(layout, dim, start, stop, step);
            return new Tensor[] {StridedRegion.of(layout, view).scatterIntoZeros(g[0])};
        }
    }
}
