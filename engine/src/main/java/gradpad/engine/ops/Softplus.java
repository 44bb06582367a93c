package gradpad.engine.ops;

import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;
import gradpad.engine.math.CrMath;

/**
 * {@code softplus(x, beta, threshold)}: {@code x * beta > threshold ? x : log1p(exp(x * beta)) / beta},
 * beta and threshold in the tensor's dtype as in PyTorch's kernel. {@code SoftplusBackward0}
 * ({@code grad * z / (z + 1)}, z = exp(x * beta)); under create_graph
 * {@code SoftplusBackwardBackward0}.
 */
public final class Softplus {
    private Softplus() {
    }

    public static Tensor apply(Tensor x, double beta, double threshold) {
        float b = Float32.round(beta);
        float t = Float32.round(threshold);
        SleefDF sleef = new SleefDF();
        Tensor out = ActivationLoops.unary(x, "softplus_cpu", (v, vec) -> {
            float xb = Float32.mul(v, b);
            if (xb > t) {
                return v;
            }
            float e = vec ? sleef.expf(xb) : Float32.round(Math.exp(xb));
            return Float32.round(Float32.round(CrMath.log1p(e)) / (double) b);
        }, v -> v * beta > threshold ? v : CrMath.log1p(Math.exp(v * beta)) / beta);
        if (Recording.needsGrad(x)) {
            Recording.record(new SoftplusBackward0(x, beta, threshold), out, x);
        }
        return out;
    }

    /** {@code softplus_backward(grad, self, beta, threshold)}. */
    static Tensor backward(Tensor g, Tensor x, double beta, double threshold) {
        float b = Float32.round(beta);
        float t = Float32.round(threshold);
        SleefDF sleef = new SleefDF();
        Tensor out = ActivationLoops.withGrad(g, x, (dy, v, vec) -> {
            float xb = Float32.mul(v, b);
            if (xb > t) {
                return dy;
            }
            float z = vec ? sleef.expf(xb) : Float32.round(Math.exp(xb));
            return Float32.round(Float32.mul(dy, z) / (double) Float32.add(z, 1f));
        }, (dy, v) -> {
            if (v * beta > threshold) {
                return dy;
            }
            double z = Math.exp(v * beta);
            return dy * z / (z + 1.0);
        });
        if (Recording.needsGrad(g, x)) {
            Recording.record(new SoftplusBackwardBackward0(g, x, beta, threshold), out, g, x);
        }
        return out;
    }

    static final class SoftplusBackward0 extends Node {
        private final SavedTensor self;
        private final double beta;
        private final double threshold;

        SoftplusBackward0(Tensor x, double beta, double threshold) {
            this.self = new SavedTensor(x);
            this.beta = beta;
            this.threshold = threshold;
        }

        @Override
        public String name() {
            return "SoftplusBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {backward(g[0], self.unpack(), beta, threshold)};
        }
    }

    /**
     * softplus_backward's derivative: softplus_backward again for grad; for self PyTorch's
     * softplus_double_backward, {@code sigmoid_backward(ggI * gO, sigmoid(x * beta)) * (x * beta < threshold) * beta}.
     */
    static final class SoftplusBackwardBackward0 extends Node {
        private final SavedTensor gradOutput;
        private final SavedTensor self;
        private final double beta;
        private final double threshold;

        SoftplusBackwardBackward0(Tensor gradOutput, Tensor x, double beta, double threshold) {
            this.gradOutput = new SavedTensor(gradOutput);
            this.self = new SavedTensor(x);
            this.beta = beta;
            this.threshold = threshold;
        }

        @Override
        public String name() {
            return "SoftplusBackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor gGrad = needsInputGrad(0) ? backward(g[0], x, beta, threshold) : null;
            Tensor gSelf = null;
            if (needsInputGrad(1)) {
                Tensor grad = Arithmetic.mul(g[0], gradOutput.unpack());
                Tensor xb = Arithmetic.mul(x, Tensor.wrappedScalar(beta));
                Tensor s = Unary.sigmoid(xb);
                Tensor sigmoidBackward = Arithmetic.mul(Arithmetic.mul(grad, Arithmetic.rsub(s,
                        Tensor.wrappedScalar(1.0))), s);
                Tensor below = Conversion.to(Comparison.lt(xb, Tensor.wrappedScalar(threshold)), grad.dtype());
                gSelf = Arithmetic.mul(Arithmetic.mul(sigmoidBackward, below), Tensor.wrappedScalar(beta));
            }
            return new Tensor[] {gGrad, gSelf};
        }
    }
}
