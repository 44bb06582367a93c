package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code clamp_min(x, min)} and {@code clamp_max(x, max)}: a number bound records
 * {@code ClampMinBackward0}/{@code ClampMaxBackward0}, a tensor bound (PyTorch's maximum/minimum
 * kernels, NaN from either side) {@code ClampMinBackward1}/{@code ClampMaxBackward1}.
 */
public final class ClampMinMax {
    private ClampMinMax() {
    }

    public static Tensor clampMin(Tensor x, Tensor min) {
        return run(x, min, true);
    }

    public static Tensor clampMax(Tensor x, Tensor max) {
        return run(x, max, false);
    }

    private static Tensor run(Tensor x, Tensor bound, boolean lower) {
        boolean scalar = bound.isWrappedNumber();
        DType type = scalar && x.dtype().isFloatingPoint() ? x.dtype() : TypePromotion.resultType(x, bound);
        // the bound first, as in Clamp: on a tie maximum/minimum give x, so -0.0 stays -0.0
        Tensor out = BinaryKernel.run(lower ? BinaryKernel.MAXIMUM : BinaryKernel.MINIMUM, bound,
                Conversion.convertData(x, type), type);
        if (scalar) {
            if (Recording.needsGrad(x)) {
                Recording.record(new Backward(lower, x, bound.doubleAt(0), null), out, x);
            }
        } else if (Recording.needsGrad(x, bound)) {
            Recording.record(new Backward(lower, x, 0, bound), out, x, bound);
        }
        return out;
    }

    /** x: where(x >= min, grad, 0) (x <= max); a tensor bound: where(x < min, grad, 0) (x > max). */
    static final class Backward extends Node {
        private final boolean lower;
        private final SavedTensor self;
        private final double value;
        private final SavedTensor bound;
        private final Arithmetic.InputMeta boundMeta;

        Backward(boolean lower, Tensor self, double value, Tensor bound) {
            this.lower = lower;
            this.self = new SavedTensor(self);
            this.value = value;
            this.bound = bound == null ? null : new SavedTensor(bound);
            this.boundMeta = bound == null ? null : new Arithmetic.InputMeta(bound);
        }

        @Override
        public String name() {
            return (lower ? "ClampMinBackward" : "ClampMaxBackward") + (bound == null ? "0" : "1");
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor b = bound == null ? Tensor.wrappedScalar(value) : bound.unpack();
            Tensor zero = Tensor.wrappedScalar(0L);
            Tensor gx = needsInputGrad(0) ? Pointwise.where(lower ? Comparison.ge(x, b) : Comparison.le(x, b), g[0], zero)
                    : null;
            if (bound == null) {
                return new Tensor[] {gx};
            }
            Tensor gb = needsInputGrad(1) ? boundMeta.reduce(Pointwise.where(lower ? Comparison.lt(x, b)
                    : Comparison.gt(x, b), g[0], zero)) : null;
            return new Tensor[] {gx, gb};
        }
    }
}
