package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code scatter} (a tensor src: {@code ScatterBackward0}; a number: {@code ScatterBackward1}),
 * {@code scatter_add} ({@code ScatterAddBackward0}), {@code index_add} ({@code IndexAddBackward0})
 * and {@code index_fill} ({@code IndexFillBackward0}), out of place and in place. Writes go in the
 * index's row-major order, as PyTorch's serial CPU loops do (the last of repeated scatter writes
 * wins; float sums add in that order, index_add's alpha in a fused multiply-add).
 */
public final class Scatter {
    private Scatter() {
    }

    static final int SCATTER = 0;
    static final int SCATTER_VALUE = 1;
    static final int SCATTER_ADD = 2;
    static final int INDEX_ADD = 3;
    static final int INDEX_FILL = 4;

    public static Tensor scatter(Tensor self, int dim, Tensor index, Tensor src, boolean inPlace) {
        return run(src.isWrappedNumber() ? SCATTER_VALUE : SCATTER, self, dim, index, src, 1, inPlace);
    }

    public static Tensor scatterAdd(Tensor self, int dim, Tensor index, Tensor src, boolean inPlace) {
        return run(SCATTER_ADD, self, dim, index, src, 1, inPlace);
    }

    public static Tensor indexAdd(Tensor self, int dim, Tensor index, Tensor source, double alpha, boolean inPlace) {
        return run(INDEX_ADD, self, dim, index, source, alpha, inPlace);
    }

    public static Tensor indexFill(Tensor self, int dim, Tensor index, Tensor value, boolean inPlace) {
        return run(INDEX_FILL, self, dim, index, value, 1, inPlace);
    }

    private static Tensor run(int kind, Tensor self, int dim, Tensor index, Tensor src, double alpha, boolean inPlace) {
        int d = Shape.wrapDim(dim, Math.max(self.dim(), 1));
        check(kind, self, d, index, src);
        boolean record;
        if (inPlace) {
            record = InPlace.checkInPlace(self, src);
        } else {
            record = Recording.needsGrad(self, src);
        }
        Node node = record ? new ScatterBackward(kind, d, index, src, alpha) : null;
        Tensor result = Conversion.copyData(self);
        if (kind == INDEX_ADD || kind == INDEX_FILL) {
            indexLoop(kind, result, d, index, src, alpha);
        } else {
            scatterLoop(kind, result, d, index, src);
        }
        if (inPlace) {
            InPlace.commitInPlace(self, result, node, src);
            return self;
        }
        if (node != null) {
            Recording.record(node, result, self, src);
        }
        return result;
    }

    private static String name(int kind) {
        switch (kind) {
            case SCATTER: case SCATTER_VALUE: return "scatter";
            case SCATTER_ADD: return "scatter_add";
            case INDEX_ADD: return "index_add_";
            default: return "index_fill_";
        }
    }

    private static void check(int kind, Tensor self, int dim, Tensor index, Tensor src) {
        String op = name(kind);
        if (kind == INDEX_FILL) {
            if (index.dtype() != DType.INT64) {
                throw TorchException.index("index_fill_(): Expected dtype int64 for index.");
            }
            return;
        }
        if (index.dtype() != DType.INT64 && !(kind == INDEX_ADD && index.declaredDType() == DType.INT32)) {
            throw TorchException.runtime(op + "(): Expected dtype int64 for index");
        }
        if (kind == INDEX_ADD) {
            if (index.dim() > 1) {
                throw TorchException.index("index_add_(): Index is supposed to be a vector");
            }
            return;
        }
        if (kind != SCATTER_VALUE && src.declaredDType() != self.declaredDType()) {
            throw TorchException.runtime(op + "(): Expected self.dtype to be equal to src.dtype");
        }
        int rank = Math.max(self.dim(), 1);
        if (Math.max(index.dim(), 1) != rank || (kind != SCATTER_VALUE && Math.max(src.dim(), 1) != rank)) {
            throw TorchException.runtime("Index tensor must have the same number of dimensions as "
                    + (Math.max(index.dim(), 1) != rank ? "self" : "src") + " tensor");
        }
        for (int k = 0; k < index.dim(); k++) {
            int i = index.shapeRef()[k];
            if ((k != dim && i > self.shapeRef()[k]) || (kind != SCATTER_VALUE && i > src.shapeRef()[k])) {
                throw TorchException.runtime("Size does not match at dimension " + k + " expected index "
                        + Shape.list(index.shapeRef()) + " to be smaller than self " + Shape.list(self.shapeRef())
                        + " apart from dimension " + dim + " and to be smaller size than src "
                        + Shape.list(src.shapeRef()));
            }
        }
    }

    /** out[p with p[dim] = index[p]] = src[p] (or += src[p]) for each position p of index. */
    private static void scatterLoop(int kind, Tensor out, int dim, Tensor index, Tensor src) {
        int[] ishape = index.shapeRef();
        int n = Shape.numel(ishape);
        int[] ostrides = Shape.contiguousStrides(out.shapeRef());
        int size = out.dim() == 0 ? 1 : out.shapeRef()[dim];
        boolean f32 = out.dtype() == DType.FLOAT32;
        boolean integral = !out.dtype().isFloatingPoint();
        double value = kind == SCATTER_VALUE ? src.doubleAt(0) : 0;
        int[] pos = new int[ishape.length];
        for (int i = 0; i < n; i++) {
            int rest = i;
            for (int k = ishape.length - 1; k >= 0; k--) {
                pos[k] = rest % ishape[k];
                rest /= ishape[k];
            }
            long v = index.longAt(i);
            if (v < -size || v >= size) {
                throw TorchException.runtime("index " + v + " is out of bounds for dimension " + dim + " with size "
                        + size);
            }
            int at = 0;
            int from = 0;
            int[] sshape = kind == SCATTER_VALUE ? null : src.shapeRef();
            for (int k = 0; k < ishape.length; k++) {
                at += (k == dim ? (int) (v < 0 ? v + size : v) : pos[k]) * (out.dim() == 0 ? 0 : ostrides[k]);
                if (sshape != null) {
                    from = from * sshape[k] + pos[k];
                }
            }
            if (integral) {
                long s = kind == SCATTER_VALUE ? (long) value : src.longAt(from);
                out.storage().setLong(at, kind == SCATTER_ADD ? out.storage().getLong(at) + s : s);
            } else {
                double s = kind == SCATTER_VALUE ? value : src.doubleAt(from);
                double r = kind == SCATTER_ADD ? out.storage().getDouble(at) + s : s;
                out.storage().setDouble(at, f32 ? Float32.round(r) : r);
            }
        }
    }

    /** index_add: slice index[k] of out += alpha * slice k of source; index_fill: slices index[k] = value. */
    private static void indexLoop(int kind, Tensor out, int dim, Tensor index, Tensor src, double alpha) {
        int[] shape = out.shapeRef();
        int size = out.dim() == 0 ? 1 : shape[dim];
        int inner = 1;
        for (int k = dim + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        int outer = out.numel() / Math.max(1, size * inner);
        int count = index.numel();
        if (kind == INDEX_ADD && src.dim() > 0 && src.shapeRef()[out.dim() == 0 ? 0 : dim] != count) {
            throw TorchException.runtime("index_add_(): Number of indices (" + count + ") should be equal to "
                    + "source.size(dim) (" + src.shapeRef()[dim] + ")");
        }
        boolean f32 = out.dtype() == DType.FLOAT32;
        boolean integral = !out.dtype().isFloatingPoint();
        double value = kind == INDEX_FILL ? src.doubleAt(0) : 0;
        for (int k = 0; k < count; k++) {
            long v = index.longAt(k);
            if (v < -size || v >= size) {
                if (kind == INDEX_FILL) {
                    throw TorchException.index("index " + v + " is out of bounds for dimension " + dim
                            + " with size " + size);
                }
                throw TorchException.index("index out of range in self");
            }
            int row = (int) (v < 0 ? v + size : v);
            for (int o = 0; o < outer; o++) {
                for (int j = 0; j < inner; j++) {
                    int at = (o * size + row) * inner + j;
                    int from = (o * count + k) * inner + j;
                    if (kind == INDEX_FILL) {
                        if (integral) {
                            out.storage().setLong(at, (long) value);
                        } else {
                            out.storage().setDouble(at, value);
                        }
                    } else if (integral) {
                        out.storage().setLong(at, out.storage().getLong(at) + (long) alpha * src.longAt(from));
                    } else if (f32) {
                        out.storage().setDouble(at, Float32.fma((float) src.doubleAt(from), Float32.round(alpha),
                                (float) out.storage().getDouble(at)));
                    } else {
                        out.storage().setDouble(at, gradpad.engine.Float64.fma(src.doubleAt(from), alpha,
                                out.storage().getDouble(at)));
                    }
                }
            }
        }
    }

    /** index_select(x, dim, index) as a gather (so its own gradient is a scatter-add). */
    static Tensor indexSelect(Tensor x, int dim, Tensor index) {
        int[] shape = x.shape();
        shape[dim] = index.numel();
        int[] view = new int[shape.length];
        java.util.Arrays.fill(view, 1);
        view[dim] = index.numel();
        Tensor idx = Ternary.expanded(Views.reshape(index.detach(), view), shape);
        return Gather.gather(x, dim, idx);
    }

    static final class ScatterBackward extends Node {
        private final int kind;
        private final int dim;
        private final SavedTensor index;
        private final double alpha;
        private final int[] srcShape;

        ScatterBackward(int kind, int dim, Tensor index, Tensor src, double alpha) {
            this.kind = kind;
            this.dim = dim;
            this.index = new SavedTensor(index);
            this.alpha = alpha;
            this.srcShape = src.shape();
        }

        @Override
        public String name() {
            switch (kind) {
                case SCATTER: return "ScatterBackward0";
                case SCATTER_VALUE: return "ScatterBackward1";
                case SCATTER_ADD: return "ScatterAddBackward0";
                case INDEX_ADD: return "IndexAddBackward0";
                default: return "IndexFillBackward0";
            }
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor grad = g[0];
            Tensor idx = index.unpack();
            Tensor zero = Tensor.wrappedScalar(0L);
            Tensor gself = null;
            Tensor gsrc = null;
            if (needsInputGrad(0)) {
                switch (kind) {
                    case SCATTER: case SCATTER_VALUE: gself = scatter(grad, dim, idx, zero, false); break;
                    case INDEX_FILL: gself = indexFill(grad, dim, idx, zero, false); break;
                    default: gself = grad;
                }
            }
            if (needsInputGrad(1) && (kind == SCATTER || kind == SCATTER_ADD)) {
                gsrc = Gather.gather(grad, dim, idx);
            } else if (needsInputGrad(1) && kind == INDEX_ADD) {
                gsrc = grad.dim() == 0 ? grad : Views.expand(indexSelect(grad, dim, idx), srcShape);
                if (alpha != 1) {
                    gsrc = Arithmetic.mul(gsrc, Tensor.wrappedScalar(alpha));
                }
            }
            return new Tensor[] {gself, gsrc};
        }
    }
}
