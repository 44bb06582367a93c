package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import java.util.List;

/**
 * Indexing with int64 tensors (and masks turned into them): NumPy's rules for where the indexed
 * dims land in the result, {@code IndexBackward0} and {@code IndexPutBackward0}.
 */
final class AdvancedIndex {
    private AdvancedIndex() {
    }

    /** Maps result positions to source positions for one indexing. */
    private static final class Plan {
        final int[] resultShape;
        final int[] sourceShape;
        final int[] indexedDims;
        final Tensor[] indices;
        final int[] broadcastShape;
        final boolean adjacent;

        Plan(int[] sourceShape, List<int[]> dims, List<Tensor> idx) {
            this.sourceShape = sourceShape;
            int k = dims.size();
            indexedDims = new int[k];
            indices = new Tensor[k];
            int[] b = new int[0];
            for (int i = 0; i < k; i++) {
                indexedDims[i] = dims.get(i)[0];
                b = Shape.broadcast(b, idx.get(i).shapeRef());
            }
            broadcastShape = b;
            boolean adj = true;
            for (int i = 1; i < k; i++) {
                adj &= indexedDims[i] == indexedDims[i - 1] + 1;
            }
            adjacent = adj;
            for (int i = 0; i < k; i++) {
                Tensor t = Conversion.convertData(idx.get(i), DType.INT64);
                indices[i] = t.alias(t.storageOffset(), b, BinaryKernel.expandedStrides(t, b));
                checkBounds(indices[i], indexedDims[i], sourceShape[indexedDims[i]]);
            }
            int rest = sourceShape.length - k;
            resultShape = new int[rest + b.length];
            int first = indexedDims[0];
            int n = 0;
            if (adjacent) {
                for (int d = 0; d < first; d++) {
                    resultShape[n++] = sourceShape[d];
                }
                for (int s : b) {
                    resultShape[n++] = s;
                }
                for (int d = indexedDims[k - 1] + 1; d < sourceShape.length; d++) {
                    resultShape[n++] = sourceShape[d];
                }
            } else {
                for (int s : b) {
                    resultShape[n++] = s;
                }
                for (int d = 0; d < sourceShape.length; d++) {
                    if (!isIndexed(d)) {
                        resultShape[n++] = sourceShape[d];
                    }
                }
            }
        }

        private boolean isIndexed(int d) {
            for (int x : indexedDims) {
                if (x == d) {
                    return true;
                }
            }
            return false;
        }

        /** Row-major source index (into a contiguous tensor of sourceShape) of result element r. */
        int sourceIndex(int r, int[] coord, int[] src) {
            int rank = resultShape.length;
            for (int d = rank - 1; d >= 0; d--) {
                coord[d] = r % resultShape[d];
                r /= resultShape[d];
            }
            int bRank = broadcastShape.length;
            int bStart = adjacent ? indexedDims[0] : 0;
            int bLinear = 0;
            for (int d = 0; d < bRank; d++) {
                bLinear = bLinear * broadcastShape[d] + coord[bStart + d];
            }
            int n = 0;
            for (int d = 0; d < sourceShape.length; d++) {
                if (isIndexed(d)) {
                    continue;
                }
                int c;
                if (adjacent) {
                    c = d < indexedDims[0] ? coord[n] : coord[n + bRank];
                } else {
                    c = coord[bRank + n];
                }
                src[d] = c;
                n++;
            }
            for (int i = 0; i < indices.length; i++) {
                long v = indices[i].longAt(bLinear);
                int size = sourceShape[indexedDims[i]];
                src[indexedDims[i]] = (int) (v < 0 ? v + size : v);
            }
            int idx = 0;
            for (int d = 0; d < sourceShape.length; d++) {
                idx = idx * sourceShape[d] + src[d];
            }
            return idx;
        }
    }

    private static void checkBounds(Tensor idx, int dim, int size) {
        int n = idx.numel();
        for (int i = 0; i < n; i++) {
            long v = idx.longAt(i);
            if (v < -size || v >= size) {
                throw TorchException.index("index " + v + " is out of bounds for dimension " + dim + " with size "
                        + size);
            }
        }
    }

    static Tensor gather(Tensor y, List<int[]> dims, List<Tensor> idx) {
        return gatherPlan(y, new Plan(y.shapeRef(), dims, idx));
    }

