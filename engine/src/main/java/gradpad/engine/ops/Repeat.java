package gradpad.engine.ops;

import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import java.util.Arrays;

/** {@code x.repeat(sizes)}: tiles a copy ({@code RepeatBackward0} sums the tiles back). */
public final class Repeat {
    private Repeat() {
    }

    public static Tensor repeat(Tensor x, int[] repeats) {
        int rank = x.dim();
        if (repeats.length < rank) {
            throw TorchException.runtime("Number of dimensions of repeat dims can not be smaller than number of "
                    + "dimensions of tensor");
        }
        int lead = repeats.length - rank;
        int[] padded = new int[repeats.length];
        int[] shape = new int[repeats.length];
        for (int i = 0; i < repeats.length; i++) {
            padded[i] = i < lead ? 1 : x.shapeRef()[i - lead];
            shape[i] = padded[i] * repeats[i];
        }
        for (int i = 0; i < repeats.length; i++) {
            if (shape[i] < 0) {
                throw TorchException.runtime("Trying to create tensor with negative dimension " + shape[i] + ": "
                        + Shape.list(shape));
            }
        }
        Tensor out = Tensor.empty(shape, x.dtype());
        Tensor src = x.alias(x.storageOffset(), padded, padStrides(x, lead));
        int n = out.numel();
        int[] coord = new int[shape.length];
        boolean integral = !x.dtype().isFloatingPoint();
        for (int i = 0; i < n; i++) {
            int rest = i;
            int at = src.storageOffset();
            for (int d = shape.length - 1; d >= 0; d--) {
                coord[d] = rest % shape[d];
                rest /= shape[d];
                at += (coord[d] % padded[d]) * src.stridesRef()[d];
            }
            if (integral) {
                out.storage().setLong(i, x.storage().getLong(at));
            } else {
                out.storage().setDouble(i, x.storage().getDouble(at));
            }
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new RepeatBackward0(repeats, x.shapeRef()), out, x);
        }
        return out;
    }

    private static int[] padStrides(Tensor x, int lead) {
        int[] strides = new int[x.dim() + lead];
        System.arraycopy(x.stridesRef(), 0, strides, lead, x.dim());
        return strides;
    }

    /** PyTorch's {@code repeat_backward}: one reshape to [repeat, size] pairs, then one sum over the repeats. */
    static final class RepeatBackward0 extends Node {
        private final int[] repeats;
        private final int[] inputShape;

        RepeatBackward0(int[] repeats, int[] inputShape) {
            this.repeats = repeats.clone();
            this.inputShape = inputShape;
        }

        @Override
        public String name() {
            return "RepeatBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            for (int r : repeats) {
                if (r == 0) {
                    return new Tensor[] {Creation.zeros(inputShape, g[0].dtype())};
                }
            }
            Tensor grad = g[0];
            int unsqueezed = grad.dim() - inputShape.length;
            for (int i = 0; i < unsqueezed; i++) {
                grad = Reductions.sum(grad, new int[] {0}, false, null);
            }
            int[] gradSize = new int[2 * inputShape.length];
            int[] sumDims = new int[inputShape.length];
            int ns = 0;
            int nd = 0;
            for (int d = 0; d < inputShape.length; d++) {
                int repeat = repeats[d + unsqueezed];
                if (repeat != 1) {
                    gradSize[ns++] = repeat;
                    sumDims[nd++] = ns - 1;
                }
                gradSize[ns++] = inputShape[d];
            }
            if (nd > 0) {
                grad = Views.reshape(grad, Arrays.copyOf(gradSize, ns));
                grad = Reductions.sum(grad, Arrays.copyOf(sumDims, nd), false, null);
            }
            return new Tensor[] {grad};
        }
    }
}
