package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;

/**
 * A region of a tensor of shape {@code baseShape} laid out contiguously: a view's offset, shape
 * and strides relative to its base. Backward functions of views and of in-place ops on views use
 * its two differentiable ops, {@link #gather} (read the region) and {@link #replace} (write it),
 * each the other's backward, so their gradients can be differentiated again (create_graph).
 */
final class StridedRegion {
    final int[] baseShape;
    final int relOffset;
    final int[] shape;
    final int[] strides;

    StridedRegion(int[] baseShape, int relOffset, int[] shape, int[] strides) {
        this.baseShape = baseShape;
        this.relOffset = relOffset;
        this.shape = shape;
        this.strides = strides;
    }

    /** The region {@code view} covers in {@code base} (which must be contiguous). */
    static StridedRegion of(Tensor base, Tensor view) {
        return new StridedRegion(base.shapeRef(), view.storageOffset() - base.storageOffset(), view.shapeRef(),
                view.stridesRef());
    }

    private Tensor viewInto(Tensor contiguous) {
        return contiguous.alias(contiguous.storageOffset() + relOffset, shape, strides);
    }

    /** A contiguous copy of the region of t (t has the base's shape, any strides). */
    Tensor gather(Tensor t) {
        Tensor out = Conversion.copyData(viewInto(Conversion.contiguousData(t)));
        if (Recording.needsGrad(t)) {
            Recording.record(new Backward(this, true), out, t);
        }
        return out;
    }

    /** A copy of base with the region overwritten by values (broadcast to the region's shape). */
    Tensor replace(Tensor base, Tensor values) {
        Tensor out = Conversion.copyData(base);
        Conversion.copyElements(viewInto(out), Conversion.convertData(values, out.dtype()));
        if (Recording.needsGrad(base, values)) {
            Recording.record(new Backward(this, false), out, base, values);
        }
        return out;
    }

    /** The region's gradient scattered into zeros of the base's shape. */
    Tensor scatterIntoZeros(Tensor values) {
        return replace(Creation.zeros(baseShape, values.dtype()), values);
    }

    /**
     * {@code AsStridedBackward0} (of gather: the gradient placed back into zeros) and
     * {@code AsStridedScatterBackward0} (of replace: the base gets the gradient outside the
     * region, the values get the region).
     */
    static final class Backward extends Node {
        private final StridedRegion region;
        private final boolean ofGather;

        Backward(StridedRegion region, boolean ofGather) {
            this.region = region;
            this.ofGather = ofGather;
        }

        @Override
        public String name() {
            return ofGather ? "AsStridedBackward0" : "AsStridedScatterBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            if (ofGather) {
                return new Tensor[] {region.scatterIntoZeros(g[0])};
            }
            Tensor outside = region.replace(g[0], Tensor.wrappedScalar(0L));
            return new Tensor[] {outside, region.gather(g[0])};
        }
    }
}
