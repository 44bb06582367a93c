package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code F.l1_loss}, {@code F.smooth_l1_loss} and {@code F.huber_loss} as PyTorch 2.11 runs them:
 * the size-mismatch warning and broadcast_tensors of torch.nn.functional, then l1_loss as the
 * composite {@code (input - target).abs().mean()} (grad_fn MeanBackward0, SumBackward0 or
 * AbsBackward0), smooth_l1 and huber as fused kernels ({@code SmoothL1LossBackward0},
 * {@code HuberLossBackward0}, and their BackwardBackward0 nodes under create_graph).
 */
public final class RegressionLosses {
    private RegressionLosses() {
    }

    private static final int SMOOTH_L1 = 0;
    private static final int HUBER = 1;

    public static Tensor l1Loss(Tensor input, Tensor target, int reduction) {
        Tensor[] b = broadcast(input, target);
        Tensor abs = Unary.abs(Arithmetic.sub(b[0], b[1]));
        return reduction == Losses.MEAN ? Reductions.mean(abs) : reduction == Losses.SUM ? Reductions.sum(abs) : abs;
    }

    public static Tensor smoothL1Loss(Tensor input, Tensor target, int reduction, double beta) {
        Tensor[] b = broadcast(input, target);
        // beta 0 stays one SmoothL1LossBackward0 node (as torch 1.13 records it), computing l1
        if (!(beta >= 0)) {
            throw TorchException.runtime("smooth_l1_loss does not support negative values for beta.");
        }
        return fused(SMOOTH_L1, b[0], b[1], reduction, beta);
    }

    public static Tensor huberLoss(Tensor input, Tensor target, int reduction, double delta) {
        Tensor[] b = broadcast(input, target);
        if (!(delta > 0)) {
            throw TorchException.runtime("huber_loss does not support non-positive values for delta.");
        }
        return fused(HUBER, b[0], b[1], reduction, delta);
    }

    /** torch.nn.functional's warning, then torch.broadcast_tensors (recorded expands where a shape changes). */
    private static Tensor[] broadcast(Tensor input, Tensor target) {
        if (!java.util.Arrays.equals(input.shapeRef(), target.shapeRef())) {
            gradpad.engine.Warnings.warn("UserWarning", "Using a target size (" + Shape.sizeRepr(target.shapeRef())
                    + ") that is different to the input size (" + Shape.sizeRepr(input.shapeRef()) + "). This will "
                    + "likely lead to incorrect results due to broadcasting. Please ensure they have the same size.");
            int[] shape = Shape.broadcast(input.shapeRef(), target.shapeRef());
            return new Tensor[] {expandTo(input, shape), expandTo(target, shape)};
        }
        return new Tensor[] {input, target};
    }

    private static Tensor expandTo(Tensor t, int[] shape) {
        return java.util.Arrays.equals(t.shapeRef(), shape) ? t : Views.expand(t, shape);
    }

    private static Tensor fused(int kind, Tensor input, Tensor target, int reduction, double p) {
        DType dt = TypePromotion.resultType(input, target);
        if (!dt.isFloatingPoint()) {
            throw TorchException.runtime("\"" + (kind == HUBER ? "huber_cpu" : "smooth_l1_cpu")
                    + "\" not implemented for '" + dt.scalarTypeName() + "'");
        }
        boolean f32 = dt == DType.FLOAT32;
        double pp = round(f32, p);
        double half = round(f32, 0.5 * pp);
        int n = input.numel();
        Tensor loss = Tensor.empty(input.shapeRef(), dt);
        for (int i = 0; i < n; i++) {
            double z = Math.abs(round(f32, input.doubleAt(i) - target.doubleAt(i)));
            double v;
            if (kind == SMOOTH_L1) {
                v = z < pp ? round(f32, round(f32, round(f32, 0.5 * z) * z) / pp) : round(f32, z - half);
            } else {
                v = z < pp ? round(f32, round(f32, 0.5 * z) * z) : round(f32, pp * round(f32, z - half));
            }
            loss.storage().setDouble(i, v);
        }
        Tensor out = Losses.reduce(loss, reduction);
        if (Recording.needsGrad(input, target)) {
            Recording.record(new LossBackward0(kind, input, target, reduction, p), out, input, target);
        }
        return out;
    }

    static double round(boolean f32, double v) {
        return f32 ? Float32.round(v) : v;
    }

