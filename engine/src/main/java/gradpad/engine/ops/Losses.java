package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * Loss functions as single autograd nodes, as PyTorch records them: {@code mse_loss}
 * ({@code MseLossBackward0}), {@code nll_loss} ({@code NllLossBackward0}) and
 * {@code binary_cross_entropy_with_logits}. Reduction is "mean", "sum" or "none".
 */
public final class Losses {
    private Losses() {
    }

    public static final int NONE = 0;
    public static final int MEAN = 1;
    public static final int SUM = 2;

    public static int reduction(String name) {
        switch (name) {
            case "none": return NONE;
            case "mean": return MEAN;
            case "sum": return SUM;
            default: throw TorchException.value(name + " is not a valid value for reduction");
        }
    }

    static Tensor reduce(Tensor t, int reduction) {
        boolean previous = gradpad.engine.GradMode.set(false);
        try {
            return reduction == MEAN ? Reductions.mean(t) : reduction == SUM ? Reductions.sum(t) : t;
        } finally {
            gradpad.engine.GradMode.set(previous);
        }
    }

    /** {@code F.mse_loss(input, target)}: mean((input - target)^2). */
    public static Tensor mseLoss(Tensor input, Tensor target, int reduction) {
        if (!java.util.Arrays.equals(input.shapeRef(), target.shapeRef())) {
            gradpad.engine.Warnings.warn("UserWarning", "Using a target size (" + Shape.sizeRepr(target.shapeRef())
                    + ") that is different to the input size (" + Shape.sizeRepr(input.shapeRef()) + "). This will "
                    + "likely lead to incorrect results due to broadcasting. Please ensure they have the same size.");
        }
        Tensor diff = BinaryKernel.run(BinaryKernel.SUB, input, target, gradpad.engine.TypePromotion.resultType(input,
                target));
        Tensor sq = UnaryKernel.run(UnaryKernel.SQUARE, diff, diff.dtype());
        Tensor out = reduce(sq, reduction);
        if (Recording.needsGrad(input, target)) {
            Recording.record(new MseLossBackward0(input, target, reduction), out, input, target);
        }
        return out;
    }

    static final class MseLossBackward0 extends Node {
        private final SavedTensor input;
        private final SavedTensor target;
        private final int reduction;

        MseLossBackward0(Tensor input, Tensor target, int reduction) {
            this.input = new SavedTensor(input);
            this.target = new SavedTensor(target);
            this.reduction = reduction;
        }

        @Override
        public String name() {
            return "MseLossBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            Tensor y = target.unpack();
            int[] shape = Shape.broadcast(x.shapeRef(), y.shapeRef());
            double norm = reduction == MEAN ? 2.0 / Shape.numel(shape) : 2.0;
            // PyTorch's kernel: norm * (x - y) * grad, each step in the tensor's dtype.
            Tensor r = Arithmetic.mul(Arithmetic.mul(Arithmetic.sub(x, y), Tensor.wrappedScalar(norm)), g[0]);
            Tensor gx = Reductions.sumToShape(r, x.shapeRef());
            Tensor gy = y.requiresGrad() ? Reductions.sumToShape(Arithmetic.neg(r), y.shapeRef()) : null;
            return new Tensor[] {gx, gy};
        }

    }

