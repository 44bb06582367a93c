package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * Ops that take floats apart: {@code frac} ({@code x - trunc(x)}, {@code FracBackward0} passes the
 * gradient), {@code nan_to_num} ({@code NanToNumBackward0}: the gradient where x is finite) and
 * {@code heaviside} (recorded as PyTorch's {@code NotImplemented} node, whose backward is an
 * error). All exact, so bit for bit.
 */
public final class FloatParts {
    private FloatParts() {
    }

    public static Tensor frac(Tensor x) {
        if (!x.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"frac_cpu\" not implemented for '" + x.dtype().scalarTypeName() + "'");
        }
        Tensor out = Tensor.empty(x.shape(), x.dtype().kind());
        for (int i = 0; i < out.numel(); i++) {
            double v = x.doubleAt(i);
            double t = v < 0 ? Math.ceil(v) : Math.floor(v);
            out.storage().setDouble(i, v - t);
        }
        out = x.dtype().isNarrow() ? out.narrowTo(x.dtype()) : out;
        if (Recording.needsGrad(x)) {
            Recording.record(new PartsBackward(true, x), out, x);
        }
        return out;
    }

    /** Nulls take PyTorch's defaults: 0 for NaN, the dtype's largest and lowest finite values. */
    public static Tensor nanToNum(Tensor x, Double nan, Double posinf, Double neginf) {
        DType type = x.declaredDType();
        Tensor out;
        if (!type.isFloatingPoint()) {
            out = Conversion.cloneTensor(x).detach();
        } else {
            double max = largest(type);
            double n0 = nan == null ? 0 : nan;
            double p0 = posinf == null ? max : posinf;
            double m0 = neginf == null ? -1.0 * max : neginf;
            if (type == DType.FLOAT32) {
                n0 = Float32.round(n0);
                p0 = Float32.round(p0);
                m0 = Float32.round(m0);
            }
            out = Tensor.empty(x.shape(), type.kind());
            for (int i = 0; i < out.numel(); i++) {
                double v = x.doubleAt(i);
                out.storage().setDouble(i, v != v ? n0 : v == Double.POSITIVE_INFINITY ? p0
                        : v == Double.NEGATIVE_INFINITY ? m0 : v);
            }
            out = type.isNarrow() ? out.narrowTo(type) : out;
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new PartsBackward(false, x), out, x);
        }
        return out;
    }

    /** {@code torch.finfo(type).max}. */
    public static double largest(DType type) {
        switch (type) {
            case FLOAT16: return 65504.0;
            case BFLOAT16: return 3.3895313892515355e38;
            case FLOAT32: return Float.MAX_VALUE;
            default: return Double.MAX_VALUE;
        }
    }

    /** {@code x == 0 ? values : x > 0}, in the common dtype (a NaN x is not > 0: 0). */
    public static Tensor heaviside(Tensor x, Tensor values) {
        if (x.declaredDType() != values.declaredDType()) {
            throw TorchException.runtime("heaviside is not yet implemented for tensors with different dtypes.");
        }
        DType type = TypePromotion.resultType(x, values);
        int[] shape = Ternary.shape(x, values, null);
        Tensor a = Ternary.expanded(x, shape);
        Tensor b = Ternary.expanded(values, shape);
        Tensor out = Tensor.empty(shape, type.kind());
        for (int i = 0; i < out.numel(); i++) {
            double v = a.doubleAt(i);
            out.storage().setDouble(i, v == 0 ? b.doubleAt(i) : v > 0 ? 1 : 0);
        }
        out = type.isNarrow() ? out.narrowTo(type) : out;
        if (Recording.needsGrad(x, values)) {
            Recording.record(new NotImplemented("aten::heaviside"), out, x, values);
        }
        return out;
    }

    /** PyTorch's {@code NotImplemented} node: recorded, but its backward is an error. */
    static final class NotImplemented extends Node {
        private final String op;

        NotImplemented(String op) {
            this.op = op;
        }

        @Override
        public String name() {
            return "NotImplemented";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            throw TorchException.runtime("derivative for " + op + " is not implemented");
        }
    }

    static final class PartsBackward extends Node {
        private final boolean frac;
        private final SavedTensor self;

        PartsBackward(boolean frac, Tensor self) {
            this.frac = frac;
            this.self = frac ? null : new SavedTensor(self);
        }

        @Override
        public String name() {
            return frac ? "FracBackward0" : "NanToNumBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            if (frac) {
                return new Tensor[] {g[0]};
            }
            Tensor x = self.unpack();
            Tensor finite = Pointwise.logicalNot(Pointwise.logicalOr(Comparison.ne(x, x),
                    Comparison.eq(Unary.abs(x), Tensor.wrappedScalar(Double.POSITIVE_INFINITY))));
            return new Tensor[] {Arithmetic.mul(g[0], finite)};
        }
    }
}
