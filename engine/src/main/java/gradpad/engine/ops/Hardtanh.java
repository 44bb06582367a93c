package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code hardtanh(x, min_val, max_val)} ({@code HardtanhBackward0}), also {@code relu6} (PyTorch's
 * relu6 is hardtanh(x, 0, 6)): the forward is clamp's, the gradient passes strictly inside
 * (min_val, max_val), as {@code hardtanh_backward} does.
 */
public final class Hardtanh {
    private Hardtanh() {
    }

    public static Tensor apply(Tensor x, double min, double max) {
        if (x.dtype() == gradpad.engine.DType.BOOL) {
            throw TorchException.runtime("Bool inputs not supported for hardtanh");
        }
        boolean previous = gradpad.engine.GradMode.set(false);
        Tensor out;
        try {
            out = Pointwise.clamp(x, min, max);
        } finally {
            gradpad.engine.GradMode.set(previous);
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new HardtanhBackward0(x, min, max), out, x);
        }
        return out;
    }

    static final class HardtanhBackward0 extends Node {
        private final SavedTensor self;
        private final double min;
        private final double max;

        HardtanhBackward0(Tensor self, double min, double max) {
            this.self = new SavedTensor(self);
            this.min = min;
            this.max = max;
        }

        @Override
        public String name() {
            return "HardtanhBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor inside = Pointwise.logicalAnd(Comparison.gt(x, Tensor.wrappedScalar(min)),
                    Comparison.lt(x, Tensor.wrappedScalar(max)));
            return new Tensor[] {Pointwise.where(inside, g[0], Tensor.wrappedScalar(0L))};
        }
    }
}
