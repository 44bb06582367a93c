package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * Gathering copies by index: {@code index_select} ({@code IndexSelectBackward0}), {@code take}
 * ({@code TakeBackward0}, flat indices) and {@code masked_select} ({@code MaskedSelectBackward0}).
 * Each backward adds the gradient back at the positions read, through scatter_add, so repeated
 * indices accumulate and double backward gathers again.
 */
public final class Selecting {
    private Selecting() {
    }

    /** {@code x.index_select(dim, index)}: the slices at index along dim, in index's order. */
    public static Tensor indexSelect(Tensor x, int dim, Tensor index) {
        if (index.dtype() != DType.INT64 && index.declaredDType() != DType.INT32) {
            throw TorchException.runtime("index_select(): Expected dtype int32 or int64 for index");
        }
        if (index.dim() > 1) {
            throw TorchException.index("index_select(): Index is supposed to be a vector");
        }
        int d = Shape.wrapDim(dim, x.dim());
        int size = x.dim() == 0 ? 1 : x.shapeRef()[d];
        int n = index.numel();
        long[] idx = new long[n];
        for (int i = 0; i < n; i++) {
            long v = index.longAt(i);
            if (v < 0 || v >= size) {
                throw TorchException.index("index out of range in self");
            }
            idx[i] = v;
        }
        Tensor out;
        if (x.dim() == 0) {
            out = Conversion.copyData(x);
        } else {
            int[] shape = x.shape();
            shape[d] = n;
            out = Tensor.empty(shape, x.dtype());
            for (int i = 0; i < n; i++) {
                Conversion.copyElements(Indexing.selectData(out, d, i), Indexing.selectData(x, d, (int) idx[i]));
            }
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new IndexSelectBackward0(x, d, Tensor.of(idx, n)), out, x);
        }
        return out;
    }

    /** {@code torch.take(x, index)}: x read as a flat vector, result shaped like index. */
    public static Tensor take(Tensor x, Tensor index) {
        if (index.dtype() != DType.INT64) {
            throw TorchException.runtime("take(): Expected a long tensor for index, but got "
                    + index.dtype().scalarTypeName());
        }
        int numel = x.numel();
        int n = index.numel();
        long[] flat = new long[n];
        for (int i = 0; i < n; i++) {
            long v = index.longAt(i);
            if (v < -numel || v >= numel) {
                throw TorchException.index("out of range: tried to access index " + v + " on a tensor of " + numel
                        + " elements.");
            }
            flat[i] = v < 0 ? v + numel : v;
        }
        Tensor src = Conversion.contiguousData(x);
        Tensor out = Tensor.empty(index.shapeRef(), x.dtype());
        for (int i = 0; i < n; i++) {
            copyElement(src, src.storageOffset() + (int) flat[i], out, i);
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new FlatScatterBackward("TakeBackward0", x.shapeRef(), x.shapeRef(), Tensor.of(flat, n)),
                    out, x);
        }
        return out;
    }

    /** One element from a storage index of src to position i of the fresh contiguous dst (same dtype). */
    private static void copyElement(Tensor src, int at, Tensor dst, int i) {
        if (src.dtype().isFloatingPoint()) {
            dst.storage().setDouble(i, src.storage().getDouble(at));
        } else {
            dst.storage().setLong(i, src.storage().getLong(at));
        }
    }

    /** {@code torch.masked_select(x, mask)}: a vector of x's elements where the broadcast mask is True. */
    public static Tensor maskedSelect(Tensor x, Tensor mask) {
        if (mask.dtype() != DType.BOOL) {
            throw TorchException.runtime("masked_select: expected BoolTensor for mask");
        }
        int[] shape = Shape.broadcast(x.shapeRef(), mask.shapeRef());
        Tensor xs = Conversion.contiguousData(x.alias(x.storageOffset(), shape, BinaryKernel.expandedStrides(x, shape)));
        Tensor ms = mask.alias(mask.storageOffset(), shape, BinaryKernel.expandedStrides(mask, shape));
        int total = Shape.numel(shape);
        int count = 0;
        for (int i = 0; i < total; i++) {
            count += ms.longAt(i) != 0 ? 1 : 0;
        }
        long[] positions = new long[count];
        int c = 0;
        for (int i = 0; i < total; i++) {
            if (ms.longAt(i) != 0) {
                positions[c++] = i;
            }
        }
        Tensor out = Tensor.empty(new int[] {count}, x.dtype());
        for (int i = 0; i < count; i++) {
            copyElement(xs, xs.storageOffset() + (int) positions[i], out, i);
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new FlatScatterBackward("MaskedSelectBackward0", x.shapeRef(), shape,
                    Tensor.of(positions, count)), out, x);
        }
        return out;
    }

    /** Gradient added into zeros at the saved indices along dim ({@code index_add}). */
    static final class IndexSelectBackward0 extends Node {
        private final int[] inputShape;
        private final int dim;
        private final SavedTensor index;

        IndexSelectBackward0(Tensor x, int dim, Tensor index) {
            this.inputShape = x.shapeRef();
            this.dim = dim;
            this.index = new SavedTensor(index);
        }

        @Override
        public String name() {
            return "IndexSelectBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor idx = index.unpack();
            if (inputShape.length == 0) {
                return new Tensor[] {Reductions.sumToShape(g[0], inputShape)};
            }
            int[] viewShape = new int[inputShape.length];
            java.util.Arrays.fill(viewShape, 1);
            viewShape[dim] = idx.numel();
            Tensor expanded = Views.expand(idx.alias(idx.storageOffset(), viewShape,
                    Shape.contiguousStrides(viewShape)), g[0].shapeRef());
            return new Tensor[] {Gather.scatterAddOntoZeros(inputShape, g[0].dtype(), dim, expanded, g[0])};
        }
    }

    /**
     * Gradient added into a flat zeros vector at the saved flat positions, viewed in the
     * (broadcast) shape read and summed back to the input's shape.
     */
    static final class FlatScatterBackward extends Node {
        private final String name;
        private final int[] inputShape;
        private final int[] readShape;
        private final SavedTensor positions;

        FlatScatterBackward(String name, int[] inputShape, int[] readShape, Tensor positions) {
            this.name = name;
            this.inputShape = inputShape;
            this.readShape = readShape;
            this.positions = new SavedTensor(positions);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor flatGrad = Views.reshape(g[0], new int[] {-1});
            Tensor placed = Gather.scatterAddOntoZeros(new int[] {Shape.numel(readShape)}, g[0].dtype(), 0,
                    positions.unpack(), flatGrad);
            return new Tensor[] {Reductions.sumToShape(Views.reshape(placed, readShape), inputShape)};
        }
    }
}
