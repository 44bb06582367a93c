package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.ValuesIndices;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code cummax}/{@code cummin(x, dim)} ({@code CummaxBackward0}/{@code CumminBackward0}): the
 * running extreme and where it was last reached (a tie moves the index on, as PyTorch's {@code >=}
 * does); a NaN, once met, stays. The gradient is scatter-added to the indices.
 */
public final class Cummax {
    private Cummax() {
    }

    public static ValuesIndices cummax(Tensor x, int dim) {
        return run(x, dim, true);
    }

    public static ValuesIndices cummin(Tensor x, int dim) {
        return run(x, dim, false);
    }

    private static ValuesIndices run(Tensor x, int dim, boolean max) {
        int d = x.dim() == 0 ? 0 : Shape.wrapDim(dim, x.dim());
        int[] shape = x.shapeRef();
        int size = x.dim() == 0 ? 1 : shape[d];
        int inner = 1;
        for (int k = d + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        int outer = x.numel() / Math.max(1, size * inner);
        Tensor values = Tensor.empty(x.shape(), x.dtype());
        Tensor indices = Tensor.empty(x.shape(), DType.INT64);
        boolean integral = !x.dtype().isFloatingPoint();
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double best = 0;
                long bestLong = 0;
                int at = 0;
                for (int k = 0; k < size; k++) {
                    int p = (o * size + k) * inner + j;
                    if (integral) {
                        long v = x.longAt(p);
                        if (k == 0 || (max ? v >= bestLong : v <= bestLong)) {
                            bestLong = v;
                            at = k;
                        }
                        values.storage().setLong(p, bestLong);
                    } else {
                        double v = x.doubleAt(p);
                        if (k == 0 || v != v || (best == best && (max ? v >= best : v <= best))) {
                            best = v;
                            at = k;
                        }
                        values.storage().setDouble(p, best);
                    }
                    indices.storage().setLong(p, at);
                }
            }
        }
        if (x.declaredDType().isNarrow()) {
            values = values.narrowTo(x.declaredDType());
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new CummaxBackward(max, x, d, indices), values, x);
        }
        return new ValuesIndices(max ? "cummax" : "cummin", values, indices);
    }

    /** cummaxmin_backward: zeros_like(self).scatter_add(dim, indices, grad). */
    static final class CummaxBackward extends Node {
        private final boolean max;
        private final int[] shape;
        private final DType dtype;
        private final int dim;
        private final SavedTensor indices;

        CummaxBackward(boolean max, Tensor self, int dim, Tensor indices) {
            this.max = max;
            this.shape = self.shape();
            this.dtype = self.dtype();
            this.dim = dim;
            this.indices = new SavedTensor(indices);
        }

        @Override
        public String name() {
            return max ? "CummaxBackward0" : "CumminBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            if (shape.length == 0) {
                return new Tensor[] {g[0]};
            }
            return new Tensor[] {Gather.scatterAddOntoZeros(shape, dtype, dim, indices.unpack(), g[0])};
        }
    }
}
