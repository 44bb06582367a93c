package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;

/**
 * {@code F.pad(x, pad, mode='constant', value)}: {@code constant_pad_nd}, pairs of (before, after)
 * from the last dim backwards; negative pads crop. {@code ConstantPadNdBackward0} pads the
 * gradient by the negated amounts.
 */
public final class Padding {
    private Padding() {
    }

    public static Tensor constantPadNd(Tensor x, long[] pad, double value) {
        if (pad.length % 2 != 0) {
            throw TorchException.runtime("Length of pad must be even but instead it equals " + pad.length);
        }
        int rank = x.dim();
        if (pad.length / 2 > rank) {
            throw TorchException.runtime("Length of pad should be no more than twice the number of dimensions of the "
                    + "input. Pad length is " + pad.length + " while the input has " + rank + " dimensions.");
        }
        int[] shape = x.shape();
        Tensor region = null;
        for (int i = 0; i < pad.length / 2; i++) {
            int d = rank - 1 - i;
            long size = shape[d] + pad[2 * i] + pad[2 * i + 1];
            if (size < 0) {
                throw TorchException.runtime("The input size " + shape[d] + ", plus negative padding " + pad[2 * i]
                        + " and " + pad[2 * i + 1] + " resulted in a negative output size, which is invalid. Check "
                        + "dimension " + d + " of your input.");
            }
        }
        int[] outShape = x.shape();
        for (int i = 0; i < pad.length / 2; i++) {
            int d = rank - 1 - i;
            outShape[d] = (int) (shape[d] + pad[2 * i] + pad[2 * i + 1]);
        }
        Tensor out = Creation.full(outShape, value, x.dtype());
        // the part of x that survives cropping, and where it lands in out
        Tensor src = x;
        region = out;
        for (int i = 0; i < pad.length / 2; i++) {
            int d = rank - 1 - i;
            long before = pad[2 * i];
            long after = pad[2 * i + 1];
            long srcStart = Math.max(0, -before);
            long srcEnd = shape[d] - Math.max(0, -after);
            if (srcEnd <= srcStart) {
                src = null;
                break;
            }
            src = Indexing.sliceData(src, d, srcStart, srcEnd, 1L);
            long dstStart = Math.max(0, before);
            region = Indexing.sliceData(region, d, dstStart, dstStart + (srcEnd - srcStart), 1L);
        }
        if (src != null) {
            Conversion.copyElements(region, src);
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new ConstantPadNdBackward0(pad), out, x);
        }
        return out;
    }

    static final class ConstantPadNdBackward0 extends Node {
        private final long[] pad;

        ConstantPadNdBackward0(long[] pad) {
            this.pad = pad;
        }

        @Override
        public String name() {
            return "ConstantPadNdBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            long[] back = new long[pad.length];
            for (int i = 0; i < pad.length; i++) {
                back[i] = -pad[i];
            }
            return new Tensor[] {constantPadNd(g[0], back, 0)};
        }
    }
}