    /**
     * {@code F.nll_loss(logp, target)}: minus the log-probability of each row's target class,
     * averaged (mean) or summed; {@code ignore_index} rows are skipped.
     */
    public static Tensor nllLoss(Tensor logp, Tensor target, int reduction, long ignoreIndex) {
        if (logp.dim() != 2 && logp.dim() != 1) {
            throw TorchException.runtime("gradpad: nll_loss supports (N, C) and (C,) inputs, got "
                    + logp.dim() + "-D");
        }
        // nll_loss_nd's batch check, then nll_loss's target checks, in PyTorch's order
        if (logp.dim() == 2 && target.dim() > 0 && target.shapeRef()[0] != logp.shapeRef()[0]) {
            throw TorchException.value("Expected input batch_size (" + logp.shapeRef()[0]
                    + ") to match target batch_size (" + target.shapeRef()[0] + ").");
        }
        if (target.dim() > 1) {
            throw TorchException.runtime("0D or 1D target tensor expected, multi-target not supported");
        }
        if (target.declaredDType() != DType.INT64) { // int32 is stored as int64: ask what the user made
            throw TorchException.runtime("expected scalar type Long but found "
                    + target.declaredDType().scalarTypeName());
        }
        Tensor x = logp.dim() == 1 ? Views.unsqueezeData(logp, 0) : logp;
        Tensor t = target.dim() == 0 ? Views.unsqueezeData(target, 0) : target;
        int n = x.shapeRef()[0];
        int c = x.shapeRef()[1];
        if (t.numel() != n) {
            throw TorchException.value("Expected input batch_size (" + n + ") to match target batch_size ("
                    + t.numel() + ").");
        }
        int counted = 0;
        double[] losses = new double[n];
        for (int i = 0; i < n; i++) {
            long cls = t.longAt(i);
            if (cls == ignoreIndex) {
                continue;
            }
            if (cls < 0 || cls >= c) {
                throw TorchException.index("Target " + cls + " is out of bounds.");
            }
            losses[i] = -x.doubleAt(i * c + (int) cls);
            counted++;
        }
        Tensor out;
        if (reduction == NONE) {
            out = Tensor.empty(new int[] {n}, x.dtype());
            for (int i = 0; i < n; i++) {
                out.storage().setDouble(i, losses[i]);
            }
        } else {
            double sum = 0;
            float sum32 = 0f;
            for (int i = 0; i < n; i++) {
                sum += losses[i];
                sum32 = Float32.round(sum32 + (float) losses[i]);
            }
            double total = x.dtype() == DType.FLOAT32 ? sum32 : sum;
            if (reduction == MEAN) {
                total = x.dtype() == DType.FLOAT32 ? Float32.round(total / counted) : total / counted;
            }
            out = Tensor.empty(new int[0], x.dtype());
            out.storage().setDouble(0, total);
        }
        if (Recording.needsGrad(logp)) {
            Recording.record(new NllLossBackward0(logp, target, reduction, ignoreIndex, counted), out, logp);
        }
        return out;
    }

    static final class NllLossBackward0 extends Node {
        private final int[] shape;
        private final DType dtype;
        private final SavedTensor target;
        private final int reduction;
        private final long ignoreIndex;
        private final int counted;

        NllLossBackward0(Tensor logp, Tensor target, int reduction, long ignoreIndex, int counted) {
            this.shape = logp.shapeRef();
            this.dtype = logp.dtype();
            this.target = new SavedTensor(target);
            this.reduction = reduction;
            this.ignoreIndex = ignoreIndex;
            this.counted = counted;
        }

        @Override
        public String name() {
            return "NllLossBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor t = target.unpack();
            if (gradpad.engine.GradMode.isEnabled()) {
                return new Tensor[] {recorded(t, g[0])};
            }
            Tensor grad = Creation.zeros(shape, dtype);
            int c = shape[shape.length - 1];
            int n = shape.length == 1 ? 1 : shape[0];
            for (int i = 0; i < n; i++) {
                long cls = t.dim() == 0 ? t.longAt(0) : t.longAt(i);
                if (cls == ignoreIndex) {
                    continue;
                }
                double gi = reduction == NONE ? g[0].doubleAt(i) : g[0].doubleAt(0);
                double w = reduction == MEAN ? -gi / counted : -gi;
                grad.storage().setDouble(i * c + (int) cls, w);
            }
            return new Tensor[] {grad};
        }

