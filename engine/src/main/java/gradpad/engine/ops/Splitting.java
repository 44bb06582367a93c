package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;

/**
 * {@code split}, {@code split_with_sizes}, {@code chunk} and {@code unbind}: several views of the
 * input sharing one multi-output node ({@code SplitBackward0}, {@code SplitWithSizesBackward0},
 * {@code UnbindBackward0}), whose backward joins the pieces' gradients again (zeros for a piece
 * that got none).
 */
public final class Splitting {
    private Splitting() {
    }

    /** {@code split(split_size, dim)}: pieces of split_size along dim, the last one shorter. */
    public static Tensor[] split(Tensor x, long splitSize, int dim) {
        if (x.dim() == 0) {
            throw TorchException.runtime("split expects at least a 1-dimensional tensor");
        }
        int d = Shape.wrapDim(dim, x.dim());
        int size = x.shapeRef()[d];
        if (splitSize < 0) {
            throw TorchException.runtime("split expects split_size be non-negative, but got split_size="
                    + splitSize);
        }
        if (splitSize == 0 && size != 0) {
            throw TorchException.runtime("split_size can only be 0 if dimension size is 0, but got dimension size of "
                    + size);
        }
        int n = splitSize == 0 ? 1 : (int) Math.max((size + splitSize - 1) / splitSize, 1);
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = (int) Math.min(splitSize, size - i * splitSize);
        }
        return pieces(x, d, sizes, "SplitBackward0");
    }

    /** {@code split(list_of_sizes, dim)}: {@code split_with_sizes}. */
    public static Tensor[] splitWithSizes(Tensor x, long[] splitSizes, int dim) {
        if (x.dim() == 0) {
            throw TorchException.runtime("split expects at least a 1-dimensional tensor");
        }
        int d = Shape.wrapDim(dim, x.dim());
        int size = x.shapeRef()[d];
        int[] sizes = new int[splitSizes.length];
        long total = 0;
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < splitSizes.length; i++) {
            list.append(i == 0 ? "" : ", ").append(splitSizes[i]);
            total += splitSizes[i];
        }
        list.append(']');
        for (int i = 0; i < splitSizes.length; i++) {
            if (splitSizes[i] < 0) {
                throw TorchException.runtime("split_with_sizes expects split_sizes have only non-negative entries, "
                        + "but got split_sizes=" + list);
            }
            sizes[i] = (int) splitSizes[i];
        }
        if (total != size) {
            throw TorchException.runtime("split_with_sizes expects split_sizes to sum exactly to " + size
                    + " (input tensor's size at dimension " + d + "), but got split_sizes=" + list);
        }
        return pieces(x, d, sizes, "SplitWithSizesBackward0");
    }

    /** {@code chunk(chunks, dim)}: split with {@code ceil(size / chunks)} (so possibly fewer pieces). */
    public static Tensor[] chunk(Tensor x, long chunks, int dim) {
        if (x.dim() == 0) {
            throw TorchException.runtime("chunk expects at least a 1-dimensional tensor");
        }
        if (chunks <= 0) {
            throw TorchException.runtime("chunk expects `chunks` to be greater than 0, got: " + chunks);
        }
        int d = Shape.wrapDim(dim, x.dim());
        int size = x.shapeRef()[d];
        long splitSize = (size + chunks - 1) / chunks;
        if (splitSize == 0 && size == 0) {
            // split would give one empty piece; chunk keeps the number asked for
            long[] sizes = new long[(int) chunks];
            return splitWithSizes(x, sizes, d);
        }
        return split(x, splitSize, d);
    }

    /** {@code unbind(dim)}: every index along dim as a view without that dim. */
    public static Tensor[] unbind(Tensor x, int dim) {
        if (x.dim() == 0) {
            throw TorchException.index("Dimension specified as 0 but tensor has no dimensions");
        }
        int d = Shape.wrapDim(dim, x.dim());
        int n = x.shapeRef()[d];
        Tensor[] out = new Tensor[n];
        for (int i = 0; i < n; i++) {
            out[i] = Indexing.selectData(x, d, i);
        }
        if (Recording.needsGrad(x)) {
            Recording.recordMulti(new JoinBackward("UnbindBackward0", x, d, null), out, x);
        }
        return out;
    }

    private static Tensor[] pieces(Tensor x, int d, int[] sizes, String node) {
        Tensor[] out = new Tensor[sizes.length];
        long at = 0;
        for (int i = 0; i < sizes.length; i++) {
            out[i] = Indexing.sliceData(x, d, at, at + sizes[i], 1L);
            at += sizes[i];
        }
        if (Recording.needsGrad(x)) {
            Recording.recordMulti(new JoinBackward(node, x, d, sizes), out, x);
        }
        return out;
    }

    /** PyTorch forbids in-place ops on the views of split/chunk/unbind that are part of a graph. */
    static void checkNotMultiOutputView(Tensor self) {
        if (self.gradFn() instanceof JoinBackward) {
            throw TorchException.runtime("Output " + self.outputNr() + " of " + self.gradFn().name() + " is a view and "
                    + "is being modified inplace. This view is the output of a function that returns multiple views. "
                    + "Such functions do not allow the output views to be modified inplace. You should replace the "
                    + "inplace operation by an out-of-place one.");
        }
    }

    static int[] withoutDim(int[] shape, int dim) {
        int[] out = new int[shape.length - 1];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (k != dim) {
                out[j++] = shape[k];
            }
        }
        return out;
    }

    /** The pieces' gradients concatenated (split) or stacked (unbind) back along dim. */
    static final class JoinBackward extends Node {
        private final String name;
        private final int[] inputShape;
        private final DType dtype;
        private final int dim;
        private final int[] sizes;

        JoinBackward(String name, Tensor x, int dim, int[] sizes) {
            this.name = name;
            this.inputShape = x.shapeRef();
            this.dtype = x.dtype();
            this.dim = dim;
            this.sizes = sizes;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int numOutputs() {
            return sizes == null ? inputShape[dim] : sizes.length;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            int n = numOutputs();
            Tensor[] parts = new Tensor[n];
            for (int i = 0; i < n; i++) {
                Tensor gi = i < g.length ? g[i] : null;
                if (gi == null) {
                    int[] shape = inputShape.clone();
                    if (sizes == null) {
                        shape = withoutDim(shape, dim);
                    } else {
                        shape[dim] = sizes[i];
                    }
                    gi = Creation.zeros(shape, dtype);
                }
                parts[i] = gi;
            }
            if (sizes == null) {
                return new Tensor[] {Joining.stack(parts, dim)};
            }
            return new Tensor[] {Joining.cat(parts, dim)};
        }
    }
}
