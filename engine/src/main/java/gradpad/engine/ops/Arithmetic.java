package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code + - * / ** neg} and their reflected forms, each recording PyTorch's backward node.
 * Python numbers arrive as wrapped 0-d tensors (see {@link Tensor#wrappedScalar}).
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    public static Tensor add(Tensor a, Tensor b) {
        Tensor out = BinaryKernel.run(BinaryKernel.ADD, a, b, TypePromotion.resultType(a, b));
        if (Recording.needsGrad(a, b)) {
            Recording.record(new AddBackward0(a, b), out, a, b);
        }
        return out;
    }

    public static Tensor sub(Tensor a, Tensor b) {
        checkSub(a, b);
        Tensor out = BinaryKernel.run(BinaryKernel.SUB, a, b, TypePromotion.resultType(a, b));
        if (Recording.needsGrad(a, b)) {
            Recording.record(new SubBackward0(a, b), out, a, b);
        }
        return out;
    }

    /** {@code number - x} ({@code torch.rsub}): recorded as {@code RsubBackward1}. */
    public static Tensor rsub(Tensor x, Tensor number) {
        checkSub(number, x);
        Tensor out = BinaryKernel.run(BinaryKernel.SUB, number, x, TypePromotion.resultType(x, number));
        if (Recording.needsGrad(x)) {
            Recording.record(new RsubBackward1(x), out, x);
        }
        return out;
    }

    private static void checkSub(Tensor a, Tensor b) {
        if (a.dtype() == DType.BOOL && b.dtype() == DType.BOOL) {
            throw gradpad.engine.TorchException.runtime("Subtraction, the `-` operator, with two bool tensors is "
                    + "not supported. Use the `^` or `logical_xor()` operator instead.");
        }
        if (a.dtype() == DType.BOOL || b.dtype() == DType.BOOL) {
            throw gradpad.engine.TorchException.runtime("Subtraction, the `-` operator, with a bool tensor is not "
                    + "supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator "
                    + "instead.");
        }
    }

    public static Tensor mul(Tensor a, Tensor b) {
        Tensor out = BinaryKernel.run(BinaryKernel.MUL, a, b, TypePromotion.resultType(a, b));
        if (Recording.needsGrad(a, b)) {
            Recording.record(new MulBackward0(a, b), out, a, b);
        }
        return out;
    }

    /** True division: integers divide as floats. */
    public static Tensor div(Tensor a, Tensor b) {
        DType t = TypePromotion.resultType(a, b);
        if (!t.isFloatingPoint()) {
            t = DType.FLOAT32;
        }
        Tensor out = BinaryKernel.run(BinaryKernel.DIV, a, b, t);
        if (Recording.needsGrad(a, b)) {
            Recording.record(new DivBackward0(a, b), out, a, b);
        }
        return out;
    }

    /** {@code number / x}: PyTorch computes {@code x.reciprocal() * number}. */
    public static Tensor rdiv(Tensor x, Tensor number) {
        return mul(Unary.reciprocal(x), number);
    }

    public static Tensor floorDivide(Tensor a, Tensor b) {
        return BinaryKernel.run(BinaryKernel.FLOOR_DIVIDE, a, b, TypePromotion.resultType(a, b));
    }

    public static Tensor neg(Tensor a) {
        if (a.dtype() == DType.BOOL) {
            throw gradpad.engine.TorchException.runtime("Negation, the `-` operator, on a bool tensor is not "
                    + "supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator "
                    + "instead.");
        }
        Tensor out = BinaryKernel.run(BinaryKernel.SUB, Tensor.wrappedScalar(0L), a, a.dtype());
        // 0 - x would turn +0 into +0, but -x must give -0: flip the sign bit where it matters.
        if (a.dtype().isFloatingPoint()) {
            out = UnaryKernel.run(UnaryKernel.NEG, a, a.dtype());
        }
        if (Recording.needsGrad(a)) {
            Recording.record(new NegBackward0(), out, a);
        }
        return out;
    }

    /** {@code x ** exponent}: a Python number ({@code PowBackward0}) or a tensor ({@code PowBackward1}). */
    public static Tensor pow(Tensor x, Tensor exponent) {
        if (exponent.isWrappedNumber()) {
            return Power.powScalar(x, exponent);
        }
        return Power.powTensor(x, exponent);
    }

    /** {@code number ** x} ({@code PowBackward2}). */
    public static Tensor rpow(Tensor number, Tensor x) {
        return Power.powBase(number, x);
    }

    // ---- backward nodes ------------------------------------------------------------------------

    /** Shape and dtype of a forward input: its gradient is summed and cast back to them. */
    static final class InputMeta {
        final int[] shape;
        final DType dtype;

        InputMeta(Tensor t) {
            shape = t.shapeRef();
            dtype = t.dtype();
        }

        Tensor reduce(Tensor grad) {
            return Conversion.to(Reductions.sumToShape(grad, shape), dtype);
        }
    }

    static final class AddBackward0 extends Node {
        private final InputMeta a;
        private final InputMeta b;

        AddBackward0(Tensor a, Tensor b) {
            this.a = new InputMeta(a);
            this.b = new InputMeta(b);
        }

        @Override
        public String name() {
            return "AddBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {needsInputGrad(0) ? a.reduce(g[0]) : null, needsInputGrad(1) ? b.reduce(g[0]) : null};
        }
    }

    static final class SubBackward0 extends Node {
        private final InputMeta a;
        private final InputMeta b;

        SubBackward0(Tensor a, Tensor b) {
            this.a = new InputMeta(a);
            this.b = new InputMeta(b);
        }

        @Override
        public String name() {
            return "SubBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {needsInputGrad(0) ? a.reduce(g[0]) : null,
                needsInputGrad(1) ? b.reduce(neg(g[0])) : null};
        }
    }

    static final class RsubBackward1 extends Node {
        private final InputMeta x;

        RsubBackward1(Tensor x) {
            this.x = new InputMeta(x);
        }

        @Override
        public String name() {
            return "RsubBackward1";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {x.reduce(neg(g[0]))};
        }
    }

    static final class MulBackward0 extends Node {
        private final InputMeta aMeta;
        private final InputMeta bMeta;
        private SavedTensor a;
        private SavedTensor b;

        MulBackward0(Tensor a, Tensor b) {
            // Each input's gradient needs the other input only.
            this(a, b, b.requiresGrad() ? a : null, a.requiresGrad() ? b : null);
        }

        /** For in-place ops: {@code saveA} may be a snapshot of self taken before it was overwritten. */
        MulBackward0(Tensor a, Tensor b, Tensor saveA, Tensor saveB) {
            this.aMeta = new InputMeta(a);
            this.bMeta = new InputMeta(b);
            this.a = saveA == null ? null : new SavedTensor(saveA);
            this.b = saveB == null ? null : new SavedTensor(saveB);
        }

        @Override
        public String name() {
            return "MulBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor ga = b == null ? null : aMeta.reduce(mul(g[0], b.unpack()));
            Tensor gb = a == null ? null : bMeta.reduce(mul(g[0], a.unpack()));
            return new Tensor[] {ga, gb};
        }

    }

    static final class DivBackward0 extends Node {
        private final InputMeta aMeta;
        private final InputMeta bMeta;
        private final SavedTensor a;
        private final SavedTensor b;

        DivBackward0(Tensor a, Tensor b) {
            this(a, b, b.requiresGrad() ? a : null);
        }

        /** For in-place ops: {@code saveA} may be a snapshot of self taken before it was overwritten. */
        DivBackward0(Tensor a, Tensor b, Tensor saveA) {
            this.aMeta = new InputMeta(a);
            this.bMeta = new InputMeta(b);
            this.a = saveA == null ? null : new SavedTensor(saveA);
            this.b = new SavedTensor(b);
        }

        @Override
        public String name() {
            return "DivBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor other = b.unpack();
            Tensor ga = needsInputGrad(0) ? aMeta.reduce(div(g[0], other)) : null;
            Tensor gb = null;
            if (a != null) {
                // PyTorch: -grad * ((self / other) / other)
                gb = bMeta.reduce(mul(neg(g[0]), div(div(a.unpack(), other), other)));
            }
            return new Tensor[] {ga, gb};
        }

    }

    static final class NegBackward0 extends Node {
        @Override
        public String name() {
            return "NegBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {neg(g[0])};
        }
    }
}
