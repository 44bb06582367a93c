package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code pow} in its three forms. With a Python-number exponent PyTorch's CPU kernel takes
 * shortcuts (x*x for 2, sqrt for 0.5, ...) whose float32 rounding differs from {@code powf}; they
 * are mirrored so printed digits match.
 */
final class Power {
    private Power() {
    }

    static Tensor powScalar(Tensor x, Tensor exponent) {
        DType type = TypePromotion.resultType(x, exponent);
        double e = exponent.doubleAt(0);
        Tensor out;
        if (!type.isFloatingPoint()) {
            long ie = exponent.longAt(0);
            if (ie < 0) {
                throw gradpad.engine.TorchException.runtime("Integers to negative integer powers are not allowed.");
            }
            out = BinaryKernel.run(BinaryKernel.POW, x, exponent, type);
        } else {
            out = floatPowScalar(Conversion.convertData(x, type), e);
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new PowBackward0(x, e), out, x);
        }
        return out;
    }

    private static Tensor floatPowScalar(Tensor x, double e) {
        if (e == 0) {
            return Creation.fullLike(x, 1.0);
        }
        if (e == 1) {
            return Conversion.copyData(x);
        }
        if (e == 2) {
            return UnaryKernel.run(UnaryKernel.SQUARE, x, x.dtype());
        }
        if (e == 3) {
            Tensor sq = UnaryKernel.run(UnaryKernel.SQUARE, x, x.dtype());
            return BinaryKernel.run(BinaryKernel.MUL, sq, x, x.dtype());
        }
        if (e == 0.5) {
            return UnaryKernel.run(UnaryKernel.SQRT, x, x.dtype());
        }
        if (e == -0.5) {
            return UnaryKernel.run(UnaryKernel.RSQRT, x, x.dtype());
        }
        if (e == -1) {
            return UnaryKernel.run(UnaryKernel.RECIPROCAL, x, x.dtype());
        }
        if (e == -2) {
            Tensor sq = UnaryKernel.run(UnaryKernel.SQUARE, x, x.dtype());
            return UnaryKernel.run(UnaryKernel.RECIPROCAL, sq, x.dtype());
        }
        // powf takes a float exponent for float32 tensors.
        double exp = x.dtype() == DType.FLOAT32 ? (double) (float) e : e;
        return BinaryKernel.run(BinaryKernel.POW, x, Tensor.wrappedScalar(exp), x.dtype());
    }

    static Tensor powTensor(Tensor x, Tensor exponent) {
        DType type = TypePromotion.resultType(x, exponent);
        Tensor out = BinaryKernel.run(BinaryKernel.POW, x, exponent, type);
        if (Recording.needsGrad(x, exponent)) {
            Recording.record(new PowBackward1(x, exponent, out), out, x, exponent);
        }
        return out;
    }

    static Tensor powBase(Tensor base, Tensor x) {
        DType type = TypePromotion.resultType(base, x);
        Tensor out = BinaryKernel.run(BinaryKernel.POW, base, x, type);
        if (Recording.needsGrad(x)) {
            Recording.record(new PowBackward2(base.doubleAt(0), x, out), out, x);
        }
        return out;
    }

    /** {@code pow_backward}: grad * (e * x.pow(e - 1)), zeros for e == 0. */
    static final class PowBackward0 extends Node {
        private final SavedTensor self;
        private final double exponent;

        PowBackward0(Tensor self, double exponent) {
            this.self = new SavedTensor(self);
            this.exponent = exponent;
        }

        @Override
        public String name() {
            return "PowBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            if (exponent == 0) {
                return new Tensor[] {Creation.zerosLike(x)};
            }
            Tensor p = Arithmetic.pow(x, Tensor.wrappedScalar(exponent - 1));
            return new Tensor[] {Arithmetic.mul(g[0], Arithmetic.mul(p, Tensor.wrappedScalar(exponent)))};
        }

    }

    static final class PowBackward1 extends Node {
        private final Arithmetic.InputMeta selfMeta;
        private final Arithmetic.InputMeta expMeta;
        private final SavedTensor self;
        private final SavedTensor exponent;
        private final SavedTensor result;

        PowBackward1(Tensor self, Tensor exponent, Tensor result) {
            this.selfMeta = new Arithmetic.InputMeta(self);
            this.expMeta = new Arithmetic.InputMeta(exponent);
            this.self = new SavedTensor(self);
            this.exponent = new SavedTensor(exponent);
            this.result = exponent.requiresGrad() ? new SavedTensor(result, this) : null;
        }

        @Override
        public String name() {
            return "PowBackward1";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor e = exponent.unpack();
            Tensor zero = Tensor.wrappedScalar(0L);
            // d/dx: grad * e * x^(e-1), masked to 0 where e == 0
            Tensor dx = Arithmetic.mul(g[0], Arithmetic.mul(e, Arithmetic.pow(x,
                    Arithmetic.sub(e, Tensor.wrappedScalar(1L)))));
            dx = Pointwise.where(Comparison.eq(e, zero), zero, dx);
            Tensor de = null;
            if (result != null) {
                // d/de: grad * result * log(x), masked to 0 where x == 0 and e >= 0
                de = Arithmetic.mul(g[0], Arithmetic.mul(result.unpack(), Unary.log(x)));
                Tensor mask = Pointwise.logicalAnd(Comparison.eq(x, zero), Comparison.ge(e, zero));
                de = Pointwise.where(mask, zero, de);
                de = expMeta.reduce(de);
            }
            return new Tensor[] {selfMeta.reduce(dx), de};
        }

    }

    static final class PowBackward2 extends Node {
        private final double base;
        private final SavedTensor result;
        private final SavedTensor exponent;

        PowBackward2(double base, Tensor exponent, Tensor result) {
            this.base = base;
            this.result = new SavedTensor(result, this);
            this.exponent = base == 0 ? new SavedTensor(exponent) : null;
        }

        @Override
        public String name() {
            return "PowBackward2";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor r = result.unpack();
            Tensor out = Arithmetic.mul(g[0], Arithmetic.mul(r, Tensor.wrappedScalar(Math.log(base))));
            if (base == 0) {
                // 0 ** e has gradient 0 for e >= 0 (PyTorch masks the log(0) = -inf term)
                out = Pointwise.where(Comparison.ge(exponent.unpack(), Tensor.wrappedScalar(0L)),
                        Tensor.wrappedScalar(0L), out);
            }
            return new Tensor[] {out};
        }

    }
}
