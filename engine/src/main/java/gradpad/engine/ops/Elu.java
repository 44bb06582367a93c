package gradpad.engine.ops;

import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;
import gradpad.engine.math.CrMath;

/**
 * {@code elu(x, alpha)}: {@code x > 0 ? x : expm1(x) * alpha}, alpha taken in the tensor's dtype
 * (PyTorch 2.11's kernel uses expm1 on both of its paths; 1.13 computed exp(x) - 1, which loses
 * tiny negative inputs). {@code EluBackward0}: the gradient times 1 or alpha * exp(x); under
 * create_graph {@code EluBackwardBackward0}. scale and input_scale (selu's) are 1 here.
 */
public final class Elu {
    private Elu() {
    }

    public static Tensor apply(Tensor x, double alpha) {
        float alpha32 = Float32.round(alpha);
        Tensor out = ActivationLoops.unary(x, "elu_cpu",
                (v, vec) -> v > 0 ? v : Float32.mul(Float32.round(CrMath.expm1(v)), alpha32),
                v -> v > 0 ? v : CrMath.expm1(v) * alpha);
        if (Recording.needsGrad(x)) {
            Recording.record(new EluBackward0(x, alpha), out, x);
        }
        return out;
    }

    /** {@code elu_backward(grad, alpha, 1, 1, is_result=false, self)}. */
    static Tensor backward(Tensor g, Tensor x, double alpha) {
        float alpha32 = Float32.round(alpha);
        SleefDF sleef = new SleefDF();
        Tensor out = ActivationLoops.withGrad(g, x,
                (dy, v, vec) -> v > 0 ? dy
                        : Float32.mul(Float32.mul(dy, alpha32), vec ? sleef.expf(v) : Float32.round(Math.exp(v))),
                (dy, v) -> v > 0 ? dy : dy * alpha * Math.exp(v));
        if (Recording.needsGrad(g, x)) {
            Recording.record(new EluBackwardBackward0(g, x, alpha), out, g, x);
        }
        return out;
    }

    static final class EluBackward0 extends Node {
        private final SavedTensor self;
        private final double alpha;

        EluBackward0(Tensor x, double alpha) {
            this.self = new SavedTensor(x);
            this.alpha = alpha;
        }

        @Override
        public String name() {
            return "EluBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {backward(g[0], self.unpack(), alpha)};
        }
    }

    /**
     * elu_backward's derivative: elu_backward again for grad; for self PyTorch's
     * elu_double_backward, {@code elu_backward(ggI * gO, self) * (self < 0)}.
     */
    static final class EluBackwardBackward0 extends Node {
        private final SavedTensor gradOutput;
        private final SavedTensor self;
        private final double alpha;

        EluBackwardBackward0(Tensor gradOutput, Tensor x, double alpha) {
            this.gradOutput = new SavedTensor(gradOutput);
            this.self = new SavedTensor(x);
            this.alpha = alpha;
        }

        @Override
        public String name() {
            return "EluBackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor gGrad = needsInputGrad(0) ? backward(g[0], x, alpha) : null;
            Tensor gSelf = null;
            if (needsInputGrad(1)) {
                Tensor negative = Conversion.to(Comparison.lt(x, Tensor.wrappedScalar(0L)), g[0].dtype());
                gSelf = Arithmetic.mul(backward(Arithmetic.mul(g[0], gradOutput.unpack()), x, alpha), negative);
            }
            return new Tensor[] {gGrad, gSelf};
        }
    }
}
