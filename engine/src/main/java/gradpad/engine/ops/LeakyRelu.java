package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code leaky_relu(x, negative_slope)}: {@code x > 0 ? x : x * slope}, the slope taken in the
 * tensor's dtype as PyTorch's kernel does ({@code LeakyReluBackward0}: the gradient times 1 or
 * the slope).
 */
public final class LeakyRelu {
    private LeakyRelu() {
    }

    public static Tensor apply(Tensor x, double slope) {
        if (!x.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"leaky_relu_cpu\" not implemented for '" + x.dtype().scalarTypeName() + "'");
        }
        Tensor out = scaleNegative(x, x, slope);
        if (Recording.needsGrad(x)) {
            Recording.record(new LeakyReluBackward0(x, slope), out, x);
        }
        return out;
    }

    /** {@code where(x > 0, v, v * slope)} elementwise, in v's dtype. */
    private static Tensor scaleNegative(Tensor x, Tensor v, double slope) {
        Tensor xs = Conversion.contiguousData(x);
        Tensor vs = Conversion.contiguousData(Conversion.convertData(v, x.dtype()));
        Tensor out = Tensor.empty(x.shapeRef(), x.dtype());
        int n = x.numel();
        if (x.dtype() == DType.FLOAT32) {
            float[] a = xs.storage().f32;
            float[] b = vs.storage().f32;
            float s = Float32.round(slope);
            float[] o = out.storage().f32;
            int ao = xs.storageOffset();
            int bo = vs.storageOffset();
            for (int i = 0; i < n; i++) {
                o[i] = a[ao + i] > 0 ? b[bo + i] : Float32.round((double) b[bo + i] * s);
            }
        } else {
            for (int i = 0; i < n; i++) {
                double b = vs.doubleAt(i);
                out.storage().setDouble(i, xs.doubleAt(i) > 0 ? b : b * slope);
            }
        }
        return out;
    }

    static final class LeakyReluBackward0 extends Node {
        private final SavedTensor self;
        private final double slope;

        LeakyReluBackward0(Tensor x, double slope) {
            this.self = new SavedTensor(x);
            this.slope = slope;
        }

        @Override
        public String name() {
            return "LeakyReluBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {backward(g[0], self.unpack(), slope)};
        }
    }

    /**
     * {@code leaky_relu_backward(grad, self, slope)}; recorded as {@code LeakyReluBackwardBackward0}
     * (its own gradient: the same function of the incoming one for grad, zero for self) when
     * create_graph asks for it.
     */
    static Tensor backward(Tensor grad, Tensor x, double slope) {
        Tensor out = scaleNegative(x, grad, slope);
        if (Recording.needsGrad(grad, x)) {
            Recording.record(new LeakyReluBackwardBackward0(x, slope), out, grad, x);
        }
        return out;
    }

    static final class LeakyReluBackwardBackward0 extends Node {
        private final SavedTensor self;
        private final double slope;
        private final int[] selfShape;
        private final DType selfType;

        LeakyReluBackwardBackward0(Tensor x, double slope) {
            this.self = new SavedTensor(x);
            this.slope = slope;
            this.selfShape = x.shapeRef();
            this.selfType = x.dtype();
        }

        @Override
        public String name() {
            return "LeakyReluBackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor gGrad = needsInputGrad(0) ? backward(g[0], self.unpack(), slope) : null;
            Tensor gSelf = needsInputGrad(1) ? Creation.zeros(selfShape, selfType) : null;
            return new Tensor[] {gGrad, gSelf};
        }
    }
}
