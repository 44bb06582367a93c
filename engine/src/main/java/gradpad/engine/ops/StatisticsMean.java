package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.Warnings;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code std_mean} and {@code var_mean} ({@code StdMeanBackward0}, {@code VarMeanBackward0}): one
 * node, two outputs. Unlike {@code var()} alone, PyTorch's CPU kernel runs Welford's update in
 * double for every shape, all-element reductions included, and the mean is Welford's mean rounded.
 */
public final class StatisticsMean {
    private StatisticsMean() {
    }

    /** Returns {std or var, mean}. */
    public static Tensor[] run(Tensor x, int[] dims, double correction, boolean keepdim, boolean sqrt) {
        String name = sqrt ? "std_mean" : "var_mean";
        if (!x.dtype().isFloatingPoint()) {
            throw TorchException.runtime(name + "(): input tensor should be either floating point or complex type, "
                    + "but got " + x.declaredDType().scalarTypeName());
        }
        boolean[] mask = Reductions.dimMask(dims, x.dim());
        int[] outShape = Reductions.reducedShape(x.shapeRef(), mask, keepdim);
        Tensor out = Tensor.empty(outShape, x.dtype());
        Tensor mean = Tensor.empty(outShape, x.dtype());
        int outN = out.numel();
        int n = x.numel();
        int per = outN == 0 ? 0 : n / outN;
        if (per - correction <= 0) {
            Warnings.warn("UserWarning", name + "(): degrees of freedom is <= 0. Correction should be strictly less "
                    + "than the reduction factor (input numel divided by output numel). (Triggered internally at "
                    + "/pytorch/aten/src/ATen/native/ReduceOps.cpp:1857.)");
        }
        double[] mu = new double[outN];
        double[] m2 = new double[outN];
        long[] count = new long[outN];
        int[] slots = Reductions.outputSlots(x.shapeRef(), mask);
        for (int i = 0; i < slots.length; i++) {
            int at = slots[i];
            double v = x.doubleAt(i);
            long c = ++count[at];
            double delta = v - mu[at];
            double newMean = mu[at] + delta / c;
            double newDelta = v - newMean;
            mu[at] = newMean;
            m2[at] = gradpad.engine.Float64.fma(delta, newDelta, m2[at]);
        }
        for (int o = 0; o < outN; o++) {
            double divisor = count[o] > correction ? count[o] - correction : 0;
            double var = count[o] == 0 ? Double.NaN : m2[o] / divisor;
            out.storage().setDouble(o, sqrt ? Math.sqrt(var) : var);
            mean.storage().setDouble(o, count[o] == 0 ? Double.NaN : mu[o]);
        }
        Tensor[] r = {out, mean};
        if (Recording.needsGrad(x)) {
            Recording.recordMulti(new MeanBackward(sqrt, x, out, dims == null || dims.length == 0 ? null : mask,
                    correction, keepdim), r, x);
        }
        return r;
    }

    /** var_backward (std_backward) of the first output's gradient plus mean_backward of the second's. */
    static final class MeanBackward extends Node {
        private final boolean std;
        private final SavedTensor self;
        private final SavedTensor result;
        private final boolean[] mask;
        private final double correction;
        private final boolean keepdim;

        MeanBackward(boolean std, Tensor self, Tensor result, boolean[] mask, double correction, boolean keepdim) {
            this.std = std;
            this.self = new SavedTensor(self);
            this.result = std ? new SavedTensor(result, this) : null;
            this.mask = mask;
            this.correction = correction;
            this.keepdim = keepdim;
        }

        @Override
        public String name() {
            return std ? "StdMeanBackward0" : "VarMeanBackward0";
        }

        @Override
        public int numOutputs() {
            return 2;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor gself = null;
            if (g[0] != null) {
                gself = Statistics.gradient(std, x, std ? result.unpack() : null, g[0], mask, correction, keepdim);
            }
            if (g[1] != null) {
                Tensor gm = g[1];
                long count = 1;
                if (mask == null) {
                    count = x.numel();
                } else {
                    for (int d = 0; d < mask.length; d++) {
                        if (mask[d]) {
                            count *= x.shapeRef()[d];
                            if (!keepdim && x.dim() > 0) {
                                gm = Views.unsqueeze(gm, d);
                            }
                        }
                    }
                }
                Tensor aux = Arithmetic.div(Views.expand(gm, x.shape()), Tensor.wrappedScalar(count));
                gself = gself == null ? aux : Arithmetic.add(gself, aux);
            }
            return new Tensor[] {gself};
        }
    }
}
