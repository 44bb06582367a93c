package gradpad.engine.ops;

import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code glu(x, dim)}: the first half of x along dim times the sigmoid of the second half
 * ({@code GluBackward0}). The sigmoid is PyTorch's vector formula {@code 1 / (1 + exp(-b))} with
 * SLEEF's exp, as {@code torch.sigmoid}'s.
 */
public final class Glu {
    private Glu() {
    }

    public static Tensor apply(Tensor x, int dim) {
        if (x.dim() == 0) {
            throw TorchException.runtime("glu does not support scalars because halving size must be even");
        }
        int d = Shape.wrapDim(dim, x.dim());
        int size = x.shapeRef()[d];
        if (size % 2 != 0) {
            throw TorchException.runtime("Halving dimension must be even, but dimension " + d + " is size " + size);
        }
        Tensor out;
        boolean previous = gradpad.engine.GradMode.set(false);
        try {
            Tensor a = Indexing.sliceData(x, d, 0L, (long) (size / 2), 1L);
            Tensor b = Indexing.sliceData(x, d, (long) (size / 2), (long) size, 1L);
            out = Arithmetic.mul(a, Unary.sigmoid(b));
        } finally {
            gradpad.engine.GradMode.set(previous);
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new GluBackward0(x, d), out, x);
        }
        return out;
    }

    /** glu_backward: cat([grad * sig(b), grad * a * sig(b) * (1 - sig(b))], dim), in tensor ops. */
    static final class GluBackward0 extends Node {
        private final SavedTensor self;
        private final int dim;

        GluBackward0(Tensor self, int dim) {
            this.self = new SavedTensor(self);
            this.dim = dim;
        }

        @Override
        public String name() {
            return "GluBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            long half = x.shapeRef()[dim] / 2;
            Tensor a = Indexing.slice(x, dim, 0L, half, 1L);
            Tensor sig = Unary.sigmoid(Indexing.slice(x, dim, half, 2 * half, 1L));
            Tensor ga = Arithmetic.mul(g[0], sig);
            Tensor gb = Arithmetic.mul(Arithmetic.mul(ga, a), Arithmetic.rsub(sig, Tensor.wrappedScalar(1L)));
            return new Tensor[] {Joining.cat(new Tensor[] {ga, gb}, dim)};
        }
    }
}
