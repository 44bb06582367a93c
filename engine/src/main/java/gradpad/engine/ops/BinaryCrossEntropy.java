package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;
import gradpad.engine.math.CrMath;

/**
 * {@code F.binary_cross_entropy(input, target, weight)}: PyTorch's scalar CPU kernel
 * {@code (y - 1) * max(log1p(-x), -100) - y * max(log(x), -100)}, times the weight, then reduced;
 * {@code BinaryCrossEntropyBackward0} ({@code grad * (x - y) / max((1 - x) * x, 1e-12)} for the
 * input, {@code -logit(x) * grad} for the target) and under create_graph
 * {@code BinaryCrossEntropyBackwardBackward0}.
 */
public final class BinaryCrossEntropy {
    private BinaryCrossEntropy() {
    }

    private static final double EPSILON = 1e-12;

    /** weight may be null; otherwise it is expanded to the target's size first, as torch.nn.functional does. */
    public static Tensor apply(Tensor input, Tensor target, Tensor weight, int reduction) {
        if (!java.util.Arrays.equals(input.shapeRef(), target.shapeRef())) {
            throw TorchException.value("Using a target size (" + Shape.sizeRepr(target.shapeRef()) + ") that is "
                    + "different to the input size (" + Shape.sizeRepr(input.shapeRef()) + ") is deprecated. Please "
                    + "ensure they have the same size.");
        }
        Tensor w = weight == null ? null : Views.expand(weight, Shape.broadcast(target.shapeRef(), weight.shapeRef()));
        if (target.declaredDType() != input.declaredDType()) { // TensorIterator: all operands of one dtype
            throw TorchException.runtime("Found dtype " + target.declaredDType().scalarTypeName() + " but expected "
                    + input.declaredDType().scalarTypeName());
        }
        ActivationLoops.requireFloat(input, "binary_cross_entropy");
        boolean f32 = input.dtype() == DType.FLOAT32;
        int n = input.numel();
        Tensor loss = Tensor.empty(input.shapeRef(), input.dtype());
        for (int i = 0; i < n; i++) {
            double x = input.doubleAt(i);
            double y = target.doubleAt(i);
            if (!(x >= 0 && x <= 1)) {
                throw TorchException.runtime("all elements of input should be between 0 and 1");
            }
            if (!(y >= 0 && y <= 1)) {
                throw TorchException.runtime("all elements of target should be between 0 and 1");
            }
            double l1 = Math.max(RegressionLosses.round(f32, CrMath.log1p(-1.0 * x)), -100.0);
            double l2 = Math.max(RegressionLosses.round(f32, CrMath.log(x)), -100.0);
            double a = RegressionLosses.round(f32, RegressionLosses.round(f32, y - 1.0) * l1);
            double v = RegressionLosses.round(f32, a - RegressionLosses.round(f32, y * l2));
            if (w != null) {
                v = RegressionLosses.round(f32, v * w.doubleAt(i));
            }
            loss.storage().setDouble(i, v);
        }
        Tensor out = Losses.reduce(loss, reduction);
        if (Recording.needsGrad(input, target)) {
            Recording.record(new BinaryCrossEntropyBackward0(input, target, w, reduction), out, input, target);
        }
        return out;
    }

    /** binary_cross_entropy_backward's kernel, then the weight and the mean's division. */
    static Tensor backward(Tensor grad, Tensor input, Tensor target, Tensor weight, int reduction) {
        boolean f32 = input.dtype() == DType.FLOAT32;
        int n = input.numel();
        boolean scalarGrad = grad.numel() == 1 && n != 1;
        Tensor out = Tensor.empty(input.shapeRef(), input.dtype());
        for (int i = 0; i < n; i++) {
            double x = input.doubleAt(i);
            double g = grad.doubleAt(scalarGrad ? 0 : i);
            double num = RegressionLosses.round(f32, g * RegressionLosses.round(f32, x - target.doubleAt(i)));
            double den = Math.max(RegressionLosses.round(f32, RegressionLosses.round(f32, 1.0 - x) * x),
                    RegressionLosses.round(f32, EPSILON));
            double v = RegressionLosses.round(f32, num / den);
            if (weight != null) {
                v = RegressionLosses.round(f32, v * weight.doubleAt(i));
            }
            if (reduction == Losses.MEAN) {
                v = RegressionLosses.round(f32, v / n);
            }
            out.storage().setDouble(i, v);
        }
        if (Recording.needsGrad(new Tensor[] {grad, input, target})) {
            Recording.record(new BinaryCrossEntropyBackwardBackward0(grad, input, target, weight, reduction), out,
                    grad, input, target);
        }
        return out;
    }

