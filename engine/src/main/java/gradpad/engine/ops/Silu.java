package gradpad.engine.ops;

import gradpad.engine.Float32;
import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code silu(x)}: {@code x / (1 + exp(-x))} as PyTorch's kernel computes it (SLEEF's exp on the
 * vectorised path). {@code SiluBackward0} runs silu_backward's kernel; under create_graph PyTorch
 * switches to infinitely_differentiable_silu_backward, plain recorded ops, so there is no
 * SiluBackwardBackward0.
 */
public final class Silu {
    private Silu() {
    }

    public static Tensor apply(Tensor x) {
        SleefDF sleef = new SleefDF();
        Tensor out = ActivationLoops.unary(x, "silu_cpu",
                (v, vec) -> Float32.round(v / (double) Float32.add(1f, expNeg(v, vec, sleef))),
                v -> v / (1.0 + Math.exp(-1.0 * v)));
        if (Recording.needsGrad(x)) {
            Recording.record(new SiluBackward0(x), out, x);
        }
        return out;
    }

    private static float expNeg(float v, boolean vector, SleefDF sleef) {
        return vector ? sleef.expf(-1.0f * v) : Float32.round(Math.exp(-1.0 * v));
    }

    /** silu_backward's kernel: {@code dy * s * (1 + x * (1 - s))}, s = sigmoid(x). */
    static Tensor backwardKernel(Tensor g, Tensor x) {
        SleefDF sleef = new SleefDF();
        return ActivationLoops.withGrad(g, x, (dy, v, vec) -> {
            float s = Float32.round(1.0 / Float32.add(1f, expNeg(v, vec, sleef)));
            float r = Float32.add(1f, Float32.mul(v, Float32.sub(1f, s)));
            return Float32.mul(Float32.mul(dy, s), r);
        }, (dy, v) -> {
            double s = 1.0 / (1.0 + Math.exp(-1.0 * v));
            return dy * s * (1.0 + v * (1.0 - s));
        });
    }

    /** infinitely_differentiable_silu_backward: {@code grad * s * (1 + x * (1 - s))} in recorded ops. */
    static Tensor differentiableBackward(Tensor g, Tensor x) {
        Tensor s = Unary.sigmoid(x);
        Tensor r = Arithmetic.add(Arithmetic.mul(x, Arithmetic.rsub(s, Tensor.wrappedScalar(1.0))),
                Tensor.wrappedScalar(1.0));
        return Arithmetic.mul(Arithmetic.mul(g, s), r);
    }

    static final class SiluBackward0 extends Node {
        private final SavedTensor self;

        SiluBackward0(Tensor x) {
            this.self = new SavedTensor(x);
        }

        @Override
        public String name() {
            return "SiluBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            return new Tensor[] {GradMode.isEnabled() ? differentiableBackward(g[0], x) : backwardKernel(g[0], x)};
        }
    }
}
