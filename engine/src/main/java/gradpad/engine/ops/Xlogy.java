package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;
import gradpad.engine.math.CrMath;

/**
 * {@code xlogy(x, y)} = {@code x * log(y)}, 0 where x is 0 (unless y is NaN), recorded as
 * {@code XlogyBackward0}; kl_div is built on it. PyTorch's scalar loop calls the C library's log
 * (correctly rounded here) and multiplies in the tensor's type.
 */
public final class Xlogy {
    private Xlogy() {
    }

    public static Tensor xlogy(Tensor x, Tensor y) {
        DType type = TypePromotion.resultType(x, y);
        if (!type.isFloatingPoint()) {
            type = gradpad.engine.DefaultDType.get();
        }
        int[] shape = Ternary.shape(x, y, null);
        Tensor a = Ternary.expanded(x, shape);
        Tensor b = Ternary.expanded(y, shape);
        Tensor out = Tensor.empty(shape, type.kind());
        boolean f32 = type.kind() == DType.FLOAT32;
        for (int i = 0; i < out.numel(); i++) {
            double u = a.doubleAt(i);
            double v = b.doubleAt(i);
            double r;
            if (v != v) {
                r = Double.NaN;
            } else if (u == 0) {
                r = 0;
            } else if (f32) {
                r = Float32.round(u) * (double) Float32.round(CrMath.log(Float32.round(v)));
            } else {
                r = u * CrMath.log(v);
            }
            out.storage().setDouble(i, r);
        }
        out = type.isNarrow() ? out.narrowTo(type) : out;
        if (Recording.needsGrad(x, y)) {
            Recording.record(new XlogyBackward0(x, y), out, x, y);
        }
        return out;
    }

    /** self: grad * xlogy(self != 0, other); other: grad * self / other. */
    static final class XlogyBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor other;
        private final Arithmetic.InputMeta selfMeta;
        private final Arithmetic.InputMeta otherMeta;

        XlogyBackward0(Tensor self, Tensor other) {
            this.self = new SavedTensor(self);
            this.other = new SavedTensor(other);
            this.selfMeta = new Arithmetic.InputMeta(self);
            this.otherMeta = new Arithmetic.InputMeta(other);
        }

        @Override
        public String name() {
            return "XlogyBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor y = other.unpack();
            Tensor gx = needsInputGrad(0) ? selfMeta.reduce(Arithmetic.mul(g[0],
                    xlogy(Comparison.ne(x, Tensor.wrappedScalar(0L)), y))) : null;
            Tensor gy = needsInputGrad(1) ? otherMeta.reduce(Arithmetic.div(Arithmetic.mul(g[0], x), y)) : null;
            return new Tensor[] {gx, gy};
        }
    }
}