    /** binary_cross_entropy_target_backward: {@code -logit(x) * grad} (times weight, / N for mean). */
    static Tensor targetBackward(Tensor grad, Tensor input, Tensor weight, int reduction) {
        Tensor t = Arithmetic.mul(Arithmetic.neg(logit(input)), grad);
        if (weight != null) {
            t = Arithmetic.mul(t, weight);
        }
        return reduction == Losses.MEAN ? Arithmetic.div(t, Tensor.wrappedScalar((long) input.numel())) : t;
    }

    /** {@code torch.logit(x)}: {@code x == 1 ? inf : log(x / (1 - x))}, SLEEF's log on the float32 vector path. */
    private static Tensor logit(Tensor x) {
        if (gradpad.engine.GradMode.isEnabled()) { // create_graph: differentiable (its LogitBackward0 is not modelled)
            return Unary.log(Arithmetic.div(x, Arithmetic.rsub(x, Tensor.wrappedScalar(1L))));
        }
        SleefDF sleef = new SleefDF();
        return ActivationLoops.unary(x, "logit_cpu", (v, vec) -> {
            if (v == 1f) {
                return Float.POSITIVE_INFINITY;
            }
            float q = Float32.round(v / (double) Float32.sub(1f, v));
            return vec ? sleef.logf(q) : Float32.round(CrMath.log(q));
        }, v -> v == 1.0 ? Double.POSITIVE_INFINITY : CrMath.log(v / (1.0 - v)));
    }

    static final class BinaryCrossEntropyBackward0 extends Node {
        private final SavedTensor input;
        private final SavedTensor target;
        private final Tensor weight;
        private final int reduction;

        BinaryCrossEntropyBackward0(Tensor input, Tensor target, Tensor weight, int reduction) {
            this.input = new SavedTensor(input);
            this.target = new SavedTensor(target);
            this.weight = weight;
            this.reduction = reduction;
        }

        @Override
        public String name() {
            return "BinaryCrossEntropyBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            Tensor gx = needsInputGrad(0) ? backward(g[0], x, target.unpack(), weight, reduction) : null;
            Tensor gy = needsInputGrad(1) ? targetBackward(g[0], x, weight, reduction) : null;
            return new Tensor[] {gx, gy};
        }
    }

    /**
     * FunctionsManual's binary_cross_entropy_double_backward{,_grad_output,_target}, in recorded
     * ops: d/dgrad = (x - y) / ((x + eps) * (1 - x + eps)), d/dx = (x^2 - 2xy + y) /
     * ((x + eps)^2 (1 - x + eps)^2), d/dy = -1 / ((x + eps) * (1 - x + eps)), each times the weight
     * and divided by N for mean.
     */
    static final class BinaryCrossEntropyBackwardBackward0 extends Node {
        private final SavedTensor gradOutput;
        private final SavedTensor input;
        private final SavedTensor target;
        private final Tensor weight;
        private final int reduction;

        BinaryCrossEntropyBackwardBackward0(Tensor gradOutput, Tensor input, Tensor target, Tensor weight,
                int reduction) {
            this.gradOutput = new SavedTensor(gradOutput);
            this.input = new SavedTensor(input);
            this.target = new SavedTensor(target);
            this.weight = weight;
            this.reduction = reduction;
        }

        @Override
        public String name() {
            return "BinaryCrossEntropyBackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            Tensor y = target.unpack();
            Tensor gO = gradOutput.unpack();
            Tensor eps = Tensor.wrappedScalar(EPSILON);
            Tensor xe = Arithmetic.add(x, eps);
            Tensor oneMinus = Arithmetic.add(Arithmetic.rsub(x, Tensor.wrappedScalar(1L)), eps);
            Tensor den = Arithmetic.mul(xe, oneMinus);
            Tensor gGrad = null;
            if (needsInputGrad(0)) {
                gGrad = Arithmetic.mul(scaled(Arithmetic.div(Arithmetic.sub(x, y), den), x), g[0]);
                if (reduction != Losses.NONE) {
                    gGrad = Reductions.sum(gGrad);
                }
            }
            Tensor gg = Arithmetic.mul(g[0], gO);
            Tensor gx = null;
            if (needsInputGrad(1)) {
                Tensor num = Arithmetic.add(Arithmetic.sub(Arithmetic.mul(x, x),
                        Arithmetic.mul(Arithmetic.mul(x, Tensor.wrappedScalar(2L)), y)), y);
                gx = scaled(Arithmetic.mul(Arithmetic.div(num, Arithmetic.mul(den, den)), gg), x);
            }
            Tensor gy = needsInputGrad(2) ? scaled(Arithmetic.neg(Arithmetic.div(gg, den)), x) : null;
            return new Tensor[] {gGrad, gx, gy};
        }

        private Tensor scaled(Tensor t, Tensor x) {
            Tensor r = weight == null ? t : Arithmetic.mul(t, weight);
            return reduction == Losses.MEAN ? Arithmetic.div(r, Tensor.wrappedScalar((long) x.numel())) : r;
        }
    }
}
