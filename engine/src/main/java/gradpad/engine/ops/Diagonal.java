package gradpad.engine.ops;

import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;

/**
 * Diagonals: {@code diagonal} (a view, {@code DiagonalBackward0}), {@code diag_embed}
 * ({@code DiagEmbedBackward0}), {@code diag} (PyTorch 2's composite: diag_embed of a vector,
 * {@code diagonal_copy} of a matrix) and {@code trace} ({@code TraceBackward0}).
 */
public final class Diagonal {
    private Diagonal() {
    }

    /** {@code x.diagonal(offset, dim1, dim2)}: dim1 and dim2 removed, the diagonal appended last. */
    public static Tensor diagonal(Tensor x, long offset, int dim1, int dim2) {
        int d1 = Shape.wrapDim(dim1, x.dim());
        int d2 = Shape.wrapDim(dim2, x.dim());
        if (d1 == d2) {
            throw TorchException.runtime("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        }
        Tensor out = diagonalData(x, offset, d1, d2);
        if (Recording.needsGrad(x)) {
            Recording.record(new DiagonalBackward0(x.shapeRef(), offset, d1, d2), out, x);
        }
        return out;
    }

    /** The diagonal view without autograd (dims already wrapped and distinct). */
    static Tensor diagonalData(Tensor x, long offset, int d1, int d2) {
        int[] shape = x.shapeRef();
        int[] strides = x.stridesRef();
        long len;
        int start = x.storageOffset();
        if (offset >= 0) {
            len = Math.max(Math.min(shape[d1], shape[d2] - offset), 0);
        } else {
            len = Math.max(Math.min(shape[d1] + offset, shape[d2]), 0);
        }
        if (len > 0) {
            start += offset >= 0 ? (int) offset * strides[d2] : (int) -offset * strides[d1];
        }
        int[] outShape = new int[shape.length - 1];
        int[] outStrides = new int[shape.length - 1];
        int j = 0;
        for (int k = 0; k < shape.length; k++) {
            if (k != d1 && k != d2) {
                outShape[j] = shape[k];
                outStrides[j++] = strides[k];
            }
        }
        outShape[j] = (int) len;
        outStrides[j] = strides[d1] + strides[d2];
        return x.alias(start, outShape, outStrides);
    }

    /** {@code diagonal_backward}: zeros of the input's shape with g on the diagonal. */
    static Tensor diagonalBackward(Tensor g, int[] inputShape, long offset, int d1, int d2) {
        Tensor zeros = Creation.zeros(inputShape, g.dtype());
        Conversion.copyElements(diagonalData(zeros, offset, d1, d2), g);
        if (Recording.needsGrad(g)) {
            Recording.record(new DiagonalBackwardBackward0(offset, d1, d2), zeros, g);
        }
        return zeros;
    }

    /** {@code torch.diag_embed(x, offset, dim1=-2, dim2=-1)}: x's last dim on new diagonals. */
    public static Tensor diagEmbed(Tensor x, long offset, int dim1, int dim2) {
        int rank = x.dim() + 1;
        int d1 = Shape.wrapDim(dim1, rank);
        int d2 = Shape.wrapDim(dim2, rank);
        if (d1 == d2) {
            throw TorchException.runtime("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        }
        int n = x.shapeRef()[x.dim() - 1] + (int) Math.abs(offset);
        int[] shape = new int[rank];
        for (int k = 0, j = 0; k < rank; k++) {
            shape[k] = k == d1 || k == d2 ? n : x.shapeRef()[j++];
        }
        Tensor out = Creation.zeros(shape, x.dtype());
        Conversion.copyElements(diagonalData(out, offset, d1, d2), x);
        if (Recording.needsGrad(x)) {
            Recording.record(new DiagonalOf("DiagEmbedBackward0", offset, d1, d2), out, x);
        }
        return out;
    }

    /** {@code torch.diag}: a vector on a matrix's diagonal, or a copy of a matrix's diagonal. */
    public static Tensor diag(Tensor x, long offset) {
        if (x.dim() == 1) {
            return diagEmbed(x, offset, 0, 1);
        }
        if (x.dim() != 2) {
            throw TorchException.runtime("diag(): Supports 1D or 2D tensors. Got " + x.dim() + "D");
        }
        Tensor out = Conversion.copyData(diagonalData(x, offset, 0, 1));
        if (Recording.needsGrad(x)) {
            Recording.record(new DiagonalBackward0(x.shapeRef(), offset, 0, 1, "DiagonalBackward0_copy"), out, x);
        }
        return out;
    }

    /** {@code torch.trace}: the main diagonal's sum, accumulated in double (int64 for integers). */
    public static Tensor trace(Tensor x) {
        if (x.dim() != 2) {
            throw TorchException.runtime("trace: expected a matrix, but got tensor with dim " + x.dim());
        }
        if (x.dtype() == gradpad.engine.DType.BOOL) {
            throw TorchException.runtime("\"trace\" not implemented for 'Bool'");
        }
        Tensor d = diagonalData(x, 0, 0, 1);
        Tensor out;
        if (x.dtype().isFloatingPoint()) {
            double s = 0;
            for (int i = 0; i < d.numel(); i++) {
                s += d.doubleAt(i);
            }
            out = Creation.full(new int[0], s, x.dtype());
        } else {
            long s = 0;
            for (int i = 0; i < d.numel(); i++) {
                s += d.longAt(i);
            }
            out = Creation.fullLong(new int[0], s);
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new TraceBackward0(x.shapeRef()), out, x);
        }
        return out;
    }

    static final class DiagonalBackward0 extends Node {
        private final int[] inputShape;
        private final long offset;
        private final int d1;
        private final int d2;
        private final String name;

        DiagonalBackward0(int[] inputShape, long offset, int d1, int d2) {
            this(inputShape, offset, d1, d2, "DiagonalBackward0");
        }

        DiagonalBackward0(int[] inputShape, long offset, int d1, int d2, String name) {
            this.inputShape = inputShape;
            this.offset = offset;
            this.d1 = d1;
            this.d2 = d2;
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {diagonalBackward(g[0], inputShape, offset, d1, d2)};
        }
    }

    /** Backward that takes the diagonal of the gradient (of diag_embed and of diagonal_backward). */
    static final class DiagonalOf extends Node {
        private final String name;
        private final long offset;
        private final int d1;
        private final int d2;

        DiagonalOf(String name, long offset, int d1, int d2) {
            this.name = name;
            this.offset = offset;
            this.d1 = d1;
            this.d2 = d2;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {diagonal(g[0], offset, d1, d2)};
        }
    }

    static final class DiagonalBackwardBackward0 extends Node {
        private final DiagonalOf inner;

        DiagonalBackwardBackward0(long offset, int d1, int d2) {
            inner = new DiagonalOf("DiagonalBackwardBackward0", offset, d1, d2);
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return inner.apply(g);
        }
    }

    /** grad placed on the main diagonal of zeros of the input's shape. */
    static final class TraceBackward0 extends Node {
        private final int[] inputShape;

        TraceBackward0(int[] inputShape) {
            this.inputShape = inputShape;
        }

        @Override
        public String name() {
            return "TraceBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            int n = Math.min(inputShape[0], inputShape[1]);
            return new Tensor[] {diagonalBackward(Views.expand(g[0], new int[] {n}), inputShape, 0, 0, 1)};
        }
    }
}
