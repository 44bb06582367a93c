package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code norm} as PyTorch 2.x runs it, through {@code torch.linalg.vector_norm}
 * ({@code LinalgVectorNormBackward0}): p = 2 (also 'fro'), 1, inf, -inf, 0 or any other order,
 * over all elements or a dim list. Sums run in double and round once, so a float32 result can
 * differ from PyTorch's vectorised float loop in the last bit (not at printed precision).
 */
public final class Norms {
    private Norms() {
    }

    /** {@code x.norm(p, dim, keepdim)}; dims null means all elements. */
    public static Tensor norm(Tensor x, double p, int[] dims, boolean keepdim) {
        if (!x.dtype().isFloatingPoint()) {
            throw TorchException.runtime("linalg.vector_norm: Expected a floating point or complex tensor as input. "
                    + "Got " + x.dtype().scalarTypeName());
        }
        boolean[] mask = Reductions.dimMask(dims, x.dim());
        int[] shape = x.shapeRef();
        if (Double.isInfinite(p) && x.numel() == 0) {
            throw TorchException.runtime("linalg.vector_norm cannot compute the " + (p > 0 ? "inf" : "-inf")
                    + " norm on an empty tensor because the operation does not have an identity");
        }
        Tensor out = Tensor.empty(Reductions.reducedShape(shape, mask, keepdim), x.dtype());
        int outN = out.numel();
        double[] acc = new double[outN];
        boolean[] started = new boolean[outN];
        int[] slots = Reductions.outputSlots(shape, mask);
        for (int i = 0; i < slots.length; i++) {
            int at = slots[i];
            double a = Math.abs(x.doubleAt(i));
            acc[at] = step(acc[at], a, p, started[at]);
            started[at] = true;
        }
        for (int o = 0; o < outN; o++) {
            out.storage().setDouble(o, finish(acc[o], p));
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new LinalgVectorNormBackward0(x, out, p, dims == null ? null : mask, keepdim), out, x);
        }
        return out;
    }

    private static double step(double acc, double a, double p, boolean started) {
        if (a != a || acc != acc) {
            return Double.NaN;
        }
        if (p == Double.POSITIVE_INFINITY) {
            return started ? Math.max(acc, a) : a;
        }
        if (p == Double.NEGATIVE_INFINITY) {
            return started ? Math.min(acc, a) : a;
        }
        if (p == 0) {
            return a != 0 ? acc + 1 : acc;
        }
        if (p == 1) {
            return acc + a;
        }
        if (p == 2) {
            return acc + a * a;
        }
        return acc + Math.pow(a, p);
    }

    private static double finish(double acc, double p) {
        if (p == 2) {
            return Math.sqrt(acc);
        }
        if (p == 0 || p == 1 || Double.isInfinite(p)) {
            return acc;
        }
        return Math.pow(acc, 1.0 / p);
    }

    /** PyTorch's {@code norm_backward} for each order. */
    static final class LinalgVectorNormBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor result;
        private final double p;
        private final boolean[] mask;
        private final boolean keepdim;

        LinalgVectorNormBackward0(Tensor self, Tensor result, double p, boolean[] mask, boolean keepdim) {
            this.self = new SavedTensor(self);
            this.result = new SavedTensor(result, this);
            this.p = p;
            this.mask = mask;
            this.keepdim = keepdim;
        }

        @Override
        public String name() {
            return "LinalgVectorNormBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor grad = g[0];
            Tensor norm = result.unpack();
            if (!keepdim && x.dim() != 0 && mask != null) {
                for (int d = 0; d < mask.length; d++) {
                    if (mask[d]) {
                        grad = Views.unsqueeze(grad, d);
                        norm = Views.unsqueeze(norm, d);
                    }
                }
            }
            Tensor zero = Tensor.wrappedScalar(0L);
            Tensor sgn = Unary.piecewiseConstant(UnaryKernel.SIGN, "SgnBackward0", x);
            if (p == 0) {
                return new Tensor[] {Creation.zerosLike(x)};
            }
            if (p == 1) {
                return new Tensor[] {Arithmetic.mul(sgn, grad)};
            }
            if (p == 2) {
                Tensor ratio = Pointwise.where(Comparison.eq(norm, zero), zero, Arithmetic.div(x, norm));
                return new Tensor[] {Arithmetic.mul(grad, ratio)};
            }
            if (Double.isInfinite(p)) {
                Tensor abs = Unary.abs(x);
                Tensor hit = Pointwise.logicalOr(Comparison.eq(abs, norm), Comparison.ne(abs, abs));
                Tensor count = ReduceKernel.sum(hit, mask == null ? Reductions.allDims(x.dim()) : mask, true,
                        gradpad.engine.DType.INT64);
                Tensor share = Arithmetic.mul(Arithmetic.div(grad, count), hit);
                return new Tensor[] {Arithmetic.mul(sgn, share)};
            }
            Tensor abs = Unary.abs(x);
            if (p < 1) {
                Tensor powered = Arithmetic.pow(abs, Tensor.wrappedScalar(p - 1));
                Tensor scaled = Arithmetic.mul(sgn, Pointwise.where(Comparison.eq(x, zero), zero, powered));
                return new Tensor[] {Arithmetic.mul(Arithmetic.mul(scaled, grad),
                        Arithmetic.pow(norm, Tensor.wrappedScalar(1 - p)))};
            }
            Tensor scaled = p < 2 ? Arithmetic.mul(sgn, Arithmetic.pow(abs, Tensor.wrappedScalar(p - 1)))
                    : Arithmetic.mul(x, Arithmetic.pow(abs, Tensor.wrappedScalar(p - 2)));
            Tensor scale = Arithmetic.div(grad, Arithmetic.pow(norm, Tensor.wrappedScalar(p - 1)));
            scale = Pointwise.where(Comparison.eq(norm, zero), zero, scale);
            return new Tensor[] {Arithmetic.mul(scaled, scale)};
        }

    }
}
