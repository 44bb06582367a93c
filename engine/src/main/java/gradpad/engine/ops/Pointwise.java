package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float64;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/** {@code where}, {@code maximum}/{@code minimum}, {@code clamp} and the logical ops. */
public final class Pointwise {
    private Pointwise() {
    }

    /** {@code torch.where(cond, a, b)}: broadcasting select, recorded as {@code WhereBackward0}. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        if (cond.dtype() != DType.BOOL) {
            throw TorchException.runtime("where expected condition to be a boolean tensor, but got a tensor with "
                    + "dtype " + cond.dtype().scalarTypeName());
        }
        DType type = TypePromotion.resultType(a, b);
        int[] shape = Shape.broadcast(cond.shapeRef(), Shape.broadcast(a.shapeRef(), b.shapeRef()));
        Tensor x = Conversion.convertData(a, type);
        Tensor y = Conversion.convertData(b, type);
        Tensor out = Tensor.empty(shape, type);
        Tensor c = cond.alias(cond.storageOffset(), shape, BinaryKernel.expandedStrides(cond, shape));
        Tensor xe = x.alias(x.storageOffset(), shape, BinaryKernel.expandedStrides(x, shape));
        Tensor ye = y.alias(y.storageOffset(), shape, BinaryKernel.expandedStrides(y, shape));
        int n = out.numel();
        boolean[] cb = c.storage().bool;
        for (int i = 0; i < n; i++) {
            Tensor src = cb[c.storageIndex(i)] ? xe : ye;
            if (type == DType.INT64 || type == DType.BOOL) {
                out.storage().setLong(i, src.longAt(i));
            } else {
                out.storage().setDouble(i, src.doubleAt(i));
            }
        }
        if (Recording.needsGrad(a, b)) {
            Recording.record(new WhereBackward0(cond, a, b), out, a, b);
        }
        return out;
    }

    public static Tensor logicalAnd(Tensor a, Tensor b) {
        return BinaryKernel.run(BinaryKernel.AND, Conversion.convertData(a, DType.BOOL),
                Conversion.convertData(b, DType.BOOL), DType.BOOL);
    }

    public static Tensor logicalOr(Tensor a, Tensor b) {
        return BinaryKernel.run(BinaryKernel.OR, Conversion.convertData(a, DType.BOOL),
                Conversion.convertData(b, DType.BOOL), DType.BOOL);
    }

    public static Tensor logicalNot(Tensor a) {
        return UnaryKernel.run(UnaryKernel.LOGICAL_NOT, a, DType.BOOL);
    }

    /** {@code & | ^} on bool or integer tensors. */
    public static Tensor bitwise(int op, Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        if (t.isFloatingPoint()) {
            String name = op == BinaryKernel.AND ? "bitwise_and_cpu" : op == BinaryKernel.OR ? "bitwise_or_cpu"
                    : "bitwise_xor_cpu";
            throw TorchException.runtime("\"" + name + "\" not implemented for '" + t.scalarTypeName() + "'");
        }
        return BinaryKernel.run(op, a, b, t);
    }

    /** {@code torch.maximum}/{@code torch.minimum} ({@code MaximumBackward0}, {@code MinimumBackward0}). */
    public static Tensor maximum(Tensor a, Tensor b, boolean max) {
        Tensor out = BinaryKernel.run(max ? BinaryKernel.MAXIMUM : BinaryKernel.MINIMUM, a, b,
                TypePromotion.resultType(a, b));
        if (Recording.needsGrad(a, b)) {
            Recording.record(new MaximumBackward0(a, b, max), out, a, b);
        }
        return out;
    }

    /**
     * {@code clamp(min, max)} with Python numbers (either may be null; a whole number counts as an
     * int, so an int tensor stays int): see {@link Clamp}.
     */
    public static Tensor clamp(Tensor x, Double min, Double max) {
        return Clamp.clamp(x, min == null ? null : scalarOf(min, x.dtype()), max == null ? null : scalarOf(max, x.dtype()));
    }

    private static Tensor scalarOf(double v, DType like) {
        return like.isFloatingPoint() || !Float64.isInteger(v) ? Tensor.wrappedScalar(v) : Tensor.wrappedScalar((long) v);
    }

    static final class WhereBackward0 extends Node {
        private final SavedTensor cond;
        private final Arithmetic.InputMeta a;
        private final Arithmetic.InputMeta b;

        WhereBackward0(Tensor cond, Tensor a, Tensor b) {
            this.cond = new SavedTensor(cond);
            this.a = new Arithmetic.InputMeta(a);
            this.b = new Arithmetic.InputMeta(b);
        }

        @Override
        public String name() {
            return "WhereBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor c = cond.unpack();
            Tensor zero = Tensor.wrappedScalar(0L);
            return new Tensor[] {a.reduce(where(c, g[0], zero)), b.reduce(where(c, zero, g[0]))};
        }

    }

    /** Ties split the gradient in half, as PyTorch's {@code maximum} backward does. */
    static final class MaximumBackward0 extends Node {
        private final SavedTensor a;
        private final SavedTensor b;
        private final Arithmetic.InputMeta aMeta;
        private final Arithmetic.InputMeta bMeta;
        private final boolean max;

        MaximumBackward0(Tensor a, Tensor b, boolean max) {
            this.a = new SavedTensor(a);
            this.b = new SavedTensor(b);
            this.aMeta = new Arithmetic.InputMeta(a);
            this.bMeta = new Arithmetic.InputMeta(b);
            this.max = max;
        }

        @Override
        public String name() {
            return max ? "MaximumBackward0" : "MinimumBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = a.unpack();
            Tensor y = b.unpack();
            // at::where(self == other, grad / 2, grad).masked_fill_(self < other, 0) (> for other; swapped for min)
            Tensor half = Arithmetic.div(g[0], Tensor.wrappedScalar(2L));
            Tensor zero = Tensor.wrappedScalar(0L);
            Tensor shared = where(Comparison.eq(x, y), half, g[0]);
            Tensor aLoses = max ? Comparison.lt(x, y) : Comparison.gt(x, y);
            Tensor bLoses = max ? Comparison.gt(x, y) : Comparison.lt(x, y);
            Tensor ga = where(aLoses, zero, shared);
            Tensor gb = where(bLoses, zero, shared);
            return new Tensor[] {aMeta.reduce(ga), bMeta.reduce(gb)};
        }

    }
}
