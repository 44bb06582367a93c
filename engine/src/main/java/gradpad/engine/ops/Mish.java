package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;
import gradpad.engine.math.CrMath;

/**
 * {@code mish(x) = x * tanh(softplus(x))} ({@code MishBackward0}). PyTorch's CPU kernel computes
 * {@code x * tanh(log1p(exp(x)))} with SLEEF's float32 routines (exp, log1p, tanh); here each
 * step is done in double and the result rounded once, so float32 values are within an ulp of
 * PyTorch's, not always its bits.
 */
public final class Mish {
    private Mish() {
    }

    public static Tensor apply(Tensor x) {
        Tensor out = Tensor.empty(x.shape(), Unary.floating(x).kind());
        for (int i = 0; i < out.numel(); i++) {
            double v = x.doubleAt(i);
            out.storage().setDouble(i, v * CrMath.tanh(CrMath.log1p(CrMath.exp(v))));
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new MishBackward0(x), out, x);
        }
        return out;
    }

    /** mish_backward: grad * (tanh(sp) + x * sigmoid(x) * (1 - tanh(sp)^2)), sp = softplus(x), in tensor ops. */
    static final class MishBackward0 extends Node {
        private final SavedTensor self;

        MishBackward0(Tensor self) {
            this.self = new SavedTensor(self);
        }

        @Override
        public String name() {
            return "MishBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor one = Tensor.wrappedScalar(1L);
            Tensor sig = Unary.sigmoid(x);
            Tensor t = Unary.tanh(Unary.log(Arithmetic.add(Unary.exp(x), one)));
            Tensor d = Arithmetic.add(t, Arithmetic.mul(Arithmetic.mul(x, sig), Arithmetic.rsub(Arithmetic.mul(t, t), one)));
            return new Tensor[] {Arithmetic.mul(g[0], d)};
        }
    }
}