        /**
         * The same values, -(grad / counted) (or -grad) at each row's target, built with a recorded
         * scatter so that a create_graph backward can be differentiated again.
         */
        private Tensor recorded(Tensor t, Tensor grad) {
            int n = shape.length == 1 ? 1 : shape[0];
            long[] index = new long[n];
            boolean[] keep = new boolean[n];
            for (int i = 0; i < n; i++) {
                long cls = t.dim() == 0 ? t.longAt(0) : t.longAt(i);
                keep[i] = cls != ignoreIndex;
                index[i] = keep[i] ? cls : 0;
            }
            Tensor v = reduction == MEAN ? Arithmetic.div(grad, Tensor.wrappedScalar((long) counted)) : grad;
            v = Pointwise.where(Tensor.of(keep, n), Arithmetic.neg(v), Tensor.wrappedScalar(0L));
            if (shape.length == 1) {
                return Gather.scatterAddOntoZeros(shape, dtype, 0, Tensor.of(index, 1), Views.reshape(v, new int[] {1}));
            }
            return Gather.scatterAddOntoZeros(shape, dtype, 1, Tensor.of(index, n, 1), Views.reshape(v, new int[] {n, 1}));
        }

    }

    /**
     * {@code F.binary_cross_entropy_with_logits(x, y)}: (1 - y) * x - log_sigmoid(x), in PyTorch's
     * stable form {@code (1 - y) * x + max(-x, 0) + log(exp(-max) + exp(-x - max))}.
     */
    public static Tensor bceWithLogits(Tensor x, Tensor y, int reduction) {
        if (!java.util.Arrays.equals(x.shapeRef(), y.shapeRef())) {
            throw TorchException.value("Target size (" + Shape.sizeRepr(y.shapeRef()) + ") must be the same as input "
                    + "size (" + Shape.sizeRepr(x.shapeRef()) + ")");
        }
        // PyTorch computes (1 - target).mul_(input): an integer target cannot hold the product,
        // and 1 - target on bools is a bool subtraction (C++'s Scalar - Tensor fills a bool tensor).
        if (y.dtype() == DType.BOOL) {
            throw TorchException.runtime("Subtraction, the `-` operator, with two bool tensors is not supported. "
                    + "Use the `^` or `logical_xor()` operator instead.");
        }
        if (!y.dtype().isFloatingPoint() && x.dtype().isFloatingPoint()) {
            throw TorchException.runtime("result type " + x.declaredDType().scalarTypeName()
                    + " can't be cast to the desired output type " + y.declaredDType().scalarTypeName());
        }
        boolean previous = gradpad.engine.GradMode.set(false);
        Tensor loss;
        try {
            Tensor maxVal = Pointwise.clamp(Arithmetic.neg(x), 0.0, null);
            Tensor a = Arithmetic.mul(Arithmetic.rsub(y, Tensor.wrappedScalar(1L)), x);
            Tensor lse = Unary.log(Arithmetic.add(Unary.exp(Arithmetic.neg(maxVal)),
                    Unary.exp(Arithmetic.sub(Arithmetic.neg(x), maxVal))));
            loss = Arithmetic.add(Arithmetic.add(a, maxVal), lse);
        } finally {
            gradpad.engine.GradMode.set(previous);
        }
        Tensor out = reduce(loss, reduction);
        if (Recording.needsGrad(x, y)) {
            Recording.record(new BceWithLogitsBackward0(x, y, reduction), out, x, y);
        }
        return out;
    }

    static final class BceWithLogitsBackward0 extends Node {
        private final SavedTensor x;
        private final SavedTensor y;
        private final int reduction;

        BceWithLogitsBackward0(Tensor x, Tensor y, int reduction) {
            this.x = new SavedTensor(x);
            this.y = new SavedTensor(y);
            this.reduction = reduction;
        }

        @Override
        public String name() {
            return "BinaryCrossEntropyWithLogitsBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor xs = x.unpack();
            Tensor ys = y.unpack();
            // PyTorch: (sigmoid(x) - y) * grad and -x * grad, then divided by N for mean (in that order)
            Tensor gx = Arithmetic.mul(Arithmetic.sub(Unary.sigmoid(xs), ys), g[0]);
            Tensor gy = ys.requiresGrad() ? Arithmetic.mul(Arithmetic.neg(xs), g[0]) : null;
            if (reduction == MEAN) {
                Tensor n = Tensor.wrappedScalar((long) xs.numel());
                gx = Arithmetic.div(gx, n);
                gy = gy == null ? null : Arithmetic.div(gy, n);
            }
            return new Tensor[] {gx, gy};
        }

    }
}