    /**
     * smooth_l1_loss_backward / huber_loss_backward: the derivative in (input - target), times
     * norm (1/N for mean) and the incoming gradient, in PyTorch's kernels' order of operations
     * (smooth_l1's vectorised path divides by beta before multiplying, its scalar tail after).
     */
    static Tensor backward(int kind, Tensor grad, Tensor input, Tensor target, int reduction, double p) {
        DType dt = TypePromotion.resultType(input, target, grad);
        boolean f32 = dt == DType.FLOAT32;
        int n = input.numel();
        double norm = round(f32, reduction == Losses.MEAN ? 1.0 / n : 1.0);
        double pp = round(f32, p);
        boolean scalarGrad = grad.numel() == 1 && n != 1;
        boolean[] vector = f32 && kind == SMOOTH_L1 ? UnaryKernel.vectorPath(input) : null;
        Tensor out = Tensor.empty(input.shapeRef(), dt);
        for (int i = 0; i < n; i++) {
            double g = grad.doubleAt(scalarGrad ? 0 : i);
            double x = round(f32, input.doubleAt(i) - target.doubleAt(i));
            double v;
            if (kind == SMOOTH_L1 && pp == 0.0) { // l1_loss_backward: sign(x) * norm * grad
                v = x == 0.0 || x != x ? 0.0 * x : round(f32, (x > 0 ? norm : -1.0 * norm) * g);
            } else if (kind == SMOOTH_L1) {
                if (vector != null && vector[i]) {
                    double d = x >= pp ? 1.0 : x <= -1.0 * pp ? -1.0 : round(f32, x / pp);
                    v = round(f32, round(f32, norm * d) * g);
                } else {
                    v = x <= -1.0 * pp ? round(f32, -1.0 * norm * g) : x >= pp ? round(f32, norm * g)
                            : round(f32, round(f32, round(f32, norm * x) * g) / pp);
                }
            } else {
                v = x <= -1.0 * pp ? round(f32, round(f32, -1.0 * norm * g) * pp)
                        : x >= pp ? round(f32, round(f32, norm * g) * pp) : round(f32, round(f32, norm * x) * g);
            }
            out.storage().setDouble(i, v);
        }
        if (Recording.needsGrad(new Tensor[] {grad, input, target})) {
            Recording.record(new LossBackwardBackward0(kind, grad, input, target, reduction, p), out, grad, input,
                    target);
        }
        return out;
    }

    static String nodeName(int kind) {
        return kind == HUBER ? "HuberLoss" : "SmoothL1Loss";
    }

    static final class LossBackward0 extends Node {
        private final int kind;
        private final SavedTensor input;
        private final SavedTensor target;
        private final int reduction;
        private final double p;

        LossBackward0(int kind, Tensor input, Tensor target, int reduction, double p) {
            this.kind = kind;
            this.input = new SavedTensor(input);
            this.target = new SavedTensor(target);
            this.reduction = reduction;
            this.p = p;
        }

        @Override
        public String name() {
            return nodeName(kind) + "Backward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            Tensor y = target.unpack();
            // derivatives.yaml: the target's gradient is the same backward with the operands swapped
            Tensor gx = needsInputGrad(0) ? backward(kind, g[0], x, y, reduction, p) : null;
            Tensor gy = needsInputGrad(1) ? backward(kind, g[0], y, x, reduction, p) : null;
            return new Tensor[] {gx, gy};
        }
    }

    /**
     * The backward's own derivative (FunctionsManual's *_double_backward): for grad_output the
     * backward again (summed to its shape by the engine), for input and target
     * {@code +-ggI * gO * (|input - target| < p)}, divided by beta (smooth_l1) and N (mean).
     */
    static final class LossBackwardBackward0 extends Node {
        private final int kind;
        private final SavedTensor gradOutput;
        private final SavedTensor input;
        private final SavedTensor target;
        private final int reduction;
        private final double p;

        LossBackwardBackward0(int kind, Tensor gradOutput, Tensor input, Tensor target, int reduction, double p) {
            this.kind = kind;
            this.gradOutput = new SavedTensor(gradOutput);
            this.input = new SavedTensor(input);
            this.target = new SavedTensor(target);
            this.reduction = reduction;
            this.p = p;
        }

        @Override
        public String name() {
            return nodeName(kind) + "BackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            Tensor y = target.unpack();
            Tensor gO = gradOutput.unpack();
            Tensor gGrad = null;
            if (needsInputGrad(0)) {
                gGrad = reduction == Losses.NONE ? backward(kind, g[0], x, y, reduction, p)
                        : Reductions.sum(Arithmetic.mul(backward(kind, Creation.onesLike(gO), x, y, reduction, p),
                                g[0]));
            }
            Tensor second = null;
            if ((needsInputGrad(1) || needsInputGrad(2)) && p == 0.0) { // PyTorch: zeros, no division by beta
                second = Creation.zerosLike(g[0]);
            } else if (needsInputGrad(1) || needsInputGrad(2)) {
                Tensor inside = Comparison.lt(Unary.abs(Arithmetic.sub(x, y)), Tensor.wrappedScalar(p));
                second = Arithmetic.mul(Arithmetic.mul(g[0], gO), Conversion.to(inside, g[0].dtype()));
                if (kind == SMOOTH_L1) {
                    second = Arithmetic.div(second, Tensor.wrappedScalar(p));
                }
                if (reduction == Losses.MEAN) {
                    second = Arithmetic.div(second, Tensor.wrappedScalar((long) x.numel()));
                }
            }
            return new Tensor[] {gGrad, needsInputGrad(1) ? second : null,
                    needsInputGrad(2) ? Arithmetic.neg(second) : null};
        }
    }
}
