package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;

/**
 * {@code torch.tril} / {@code triu}: the lower or upper triangle of the last two dims (elements
 * with {@code col - row <= diagonal}, or {@code >=}), zeros elsewhere, as a new contiguous tensor.
 * {@code TrilBackward0}/{@code TriuBackward0} take the same triangle of the gradient.
 */
public final class Triangular {
    private Triangular() {
    }

    public static Tensor tril(Tensor x, long diagonal) {
        return triangle(x, diagonal, true);
    }

    public static Tensor triu(Tensor x, long diagonal) {
        return triangle(x, diagonal, false);
    }

    private static Tensor triangle(Tensor x, long diagonal, boolean lower) {
        if (x.dim() < 2) {
            throw TorchException.runtime((lower ? "tril" : "triu") + ": input tensor must have at least 2 dimensions");
        }
        Tensor src = Conversion.contiguousData(x);
        Tensor out = Tensor.empty(x.shapeRef(), x.dtype());
        int[] shape = x.shapeRef();
        int rows = shape[shape.length - 2];
        int cols = shape[shape.length - 1];
        int matrices = x.numel() / Math.max(1, rows * cols);
        int off = src.storageOffset();
        boolean integral = src.storage().i64 != null; // int64 values beyond 2^53 stay exact
        for (int m = 0; m < matrices; m++) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    int k = (m * rows + i) * cols + j;
                    boolean keep = lower ? j - i <= diagonal : j - i >= diagonal;
                    if (!keep) {
                        out.storage().setLong(k, 0);
                    } else if (integral) {
                        out.storage().setLong(k, src.storage().getLong(off + k));
                    } else {
                        out.storage().setDouble(k, src.storage().getDouble(off + k));
                    }
                }
            }
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new TriangleBackward(diagonal, lower), out, x);
        }
        return out;
    }

    static final class TriangleBackward extends Node {
        private final long diagonal;
        private final boolean lower;

        TriangleBackward(long diagonal, boolean lower) {
            this.diagonal = diagonal;
            this.lower = lower;
        }

        @Override
        public String name() {
            return lower ? "TrilBackward0" : "TriuBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {triangle(g[0], diagonal, lower)};
        }
    }
}
