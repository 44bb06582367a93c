package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code torch.gather} ({@code GatherBackward0}) and its adjoint, a scatter-add onto zeros
 * ({@code ScatterAddBackward0}), which is also how the backward of {@code max(dim)} places its
 * gradient. Each is the other's backward, so gradients of any order stay in the graph.
 */
public final class Gather {
    private Gather() {
    }

    /** {@code torch.gather(self, dim, index)}: out[p] = self[p with p[dim] = index[p]]. */
    public static Tensor gather(Tensor self, int dim, Tensor index) {
        int d = Shape.wrapDim(dim, self.dim());
        check("gather", self, d, index);
        int[] shape = index.shapeRef();
        Tensor out = Tensor.empty(shape, self.dtype());
        int n = out.numel();
        boolean integral = !self.dtype().isFloatingPoint();
        int[] pos = new int[shape.length];
        for (int i = 0; i < n; i++) {
            int src = sourceIndex(self, index, d, i, pos);
            if (integral) {
                out.storage().setLong(i, self.storage().getLong(src));
            } else {
                out.storage().setDouble(i, self.storage().getDouble(src));
            }
        }
        if (Recording.needsGrad(self)) {
            Recording.record(new GatherBackward0(self, d, index), out, self);
        }
        return out;
    }

    /**
     * {@code zeros(shape).scatter_add_(dim, index, src)}: adds src[p] at p with p[dim] = index[p];
     * differentiable in src ({@code ScatterAddBackward0}: the gradient gathered back).
     */
    public static Tensor scatterAddOntoZeros(int[] shape, DType dtype, int dim, Tensor index, Tensor src) {
        Tensor out = Tensor.empty(shape, dtype);
        int d = Shape.wrapDim(dim, shape.length);
        check("scatter_add", out, d, index);
        int[] ishape = index.shapeRef();
        int n = Shape.numel(ishape);
        Tensor s = src.alias(src.storageOffset(), ishape, BinaryKernel.expandedStrides(src, ishape));
        int[] pos = new int[ishape.length];
        for (int i = 0; i < n; i++) {
            int at = sourceIndex(out, index, d, i, pos);
            out.storage().setDouble(at, out.storage().getDouble(at) + s.doubleAt(i));
        }
        if (Recording.needsGrad(src)) {
            Recording.record(new ScatterSrcBackward("ScatterAddBackward0", d, index), out, null, src);
        }
        return out;
    }

    /**
     * {@code zeros(shape).scatter_(dim, index, src)} for indices that never repeat along dim, as the
     * backwards of {@code max(dim)}, {@code sort} and {@code topk} place their gradient:
     * {@code ScatterBackward0}, whose backward gathers like scatter_add's.
     */
    public static Tensor scatterOntoZeros(int[] shape, DType dtype, int dim, Tensor index, Tensor src) {
        Tensor out = scatterAddOntoZeros(shape, dtype, dim, index, src.detach());
        if (Recording.needsGrad(src)) {
            Recording.record(new ScatterSrcBackward("ScatterBackward0", Shape.wrapDim(dim, shape.length), index),
                    out, null, src);
        }
        return out;
    }

    /** Storage index in {@code self} for position i of {@code index} (row-major), redirected along dim. */
    private static int sourceIndex(Tensor self, Tensor index, int dim, int i, int[] pos) {
        int[] ishape = index.shapeRef();
        int rest = i;
        for (int k = ishape.length - 1; k >= 0; k--) {
            pos[k] = rest % ishape[k];
            rest /= ishape[k];
        }
        long v = index.longAt(i);
        int size = self.dim() == 0 ? 1 : self.shapeRef()[dim];
        if (v < -size || v >= size) {
            throw TorchException.runtime("index " + v + " is out of bounds for dimension " + dim + " with size "
                    + size);
        }
        int at = self.storageOffset();
        for (int k = 0; k < ishape.length; k++) {
            int c = k == dim ? (int) (v < 0 ? v + size : v) : pos[k];
            at += c * self.stridesRef()[k];
        }
        return at;
    }

    private static void check(String op, Tensor self, int dim, Tensor index) {
        if (index.dtype() != DType.INT64) {
            throw TorchException.runtime(op + "(): Expected dtype int64 for index");
        }
        int rank = Math.max(self.dim(), 1);
        if (Math.max(index.dim(), 1) != rank) {
            throw TorchException.runtime("Index tensor must have the same number of dimensions as "
                    + (op.equals("gather") ? "input" : "self") + " tensor");
        }
        for (int k = 0; k < index.dim(); k++) {
            if (k != dim && index.shapeRef()[k] > self.shapeRef()[k]) {
                throw TorchException.runtime("Size does not match at dimension " + k + " expected index "
                        + Shape.list(index.shapeRef()) + " to be smaller than self " + Shape.list(self.shapeRef())
                        + " apart from dimension " + dim);
            }
        }
    }

    static final class GatherBackward0 extends Node {
        private final int[] shape;
        private final DType dtype;
        private final int dim;
        private final SavedTensor index;

        GatherBackward0(Tensor self, int dim, Tensor index) {
            this.shape = self.shapeRef();
            this.dtype = self.dtype();
            this.dim = dim;
            this.index = new SavedTensor(index);
        }

        @Override
        public String name() {
            return "GatherBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {scatterAddOntoZeros(shape, dtype, dim, index.unpack(), g[0])};
        }

    }

    /** The src gradient of a scatter onto zeros: gathered from the output's gradient. */
    static final class ScatterSrcBackward extends Node {
        private final String name;
        private final int dim;
        private final SavedTensor index;

        ScatterSrcBackward(String name, int dim, Tensor index) {
            this.name = name;
            this.dim = dim;
            this.index = new SavedTensor(index);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {null, gather(g[0], dim, index.unpack())};
        }

    }
}
