package gradpad.engine.ops;

import gradpad.engine.GradMode;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;

/**
 * In-place {@code addcmul_}, {@code addcdiv_}, {@code lerp_}, {@code clamp_min_} and
 * {@code clamp_max_}, the forms hand-written optimizers use ({@code v.mul_(b2).addcmul_(g, g,
 * value=1 - b2)}): the out-of-place kernel written into self with PyTorch's in-place checks.
 * Recorded when two tensors take part (self and one other, the in-place machinery's shape);
 * addcmul_/addcdiv_ and lerp_ with a tensor weight are refused when they would need recording.
 */
public final class PointwiseInPlace {
    private PointwiseInPlace() {
    }

    public static Tensor addcmul_(Tensor self, Tensor t1, Tensor t2, double value, boolean div) {
        boolean record = InPlace.checkInPlace(self, t1) || (GradMode.isEnabled() && t2.requiresGrad());
        if (record) {
            throw TorchException.runtime("gradpad: " + (div ? "addcdiv_" : "addcmul_") + " is not supported on "
                    + "tensors that require grad; use the out-of-place " + (div ? "addcdiv" : "addcmul"));
        }
        Tensor r = div ? Addcmul.addcdiv(self, t1, t2, value) : Addcmul.addcmul(self, t1, t2, value);
        checkResult(self, r);
        InPlace.commitInPlace(self, r, null, t1);
        return self;
    }

    public static Tensor lerp_(Tensor self, Tensor end, Tensor weight) {
        boolean record = InPlace.checkInPlace(self, end) || (GradMode.isEnabled() && weight.requiresGrad());
        if (record && !weight.isWrappedNumber()) {
            throw TorchException.runtime("gradpad: lerp_ with a tensor weight is not supported on tensors that "
                    + "require grad; use the out-of-place lerp");
        }
        Tensor r = withoutGrad(() -> Lerp.lerp(self, end, weight));
        checkResult(self, r);
        Node node = record ? new Lerp.LerpBackward(weight.doubleAt(0), null, null, null) : null;
        InPlace.commitInPlace(self, r, node, end);
        return self;
    }

    public static Tensor clamp_(Tensor self, Tensor bound, boolean lower) {
        boolean record = InPlace.checkInPlace(self, bound);
        Tensor r = withoutGrad(() -> lower ? ClampMinMax.clampMin(self, bound) : ClampMinMax.clampMax(self, bound));
        checkResult(self, r);
        Node node = null;
        if (record) {
            // the backward compares the original self: saved as a copy, since self is about to change
            Tensor original = Conversion.copyData(self);
            node = bound.isWrappedNumber() ? new ClampMinMax.Backward(lower, original, bound.doubleAt(0), null)
                    : new ClampMinMax.Backward(lower, original, 0, bound);
        }
        InPlace.commitInPlace(self, r, node, bound);
        return self;
    }

    private static Tensor withoutGrad(java.util.function.Supplier<Tensor> op) {
        boolean previous = GradMode.set(false);
        try {
            return op.get();
        } finally {
            GradMode.set(previous);
        }
    }

    /** PyTorch's in-place rules: the broadcast shape must be self's, the result type castable to self's. */
    private static void checkResult(Tensor self, Tensor r) {
        if (!java.util.Arrays.equals(r.shapeRef(), self.shapeRef())) {
            throw TorchException.runtime("output with shape " + Shape.list(self.shapeRef())
                    + " doesn't match the broadcast shape " + Shape.list(r.shapeRef()));
        }
        if (!TypePromotion.canCast(r.dtype(), self.dtype())) {
            throw TorchException.runtime("result type " + r.declaredDType().scalarTypeName() + " can't be cast to the "
                    + "desired output type " + self.declaredDType().scalarTypeName());
        }
    }
}
