package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code clamp(min, max)}: {@code min(max(x, min), max)}, so min > max gives max everywhere and
 * NaN stays NaN. Bounds that are Python numbers (wrapped scalars) record {@code ClampBackward1};
 * tensor bounds record {@code ClampBackward0}, which also sends gradient to the bounds.
 */
public final class Clamp {
    private Clamp() {
    }

    /** Either bound may be null (not both); bounds are wrapped Python numbers or tensors. */
    public static Tensor clamp(Tensor x, Tensor min, Tensor max) {
        if (min == null && max == null) {
            throw TorchException.runtime("torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        boolean scalars = (min == null || min.isWrappedNumber()) && (max == null || max.isWrappedNumber());
        DType type;
        if (scalars && x.dtype().isFloatingPoint()) {
            type = x.dtype();
        } else if (min == null) {
            type = TypePromotion.resultType(x, max);
        } else if (max == null) {
            type = TypePromotion.resultType(x, min);
        } else {
            type = TypePromotion.resultType(x, min, max);
        }
        Tensor out = Conversion.convertData(x, type);
        // bound first: maximum/minimum give their second operand on a tie, and clamp keeps x there
        // (clamp(-0.0, min=0.0) is -0.0 in PyTorch)
        if (min != null) {
            out = BinaryKernel.run(BinaryKernel.MAXIMUM, min, out, type);
        }
        if (max != null) {
            out = BinaryKernel.run(BinaryKernel.MINIMUM, max, out, type);
        }
        if (scalars) {
            if (Recording.needsGrad(x)) {
                Recording.record(new ClampBackward1(x, min == null ? null : min.doubleAt(0),
                        max == null ? null : max.doubleAt(0)), out, x);
            }
        } else if (Recording.needsGrad(new Tensor[] {x, min == null ? x : min, max == null ? x : max})) {
            Recording.record(new ClampBackward0(x, min, max), out, x, min, max);
        }
        return out;
    }

    /** Gradient passes where {@code min <= x <= max} (bounds inclusive). */
    static final class ClampBackward1 extends Node {
        private final SavedTensor self;
        private final Double min;
        private final Double max;

        ClampBackward1(Tensor self, Double min, Double max) {
            this.self = new SavedTensor(self);
            this.min = min;
            this.max = max;
        }

        @Override
        public String name() {
            return "ClampBackward1";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor pass = null;
            if (min != null) {
                pass = Comparison.ge(x, Tensor.wrappedScalar(min));
            }
            if (max != null) {
                Tensor le = Comparison.le(x, Tensor.wrappedScalar(max));
                pass = pass == null ? le : Pointwise.logicalAnd(pass, le);
            }
            return new Tensor[] {Pointwise.where(pass, g[0], Tensor.wrappedScalar(0L))};
        }

    }

    /**
     * PyTorch's {@code clamp_backward} for self and {@code clamp_backward_min_max} for the bounds:
     * min gets the gradient where {@code x < min} (and min < max), max where {@code x > max} (or
     * max < min).
     */
    static final class ClampBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor min;
        private final SavedTensor max;
        private final Arithmetic.InputMeta minMeta;
        private final Arithmetic.InputMeta maxMeta;

        ClampBackward0(Tensor self, Tensor min, Tensor max) {
            this.self = new SavedTensor(self);
            this.min = min == null ? null : new SavedTensor(min);
            this.max = max == null ? null : new SavedTensor(max);
            this.minMeta = min == null ? null : new Arithmetic.InputMeta(min);
            this.maxMeta = max == null ? null : new Arithmetic.InputMeta(max);
        }

        @Override
        public String name() {
            return "ClampBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor lo = min == null ? null : min.unpack();
            Tensor hi = max == null ? null : max.unpack();
            Tensor grad = g[0];
            Tensor zero = Tensor.wrappedScalar(0L);
            Tensor pass;
            if (lo != null && hi != null) {
                pass = Pointwise.logicalAnd(Comparison.ge(x, lo), Comparison.le(x, hi));
            } else if (lo != null) {
                pass = Comparison.ge(x, lo);
            } else {
                pass = Comparison.le(x, hi);
            }
            Tensor gx = Pointwise.where(pass, grad, zero);
            Tensor gmin = null;
            Tensor gmax = null;
            if (lo != null && hi != null) {
                gmin = Pointwise.where(Pointwise.logicalAnd(Comparison.lt(x, lo), Comparison.lt(lo, hi)), grad, zero);
                gmax = Pointwise.where(Pointwise.logicalOr(Comparison.gt(x, hi), Comparison.lt(hi, lo)), grad, zero);
            } else if (lo != null) {
                gmin = Pointwise.where(Comparison.lt(x, lo), grad, zero);
            } else {
                gmax = Pointwise.where(Comparison.gt(x, hi), grad, zero);
            }
            return new Tensor[] {gx, gmin == null ? null : minMeta.reduce(gmin), gmax == null ? null : maxMeta.reduce(gmax)};
        }

    }
}
