package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.autograd.Engine;
import gradpad.engine.autograd.Node;

/**
 * The grad_fn a base tensor gets when one of its views is modified in place: the base's gradient
 * passes through unchanged outside the view's region, and through the in-place op's own backward
 * inside it. Built from differentiable region ops, so it works under create_graph too.
 */
final class CopySlices extends Node {
    private final StridedRegion region;
    private final Node op;

    CopySlices(Tensor base, Tensor view, Node op) {
        this.region = StridedRegion.of(base, view);
        this.op = op;
    }

    @Override
    public String name() {
        return "CopySlices";
    }

    @Override
    public Tensor[] apply(Tensor[] g) {
        Tensor inside = region.gather(g[0]);
        Tensor[] res = op.apply(new Tensor[] {inside});
        Tensor selfGrad = res.length > 0 ? res[0] : null;
        if (selfGrad != null) {
            selfGrad = Engine.validateGradient(op, 0, selfGrad);
        }
        Tensor result = region.replace(g[0], selfGrad == null ? Tensor.wrappedScalar(0L) : selfGrad);
        Tensor other = res.length > 1 && res[1] != null ? Engine.validateGradient(op, 1, res[1]) : null;
        return new Tensor[] {result, other};
    }

    @Override
    public void releaseVariables() {
        op.releaseVariables();
    }

    /** A modified view's grad_fn: its gradient lands in its region of the base's gradient. */
    static final class AsStridedBackward0 extends Node {
        private final StridedRegion region;

        AsStridedBackward0(Tensor base, Tensor view) {
            this.region = StridedRegion.of(base, view);
        }

        @Override
        public String name() {
            return "AsStridedBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {region.scatterIntoZeros(g[0])};
        }
    }
}
