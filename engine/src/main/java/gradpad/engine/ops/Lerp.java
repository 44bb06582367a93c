package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Float64;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code lerp(start, end, weight)}: {@code LerpBackward0} for a number weight, {@code LerpBackward1}
 * for a tensor one. PyTorch's formula is {@code |w| < 0.5 ? start + w * (end - start) : end - (end -
 * start) * (1 - w)}, the vector code {@code fma(|w| < 0.5 ? w : w - 1, end - start, |w| < 0.5 ? start :
 * end)}, which GCC's contraction of the scalar formula equals: float32 results are PyTorch's bits.
 */
public final class Lerp {
    private Lerp() {
    }

    public static Tensor lerp(Tensor start, Tensor end, Tensor weight) {
        boolean scalarWeight = weight.isWrappedNumber();
        if (start.dtype() != end.dtype() || (!scalarWeight && weight.dtype() != start.dtype())) {
            boolean endDiffers = start.dtype() != end.dtype();
            throw TorchException.runtime("expected dtype " + cppName(start.dtype()) + " for `" + (endDiffers ? "end"
                    : "weight") + "` but got dtype " + cppName(endDiffers ? end.dtype() : weight.dtype()));
        }
        if (!start.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"lerp_kernel_scalar\" not implemented for '"
                    + start.dtype().scalarTypeName() + "'");
        }
        int[] shape = Ternary.shape(start, end, scalarWeight ? start : weight);
        DType type = start.dtype();
        Tensor s = Ternary.expanded(start, shape);
        Tensor e = Ternary.expanded(end, shape);
        Tensor w = scalarWeight ? null : Ternary.expanded(weight, shape);
        Tensor out = Tensor.empty(shape, type.kind());
        int n = out.numel();
        boolean f32 = type.kind() == DType.FLOAT32;
        double ws = scalarWeight ? (f32 ? Float32.round(weight.doubleAt(0)) : weight.doubleAt(0)) : 0;
        for (int i = 0; i < n; i++) {
            double a = s.doubleAt(i);
            double b = e.doubleAt(i);
            double wt = scalarWeight ? ws : w.doubleAt(i);
            boolean small = Math.abs(wt) < 0.5;
            // the vector code's fma(|w| < 0.5 ? w : w - 1, end - start, |w| < 0.5 ? start : end); GCC contracts
            // the scalar formula into the same fused multiply-adds (w - 1 is exactly -(1 - w))
            double r;
            if (f32) {
                float diff = Float32.round(b - a);
                r = Float32.fma(small ? (float) wt : Float32.round(wt - 1), diff, (float) (small ? a : b));
            } else {
                r = Float64.fma(small ? wt : wt - 1, b - a, small ? a : b);
            }
            out.storage().setDouble(i, r);
        }
        if (type.isNarrow()) {
            out = out.narrowTo(type);
        }
        if (scalarWeight) {
            if (Recording.needsGrad(start, end)) {
                Recording.record(new LerpBackward(weight.doubleAt(0), null, null, null), out, start, end);
            }
        } else if (Recording.needsGrad(new Tensor[] {start, end, weight})) {
            Recording.record(new LerpBackward(0, start, end, weight), out, start, end, weight);
        }
        return out;
    }

    /** One element of lerp_(end, weight) as computed above (quantile's interpolation). */
    static double lerpValue(double a, double b, double wt, boolean f32) {
        boolean small = Math.abs(wt) < 0.5;
        if (f32) {
            float diff = Float32.round(b - a);
            return Float32.fma(small ? Float32.round(wt) : Float32.round(wt - 1), diff, Float32.round(small ? a : b));
        }
        return Float64.fma(small ? wt : wt - 1, b - a, small ? a : b);
    }

    /** How C++ prints a TypeMeta: {@code float}, {@code double}, ... */
    private static String cppName(DType t) {
        switch (t) {
            case FLOAT32: return "float";
            case FLOAT64: return "double";
            case INT64: return "long int";
            case BOOL: return "bool";
            default: return t.scalarTypeName();
        }
    }

    /** self: grad * (1 - weight); end: grad * weight; weight: grad * (end - self); each summed to its shape. */
    static final class LerpBackward extends Node {
        private final double weightValue;
        private final SavedTensor self;
        private final SavedTensor end;
        private final SavedTensor weight;
        private final Arithmetic.InputMeta[] metas;

        LerpBackward(double weightValue, Tensor self, Tensor end, Tensor weight) {
            this.weightValue = weightValue;
            this.self = self == null ? null : new SavedTensor(self);
            this.end = end == null ? null : new SavedTensor(end);
            this.weight = weight == null ? null : new SavedTensor(weight);
            this.metas = weight == null ? null : new Arithmetic.InputMeta[] {new Arithmetic.InputMeta(self),
                new Arithmetic.InputMeta(end), new Arithmetic.InputMeta(weight)};
        }

        @Override
        public String name() {
            return weight == null ? "LerpBackward0" : "LerpBackward1";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor grad = g[0];
            if (weight == null) {
                return new Tensor[] {
                    needsInputGrad(0) ? Arithmetic.mul(grad, Tensor.wrappedScalar(1 - weightValue)) : null,
                    needsInputGrad(1) ? Arithmetic.mul(grad, Tensor.wrappedScalar(weightValue)) : null};
            }
            Tensor w = weight.unpack();
            Tensor[] r = new Tensor[3];
            if (needsInputGrad(0)) {
                r[0] = metas[0].reduce(Arithmetic.mul(grad, Arithmetic.rsub(w, Tensor.wrappedScalar(1L))));
            }
            if (needsInputGrad(1)) {
                r[1] = metas[1].reduce(Arithmetic.mul(grad, w));
            }
            if (needsInputGrad(2)) {
                r[2] = metas[2].reduce(Arithmetic.mul(grad, Arithmetic.sub(end.unpack(), self.unpack())));
            }
            return r;
        }
    }
}
