package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code torch.embedding(weight, indices, padding_idx)}: the weight's rows picked by integer
 * indices, shaped {@code indices.shape + [embedding_dim]}. {@code EmbeddingBackward0} adds each
 * gradient row into its weight row in index order, skipping padding_idx, as PyTorch's
 * {@code embedding_dense_backward_cpu} does; under create_graph that sum records
 * {@code EmbeddingDenseBackwardBackward0}, which picks the rows back.
 */
public final class Embedding {
    private Embedding() {
    }

    /** {@code paddingIdx} is already wrapped into [0, rows), or -1 for none. */
    public static Tensor embedding(Tensor weight, Tensor indices, long paddingIdx) {
        DType type = indices.declaredDType();
        if (type != DType.INT64 && type != DType.INT32) {
            throw TorchException.runtime("Expected tensor for argument #1 'indices' to have one of the following "
                    + "scalar types: Long, Int; but got torch." + type.scalarTypeName()
                    + "Tensor instead (while checking arguments for embedding)");
        }
        if (weight.dim() != 2) {
            throw TorchException.runtime("'weight' must be 2-D");
        }
        long[] idx = indexList(indices, weight.shapeRef()[0]);
        Tensor result = rows(weight, idx, indices.shapeRef(), -1);
        if (Recording.needsGrad(weight)) {
            Recording.record(new EmbeddingBackward0(indices, idx, weight.shapeRef()[0], paddingIdx),
                    result, weight);
        }
        return result;
    }

    private static long[] indexList(Tensor indices, int rows) {
        Tensor flat = Conversion.contiguousData(indices);
        long[] idx = new long[indices.numel()];
        for (int i = 0; i < idx.length; i++) {
            long k = flat.storage().getLong(flat.storageOffset() + i);
            if (k < 0 || k >= rows) {
                throw TorchException.index("index out of range in self");
            }
            idx[i] = k;
        }
        return idx;
    }

    /** The rows {@code idx} of a 2-D tensor, zero where the index is {@code zeroRow}, shaped {@code shape + [dim]}. */
    private static Tensor rows(Tensor table, long[] idx, int[] shape, long zeroRow) {
        Tensor src = Conversion.contiguousData(table);
        int dim = table.shapeRef()[1];
        int[] outShape = java.util.Arrays.copyOf(shape, shape.length + 1);
        outShape[shape.length] = dim;
        Tensor out = Tensor.empty(outShape, table.dtype());
        int off = src.storageOffset();
        for (int i = 0; i < idx.length; i++) {
            for (int j = 0; j < dim; j++) {
                double v = idx[i] == zeroRow ? 0.0 : src.storage().getDouble(off + (int) idx[i] * dim + j);
                out.storage().setDouble(i * dim + j, v);
            }
        }
        return out;
    }

    /** Saves the indices as PyTorch does, so a second backward through a freed graph fails alike. */
    static final class EmbeddingBackward0 extends Node {
        private final SavedTensor indices;
        private final long[] idx;
        private final int rows;
        private final long paddingIdx;

        EmbeddingBackward0(Tensor indices, long[] idx, int rows, long paddingIdx) {
            this.indices = new SavedTensor(indices);
            this.idx = idx;
            this.rows = rows;
            this.paddingIdx = paddingIdx;
        }

        @Override
        public String name() {
            return "EmbeddingBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor saved = indices.unpack();
            Tensor grad = Conversion.contiguousData(g[0]);
            int dim = grad.numel() / Math.max(1, idx.length);
            Tensor gw = Tensor.empty(new int[] {rows, dim}, grad.dtype());
            int off = grad.storageOffset();
            for (int i = 0; i < idx.length; i++) {
                if (idx[i] == paddingIdx) {
                    continue;
                }
                int row = (int) idx[i] * dim;
                for (int j = 0; j < dim; j++) { // one float add per index, in index order
                    gw.storage().setDouble(row + j, gw.storage().getDouble(row + j)
                            + grad.storage().getDouble(off + i * dim + j));
                }
            }
            if (GradMode.isEnabled() && g[0].requiresGrad()) {
                Recording.record(new EmbeddingDenseBackwardBackward0(saved, idx, paddingIdx), gw, g[0]);
            }
            return new Tensor[] {gw};
        }
    }

    /** The backward's own gradient: the rows of ggW at the indices, zero at padding_idx. */
    static final class EmbeddingDenseBackwardBackward0 extends Node {
        private final SavedTensor indices;
        private final long[] idx;
        private final long paddingIdx;

        EmbeddingDenseBackwardBackward0(Tensor indices, long[] idx, long paddingIdx) {
            this.indices = new SavedTensor(indices);
            this.idx = idx;
            this.paddingIdx = paddingIdx;
        }

        @Override
        public String name() {
            return "EmbeddingDenseBackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor ggw = g[0];
            Tensor saved = indices.unpack();
            Tensor out = rows(ggw, idx, saved.shapeRef(), paddingIdx);
            if (GradMode.isEnabled() && ggw.requiresGrad()) {
                Recording.record(new EmbeddingBackward0(saved, idx, ggw.shapeRef()[0], paddingIdx), out, ggw);
            }
            return new Tensor[] {out};
        }
    }
}
