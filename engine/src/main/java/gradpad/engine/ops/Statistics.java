package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.Warnings;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code var} ({@code VarBackward0}) and {@code std} ({@code StdBackward0}) with a dim list (null
 * for all), a correction (1 = unbiased, 0 = population) and keepdim. As on PyTorch's CPU, a
 * reduction to one element takes the float mean and sums squared deviations in double; others
 * run Welford's update in double per output; the result is rounded once.
 */
public final class Statistics {
    private Statistics() {
    }

    public static Tensor var(Tensor x, int[] dims, double correction, boolean keepdim) {
        return run(x, dims, correction, keepdim, false);
    }

    public static Tensor std(Tensor x, int[] dims, double correction, boolean keepdim) {
        return run(x, dims, correction, keepdim, true);
    }

    private static Tensor run(Tensor x, int[] dims, double correction, boolean keepdim, boolean sqrt) {
        if (!x.dtype().isFloatingPoint()) {
            throw TorchException.runtime("std and var only support floating point and complex dtypes");
        }
        boolean[] mask = Reductions.dimMask(dims, x.dim());
        int[] shape = x.shapeRef();
        Tensor out = Tensor.empty(Reductions.reducedShape(shape, mask, keepdim), x.dtype());
        int outN = out.numel();
        int n = x.numel();
        int per = outN == 0 ? 0 : n / outN;
        if (per - correction <= 0) {
            Warnings.warn("UserWarning", (sqrt ? "std" : "var") + "(): degrees of freedom is <= 0. Correction should "
                    + "be strictly less than the reduction factor (input numel divided by output numel). (Triggered "
                    + "internally at /pytorch/aten/src/ATen/native/ReduceOps.cpp:1857.)");
        }
        if (n == 0) {
            for (int i = 0; i < outN; i++) {
                out.storage().setDouble(i, Double.NaN);
            }
        } else if (outN == 1) {
            out.storage().setDouble(0, allReduce(x, correction, sqrt));
        } else {
            welford(x, mask, out, correction, sqrt);
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new VarianceBackward(sqrt, x, out,
                    dims == null || dims.length == 0 ? null : mask, correction, keepdim), out, x);
        }
        return out;
    }

    /** {@code std_var_all_cpu}: the mean in the tensor's dtype, then sum((x - mean)^2) in double. */
    private static double allReduce(Tensor x, double correction, boolean sqrt) {
        Tensor s = ReduceKernel.sum(x, Reductions.allDims(x.dim()), false, x.dtype());
        double mean = BinaryKernel.run(BinaryKernel.DIV, s, Tensor.wrappedScalar((long) x.numel()), x.dtype())
                .doubleAt(0);
        int n = x.numel();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double dx = x.doubleAt(i) - mean;
            sum += dx * dx;
        }
        double var = sum / Math.max(0.0, n - correction);
        return sqrt ? Math.sqrt(var) : var;
    }

    /** Welford's update ({@code WelfordOps}) in double, over each output's elements in row-major order. */
    private static void welford(Tensor x, boolean[] mask, Tensor out, double correction, boolean sqrt) {
        int[] shape = x.shapeRef();
        int outN = out.numel();
        double[] mean = new double[outN];
        double[] m2 = new double[outN];
        long[] count = new long[outN];
        int[] slots = Reductions.outputSlots(shape, mask);
        for (int i = 0; i < slots.length; i++) {
            int at = slots[i];
            double v = x.doubleAt(i);
            long c = ++count[at];
            double delta = v - mean[at];
            double newMean = mean[at] + delta / c;
            double newDelta = v - newMean;
            mean[at] = newMean;
            m2[at] = gradpad.engine.Float64.fma(delta, newDelta, m2[at]);
        }
        for (int o = 0; o < outN; o++) {
            double divisor = count[o] > correction ? count[o] - correction : 0;
            double var = m2[o] / divisor;
            out.storage().setDouble(o, sqrt ? Math.sqrt(var) : var);
        }
    }

    /** PyTorch's {@code var_backward}, and {@code std_backward} on top of it. */
    static final class VarianceBackward extends Node {
        private final boolean std;
        private final SavedTensor self;
        private final SavedTensor result;
        private final boolean[] mask;
        private final double correction;
        private final boolean keepdim;

        VarianceBackward(boolean std, Tensor self, Tensor result, boolean[] mask, double correction, boolean keepdim) {
            this.std = std;
            this.self = new SavedTensor(self);
            this.result = std ? new SavedTensor(result, this) : null;
            this.mask = mask;
            this.correction = correction;
            this.keepdim = keepdim;
        }

        @Override
        public String name() {
            return std ? "StdBackward0" : "VarBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {gradient(std, self.unpack(), std ? result.unpack() : null, g[0], mask, correction,
                    keepdim)};
        }
    }

    /**
     * {@code var_backward} of {@code grad} ({@code std_backward} on top when {@code std}, which needs
     * the forward {@code result}); shared by var/std and var_mean/std_mean.
     */
    static Tensor gradient(boolean std, Tensor x, Tensor result, Tensor grad, boolean[] mask, double correction,
            boolean keepdim) {
        Tensor zero = Tensor.wrappedScalar(0L);
        if (std) {
            // (grad / (result * 2)).masked_fill_(result == 0, 0)
            Tensor scaled = Arithmetic.div(grad, Arithmetic.mul(result, Tensor.wrappedScalar(2L)));
            grad = Pointwise.where(Comparison.eq(result, zero), zero, scaled);
        }
        if (x.dim() == 0 || mask == null) {
            double dof = x.numel() - correction;
            if (dof <= 0) {
                Tensor same = Comparison.eq(x, Reductions.mean(x));
                return Arithmetic.mul(grad, Pointwise.where(same, Tensor.wrappedScalar(Double.NaN),
                        Tensor.wrappedScalar(Double.POSITIVE_INFINITY)));
            }
            Tensor scale = Arithmetic.mul(Tensor.wrappedScalar(2.0 / dof), grad);
            return Arithmetic.mul(scale, Arithmetic.sub(x, Reductions.mean(x)));
        }
        int[] dims = new int[mask.length];
        int nd = 0;
        long rnumel = 1;
        for (int d = 0; d < mask.length; d++) {
            if (mask[d]) {
                dims[nd++] = d;
                rnumel *= x.shapeRef()[d];
            }
        }
        dims = java.util.Arrays.copyOf(dims, nd);
        if (!keepdim && x.dim() > 1) {
            for (int d : dims) {
                grad = Views.unsqueeze(grad, d);
            }
        }
        Tensor scale = Arithmetic.mul(Tensor.wrappedScalar(2.0 / (rnumel - correction)), grad);
        Tensor centered = Arithmetic.sub(x, Reductions.mean(x, dims, true, null));
        return Arithmetic.mul(scale, centered);
    }
}