    /** The gathered copy, recorded as {@code IndexBackward0}. */
    private static Tensor gatherPlan(Tensor y, Plan plan) {
        Tensor src = Conversion.contiguousData(y);
        Tensor out = Tensor.empty(plan.resultShape, y.dtype());
        int n = out.numel();
        int[] coord = new int[plan.resultShape.length];
        int[] s = new int[plan.sourceShape.length];
        boolean integral = y.dtype() == DType.INT64 || y.dtype() == DType.BOOL;
        for (int r = 0; r < n; r++) {
            int si = src.storageOffset() + plan.sourceIndex(r, coord, s);
            if (integral) {
                out.storage().setLong(r, src.storage().getLong(si));
            } else {
                out.storage().setDouble(r, src.storage().getDouble(si));
            }
        }
        if (Recording.needsGrad(y)) {
            Recording.record(new IndexBackward0(plan, y.dtype()), out, y);
        }
        return out;
    }

    /** {@code zeros.index_put_(indices, values, accumulate=True)}, differentiable in values. */
    private static Tensor putIntoZeros(Plan plan, Tensor values, DType dtype) {
        Tensor out = Creation.zeros(plan.sourceShape, dtype);
        put(out, plan, values, true);
        if (Recording.needsGrad(values)) {
            Recording.record(new IndexPutIntoZerosBackward(plan, values), out, values);
        }
        return out;
    }

    /** Writes (or with accumulate, adds) values broadcast to the result shape into contiguous target. */
    private static void put(Tensor target, Plan plan, Tensor values, boolean accumulate) {
        Tensor v = Conversion.convertData(values, target.dtype());
        int[] rs = plan.resultShape;
        Tensor ve = v.alias(v.storageOffset(), rs, BinaryKernel.expandedStrides(v, rs));
        Shape.broadcast(rs, v.shapeRef());
        int n = Shape.numel(rs);
        int[] coord = new int[rs.length];
        int[] s = new int[plan.sourceShape.length];
        for (int r = 0; r < n; r++) {
            int ti = target.storageOffset() + plan.sourceIndex(r, coord, s);
            double val = ve.doubleAt(r);
            target.storage().setDouble(ti, accumulate ? target.storage().getDouble(ti) + val : val);
        }
    }

    /** {@code x[indices] = values} in place; returns the backward node to record, or null. */
    static Node putInPlace(Tensor x, List<int[]> dims, List<Tensor> idx, Tensor values, boolean recording) {
        Plan plan = new Plan(x.shapeRef(), dims, idx);
        if (!x.isContiguous()) {
            throw TorchException.runtime("gradpad: assignment with index tensors into a non-contiguous tensor is not "
                    + "supported");
        }
        put(x, plan, values, false);
        return recording ? new IndexPutBackward0(plan, values) : null;
    }

    static final class IndexBackward0 extends Node {
        private final Plan plan;
        private final DType dtype;

        IndexBackward0(Plan plan, DType dtype) {
            this.plan = plan;
            this.dtype = dtype;
        }

        @Override
        public String name() {
            return "IndexBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {putIntoZeros(plan, g[0], dtype)};
        }
    }

    /** Backward of the accumulating put into zeros: the values' gradient gathered back. */
    static final class IndexPutIntoZerosBackward extends Node {
        private final Plan plan;
        private final Arithmetic.InputMeta values;

        IndexPutIntoZerosBackward(Plan plan, Tensor values) {
            this.plan = plan;
            this.values = new Arithmetic.InputMeta(values);
        }

        @Override
        public String name() {
            return "IndexPutBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {values.reduce(gatherPlan(g[0], plan))};
        }
    }

    /** {@code x[indices] = values}: self keeps the gradient outside the indexed places, values get those. */
    static final class IndexPutBackward0 extends Node {
        private final Plan plan;
        private final Arithmetic.InputMeta values;

        IndexPutBackward0(Plan plan, Tensor values) {
            this.plan = plan;
            this.values = new Arithmetic.InputMeta(values);
        }

        @Override
        public String name() {
            return "IndexPutBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor keep = Creation.ones(plan.sourceShape, g[0].dtype());
            put(keep, plan, Tensor.wrappedScalar(0L), false);
            Tensor self = Arithmetic.mul(g[0], keep);
            return new Tensor[] {self, values.reduce(gatherPlan(g[0], plan))};
        }
    }

}
