package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code remainder} (Python's {@code %}: the result takes the divisor's sign) and {@code fmod}
 * (C's {@code fmod}: the dividend's sign), with PyTorch's backwards: the input's gradient passes
 * through, the divisor's is {@code -grad * (self / other)} rounded down (remainder) or toward
 * zero (fmod).
 */
public final class Modulo {
    private Modulo() {
    }

    public static Tensor remainder(Tensor a, Tensor b) {
        return run(BinaryKernel.REMAINDER, a, b);
    }

    public static Tensor fmod(Tensor a, Tensor b) {
        return run(BinaryKernel.FMOD, a, b);
    }

    private static Tensor run(int op, Tensor a, Tensor b) {
        Tensor out = BinaryKernel.run(op, a, b, TypePromotion.resultType(a, b));
        if (Recording.needsGrad(a, b)) {
            Recording.record(new ModuloBackward(op, a, b), out, a, b);
        }
        return out;
    }

    /**
     * RemainderBackward0/FmodBackward0 when the divisor is a Python number (PyTorch's
     * {@code .Scalar} overloads), RemainderBackward1/FmodBackward1 for a tensor divisor.
     */
    static final class ModuloBackward extends Node {
        private final int op;
        private final boolean numberDivisor;
        private final Arithmetic.InputMeta aMeta;
        private final Arithmetic.InputMeta bMeta;
        private final SavedTensor a;
        private final SavedTensor b;

        ModuloBackward(int op, Tensor a, Tensor b) {
            this.op = op;
            this.numberDivisor = b.isWrappedNumber();
            this.aMeta = new Arithmetic.InputMeta(a);
            this.bMeta = new Arithmetic.InputMeta(b);
            this.a = b.requiresGrad() ? new SavedTensor(a) : null;
            this.b = b.requiresGrad() ? new SavedTensor(b) : null;
        }

        @Override
        public String name() {
            return (op == BinaryKernel.REMAINDER ? "RemainderBackward" : "FmodBackward") + (numberDivisor ? "0" : "1");
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor ga = needsInputGrad(0) ? aMeta.reduce(g[0]) : null;
            Tensor gb = null;
            if (a != null) {
                Tensor self = a.unpack();
                Tensor other = b.unpack();
                Tensor quotient = op == BinaryKernel.REMAINDER
                        ? Arithmetic.floorDivide(self, other)
                        : Unary.piecewiseConstant(UnaryKernel.TRUNC, "TruncBackward0", Arithmetic.div(self, other));
                gb = bMeta.reduce(Arithmetic.mul(Arithmetic.neg(g[0]), quotient));
            }
            return new Tensor[] {ga, gb};
        }
    }
}
