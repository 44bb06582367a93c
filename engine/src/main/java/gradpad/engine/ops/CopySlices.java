package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;

/**
 * The grad_fn a base tensor gets when one of its views is modified in place: the base's gradient
 * passes through unchanged outside the view's region, and through the in-place op's own backward
 * inside it.
 */
final class CopySlices extends Node {
    private final int[] baseShape;
    private final int relOffset;
    private final int[] viewShape;
    private final int[] viewStrides;
    private final Node op;

    CopySlices(Tensor base, Tensor view, Node op) {
        this.baseShape = base.shapeRef();
        this.relOffset = view.storageOffset() - base.storageOffset();
        this.viewShape = view.shapeRef();
        this.viewStrides = view.stridesRef();
        this.op = op;
    }

    @Override
    public String name() {
        return "CopySlices";
    }

    @Override
    public Tensor[] apply(Tensor[] g) {
        Tensor result = Conversion.copyData(g[0]);
        Tensor region = result.alias(relOffset, viewShape, viewStrides);
        Tensor[] res = op.apply(new Tensor[] {Conversion.copyData(region)});
        Tensor selfGrad = res.length > 0 ? res[0] : null;
        if (selfGrad == null) {
            Conversion.copyElements(region, Tensor.wrappedScalar(0L));
        } else {
            Conversion.copyElements(region, selfGrad);
        }
        return new Tensor[] {result, res.length > 1 ? res[1] : null};
    }

    @Override
    public void releaseVariables() {
        op.releaseVariables();
    }

    /** A modified view's grad_fn: its gradient lands in its region of the base's gradient. */
    static final class AsStridedBackward0 extends Node {
        private final int[] baseShape;
        private final gradpad.engine.DType dtype;
        private final int relOffset;
        private final int[] viewShape;
        private final int[] viewStrides;

        AsStridedBackward0(Tensor base, Tensor view) {
            this.baseShape = base.shapeRef();
            this.dtype = base.dtype();
            this.relOffset = view.storageOffset() - base.storageOffset();
            this.viewShape = view.shapeRef();
            this.viewStrides = view.stridesRef();
        }

        @Override
        public String name() {
            return "AsStridedBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor grad = Creation.zeros(baseShape, dtype);
            Tensor region = grad.alias(relOffset, viewShape, viewStrides);
            Conversion.copyElements(region, g[0]);
            return new Tensor[] {grad};
        }
    }
}
