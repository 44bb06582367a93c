package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code prelu(x, weight)}: {@code x > 0 ? x : w * x} with one weight or one per channel (dim 1),
 * recorded as PyTorch 2's {@code PreluKernelBackward0}. Exact: one multiply per element.
 */
public final class Prelu {
    private Prelu() {
    }

    public static Tensor apply(Tensor x, Tensor weight) {
        int n = weight.numel();
        if (weight.dim() > 1) {
            throw TorchException.runtime("prelu: Expected `weight` to be a scalar or 1D tensor, but got: ndim = "
                    + weight.dim());
        }
        if (n != 1) {
            int channels = x.dim() >= 2 ? x.shapeRef()[1] : 1;
            if (x.dim() == 0 || channels != n) {
                throw TorchException.runtime("Mismatch of parameter numbers and input channel size. Found parameter "
                        + "numbers = " + n + " and channel size = " + channels + ".");
            }
        }
        Tensor w = weightView(x, weight);
        Tensor out;
        boolean previous = gradpad.engine.GradMode.set(false);
        try {
            out = Pointwise.where(Comparison.gt(x, Tensor.wrappedScalar(0L)), x, Arithmetic.mul(w, x));
        } finally {
            gradpad.engine.GradMode.set(previous);
        }
        if (Recording.needsGrad(x, weight)) {
            Recording.record(new PreluKernelBackward0(x, weight), out, x, weight);
        }
        return out;
    }

    /** The weight shaped to broadcast along dim 1: [C, 1, ..., 1] (or as is for one weight). */
    static Tensor weightView(Tensor x, Tensor weight) {
        if (weight.numel() == 1 || x.dim() < 2) {
            return weight.dim() == 0 ? weight : Views.reshape(weight, new int[0]);
        }
        int[] shape = new int[x.dim() - 1];
        java.util.Arrays.fill(shape, 1);
        shape[0] = weight.numel();
        return Views.reshape(weight, shape);
    }

    /** x: where(x > 0, grad, w * grad); weight: where(x > 0, 0, x * grad) summed to the weight's shape. */
    static final class PreluKernelBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor weight;

        PreluKernelBackward0(Tensor self, Tensor weight) {
            this.self = new SavedTensor(self);
            this.weight = new SavedTensor(weight);
        }

        @Override
        public String name() {
            return "PreluKernelBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor wt = weight.unpack();
            Tensor w = weightView(x, wt);
            Tensor pos = Comparison.gt(x, Tensor.wrappedScalar(0L));
            Tensor gx = needsInputGrad(0) ? Pointwise.where(pos, g[0], Arithmetic.mul(w, g[0])) : null;
            Tensor gw = null;
            if (needsInputGrad(1)) {
                Tensor full = Pointwise.where(pos, Tensor.wrappedScalar(0L), Arithmetic.mul(x, g[0]));
                gw = Views.reshape(Reductions.sumToShape(full, w.shape()), wt.shape());
            }
            return new Tensor[] {gx, gw};
        }
    }
}
