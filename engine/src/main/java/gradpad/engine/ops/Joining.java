package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;

/** {@code torch.cat} ({@code CatBackward0}) and {@code torch.stack} ({@code StackBackward0}). */
public final class Joining {
    private Joining() {
    }

    public static Tensor cat(Tensor[] tensors, int dim) {
        if (tensors.length == 0) {
            throw TorchException.runtime("torch.cat(): expected a non-empty list of Tensors");
        }
        Tensor first = null;
        for (Tensor t : tensors) {
            // Legacy rule: 1-D empty tensors are skipped.
            if (!(t.dim() == 1 && t.numel() == 0)) {
                first = t;
                break;
            }
        }
        if (first == null) {
            return Conversion.copyData(tensors[0]);
        }
        int rank = first.dim();
        if (rank == 0) {
            throw TorchException.runtime("zero-dimensional tensor (at position 0) cannot be concatenated");
        }
        int d = Shape.wrapDim(dim, rank);
        DType type = TypePromotion.resultType(tensors);
        int total = 0;
        for (int i = 0; i < tensors.length; i++) {
            Tensor t = tensors[i];
            if (t.dim() == 1 && t.numel() == 0) {
                continue;
            }
            if (t.dim() != rank) {
                throw TorchException.runtime("Tensors must have same number of dimensions: got " + rank + " and "
                        + t.dim());
            }
            for (int k = 0; k < rank; k++) {
                if (k != d && t.shapeRef()[k] != first.shapeRef()[k]) {
                    throw TorchException.runtime("Sizes of tensors must match except in dimension " + d
                            + ". Expected size " + first.shapeRef()[k] + " but got size " + t.shapeRef()[k]
                            + " for tensor number " + i + " in the list.");
                }
            }
            total += t.shapeRef()[d];
        }
        int[] shape = first.shape();
        shape[d] = total;
        Tensor out = Tensor.empty(shape, type);
        int[] sizes = new int[tensors.length];
        int at = 0;
        for (int i = 0; i < tensors.length; i++) {
            Tensor t = tensors[i];
            if (t.dim() == 1 && t.numel() == 0) {
                continue;
            }
            sizes[i] = t.shapeRef()[d];
            Tensor region = Indexing.sliceData(out, d, (long) at, (long) (at + sizes[i]), 1L);
            Conversion.copyElements(region, t);
            at += sizes[i];
        }
        if (Recording.needsGrad(tensors)) {
            Recording.record(new SplitBackward("CatBackward0", d, sizes, tensors, false), out, tensors);
        }
        return out;
    }

    public static Tensor stack(Tensor[] tensors, int dim) {
        if (tensors.length == 0) {
            throw TorchException.runtime("stack expects a non-empty TensorList");
        }
        int[] shape0 = tensors[0].shapeRef();
        for (int i = 1; i < tensors.length; i++) {
            if (!java.util.Arrays.equals(shape0, tensors[i].shapeRef())) {
                throw TorchException.runtime("stack expects each tensor to be equal size, but got "
                        + Shape.list(shape0) + " at entry 0 and " + Shape.list(tensors[i].shapeRef()) + " at entry "
                        + i);
            }
        }
        int d = Shape.wrapDim(dim, shape0.length + 1);
        Tensor[] parts = new Tensor[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            parts[i] = Views.unsqueezeData(tensors[i], d);
        }
        boolean record = Recording.needsGrad(tensors);
        Tensor out = catNoGrad(parts, d);
        if (record) {
            int[] sizes = new int[tensors.length];
            java.util.Arrays.fill(sizes, 1);
            Recording.record(new SplitBackward("StackBackward0", d, sizes, tensors, true), out, tensors);
        }
        return out;
    }

    private static Tensor catNoGrad(Tensor[] parts, int d) {
        boolean previous = gradpad.engine.GradMode.set(false);
        try {
            return cat(parts, d);
        } finally {
            gradpad.engine.GradMode.set(previous);
        }
    }

    /** The gradient cut back into each input's piece (squeezed again for stack). */
    static final class SplitBackward extends Node {
        private final String name;
        private final int dim;
        private final int[] sizes;
        private final Arithmetic.InputMeta[] inputs;
        private final boolean squeeze;

        SplitBackward(String name, int dim, int[] sizes, Tensor[] tensors, boolean squeeze) {
            this.name = name;
            this.dim = dim;
            this.sizes = sizes;
            this.squeeze = squeeze;
            this.inputs = new Arithmetic.InputMeta[tensors.length];
            for (int i = 0; i < tensors.length; i++) {
                inputs[i] = new Arithmetic.InputMeta(tensors[i]);
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor[] out = new Tensor[sizes.length];
            int at = 0;
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] == 0 && !squeeze) {
                    out[i] = Creation.zeros(inputs[i].shape, inputs[i].dtype);
                    continue;
                }
                Tensor piece = squeeze ? Indexing.select(g[0], dim, at)
                        : Indexing.slice(g[0], dim, (long) at, (long) (at + sizes[i]), 1L);
                out[i] = Conversion.to(piece, inputs[i].dtype);
                at += sizes[i];
            }
            return out;
        }
    }
}
