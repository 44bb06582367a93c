package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/** Elementwise math ({@code exp}, {@code tanh}, {@code relu}, ...) with PyTorch's backward formulas. */
public final class Unary {
    private Unary() {
    }

    /** Integer and bool inputs of floating functions give float32, as in PyTorch. */
    static DType floating(Tensor a) {
        return a.dtype().isFloatingPoint() ? a.dtype() : gradpad.engine.DefaultDType.get();
    }

    public static Tensor exp(Tensor a) {
        return savingResult(UnaryKernel.EXP, a, floating(a), "ExpBackward0", ResultBackward.EXP);
    }

    public static Tensor log(Tensor a) {
        return savingInput(UnaryKernel.LOG, a, floating(a), "LogBackward0", InputBackward.LOG);
    }

    public static Tensor sqrt(Tensor a) {
        return savingResult(UnaryKernel.SQRT, a, floating(a), "SqrtBackward0", ResultBackward.SQRT);
    }

    public static Tensor abs(Tensor a) {
        return savingInput(UnaryKernel.ABS, a, a.dtype(), "AbsBackward0", InputBackward.ABS);
    }

    public static Tensor tanh(Tensor a) {
        return savingResult(UnaryKernel.TANH, a, floating(a), "TanhBackward0", ResultBackward.TANH);
    }

    public static Tensor sigmoid(Tensor a) {
        return savingResult(UnaryKernel.SIGMOID, a, floating(a), "SigmoidBackward0", ResultBackward.SIGMOID);
    }

    public static Tensor relu(Tensor a) {
        return savingResult(UnaryKernel.RELU, a, a.dtype(), "ReluBackward0", ResultBackward.RELU);
    }

    public static Tensor sin(Tensor a) {
        return savingInput(UnaryKernel.SIN, a, floating(a), "SinBackward0", InputBackward.SIN);
    }

    public static Tensor cos(Tensor a) {
        return savingInput(UnaryKernel.COS, a, floating(a), "CosBackward0", InputBackward.COS);
    }

    public static Tensor log1p(Tensor a) {
        return savingInput(UnaryKernel.LOG1P, a, floating(a), "Log1PBackward0", InputBackward.LOG1P);
    }

    public static Tensor log2(Tensor a) {
        return savingInput(UnaryKernel.LOG2, a, floating(a), "Log2Backward0", InputBackward.LOG2);
    }

    public static Tensor log10(Tensor a) {
        return savingInput(UnaryKernel.LOG10, a, floating(a), "Log10Backward0", InputBackward.LOG10);
    }

    public static Tensor expm1(Tensor a) {
        return savingResult(UnaryKernel.EXPM1, a, floating(a), "Expm1Backward0", ResultBackward.EXPM1);
    }

    public static Tensor tan(Tensor a) {
        return savingResult(UnaryKernel.TAN, a, floating(a), "TanBackward0", ResultBackward.TAN);
    }

    public static Tensor rsqrt(Tensor a) {
        return savingResult(UnaryKernel.RSQRT, a, floating(a), "RsqrtBackward0", ResultBackward.RSQRT);
    }

    public static Tensor asin(Tensor a) {
        return savingInput(UnaryKernel.ASIN, a, floating(a), "AsinBackward0", InputBackward.ASIN);
    }

    public static Tensor acos(Tensor a) {
        return savingInput(UnaryKernel.ACOS, a, floating(a), "AcosBackward0", InputBackward.ACOS);
    }

    public static Tensor atan(Tensor a) {
        return savingInput(UnaryKernel.ATAN, a, floating(a), "AtanBackward0", InputBackward.ATAN);
    }

    public static Tensor sinh(Tensor a) {
        return savingInput(UnaryKernel.SINH, a, floating(a), "SinhBackward0", InputBackward.SINH);
    }

    public static Tensor cosh(Tensor a) {
        return savingInput(UnaryKernel.COSH, a, floating(a), "CoshBackward0", InputBackward.COSH);
    }

    public static Tensor reciprocal(Tensor a) {
        return savingResult(UnaryKernel.RECIPROCAL, a, floating(a), "ReciprocalBackward0", ResultBackward.RECIPROCAL);
    }

    /** Runs op; the backward ({@code formula} of ResultBackward) uses the result. */
    private static Tensor savingResult(int op, Tensor a, DType type, String backwardName, int formula) {
        Tensor out = UnaryKernel.run(op, a, type);
        if (Recording.needsGrad(a)) {
            Recording.record(new ResultBackward(backwardName, out, formula), out, a);
        }
        return out;
    }

    /** Runs op; the backward ({@code formula} of InputBackward) uses the input. */
    private static Tensor savingInput(int op, Tensor a, DType type, String backwardName, int formula) {
        Tensor out = UnaryKernel.run(op, a, type);
        if (Recording.needsGrad(a)) {
            Recording.record(new InputBackward(backwardName, a, formula), out, a);
        }
        return out;
    }

    /** {@code sign}, {@code floor}, ... : piecewise constant, so their gradient is zero. */
    public static Tensor piecewiseConstant(int op, String backwardName, Tensor a) {
        Tensor out = UnaryKernel.run(op, a, a.dtype());
        if (Recording.needsGrad(a)) {
            Recording.record(new ZeroBackward(backwardName, a), out, a);
        }
        return out;
    }

    /** Backward formulas written in terms of the forward result. */
    static final class ResultBackward extends Node {
        static final int EXP = 0;
        static final int SQRT = 1;
        static final int TANH = 2;
        static final int SIGMOID = 3;
        static final int RELU = 4;
        static final int RECIPROCAL = 5;
        static final int EXPM1 = 6;
        static final int TAN = 7;
        static final int RSQRT = 8;

        private final String name;
        private final int kind;
        private final SavedTensor result;

        ResultBackward(String name, Tensor result, int kind) {
            this.name = name;
            this.kind = kind;
            this.result = new SavedTensor(result, this);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor y = result.unpack();
            Tensor grad = g[0];
            Tensor r;
            switch (kind) {
                case EXP:
                    r = Arithmetic.mul(grad, y);
                    break;
                case SQRT:
                    r = Arithmetic.div(grad, Arithmetic.mul(y, Tensor.wrappedScalar(2L)));
                    break;
                case TANH:
                    // tanh_backward: grad * (1 - y * y)
                    r = FusedBackward.apply(FusedBackward.TANH, grad, y);
                    if (r == null) {
                        r = Arithmetic.mul(grad, Arithmetic.rsub(Arithmetic.mul(y, y), Tensor.wrappedScalar(1L)));
                    }
                    break;
                case SIGMOID:
                    // sigmoid_backward: grad * (1 - y) * y
                    r = FusedBackward.apply(FusedBackward.SIGMOID, grad, y);
                    if (r == null) {
                        r = Arithmetic.mul(Arithmetic.mul(grad, Arithmetic.rsub(y, Tensor.wrappedScalar(1L))), y);
                    }
                    break;
                case RELU:
                    // threshold_backward: result <= 0 ? 0 : grad (a NaN result passes the gradient)
                    r = FusedBackward.apply(FusedBackward.RELU, grad, y);
                    if (r == null) {
                        r = Pointwise.where(Comparison.le(y, Tensor.wrappedScalar(0L)), Tensor.wrappedScalar(0L), grad);
                    }
                    break;
                case EXPM1:
                    // grad * (result + 1)
                    r = Arithmetic.mul(grad, Arithmetic.add(y, Tensor.wrappedScalar(1L)));
                    break;
                case RSQRT:
                    // -0.5 * grad * result.pow(3)
                    r = Arithmetic.mul(Arithmetic.mul(Tensor.wrappedScalar(-0.5), grad),
                            Arithmetic.pow(y, Tensor.wrappedScalar(3L)));
                    break;
                case TAN:
                    // grad * (1 + result.pow(2))
                    r = Arithmetic.mul(grad, Arithmetic.add(Arithmetic.mul(y, y), Tensor.wrappedScalar(1L)));
                    break;
                default:
                    // reciprocal: -grad * (y * y)
                    r = Arithmetic.mul(Arithmetic.neg(grad), Arithmetic.mul(y, y));
            }
            return new Tensor[] {r};
        }

    }

    /** Backward formulas written in terms of the forward input. */
    static final class InputBackward extends Node {
        static final int LOG = 0;
        static final int ABS = 1;
        static final int SIN = 2;
        static final int COS = 3;
        static final int LOG1P = 4;
        static final int LOG2 = 5;
        static final int LOG10 = 6;
        static final int ASIN = 7;
        static final int ACOS = 8;
        static final int ATAN = 9;
        static final int SINH = 10;
        static final int COSH = 11;

        private final String name;
        private final int kind;
        private final SavedTensor input;

        InputBackward(String name, Tensor input, int kind) {
            this.name = name;
            this.kind = kind;
            this.input = new SavedTensor(input);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            Tensor grad = g[0];
            Tensor r;
            switch (kind) {
                case LOG:
                    r = Arithmetic.div(grad, x);
                    break;
                case ABS:
                    r = Arithmetic.mul(grad, piecewiseConstant(UnaryKernel.SIGN, "SignBackward0", x));
                    break;
                case SIN:
                    r = Arithmetic.mul(grad, cos(x));
                    break;
                case LOG1P:
                    // log1p_backward: grad / (self + 1)
                    r = Arithmetic.div(grad, Arithmetic.add(x, Tensor.wrappedScalar(1L)));
                    break;
                case LOG2:
                    r = Arithmetic.div(grad, Arithmetic.mul(x, Tensor.wrappedScalar(0.6931471805599453)));
                    break;
                case LOG10:
                    r = Arithmetic.div(grad, Arithmetic.mul(x, Tensor.wrappedScalar(2.3025850929940456)));
                    break;
                case ASIN:
                case ACOS: {
                    // grad * (-self * self + 1).rsqrt(), negated for acos
                    Tensor root = rsqrt(Arithmetic.add(Arithmetic.mul(Arithmetic.neg(x), x), Tensor.wrappedScalar(1L)));
                    r = Arithmetic.mul(grad, kind == ASIN ? root : Arithmetic.neg(root));
                    break;
                }
                case ATAN:
                    r = Arithmetic.div(grad, Arithmetic.add(Arithmetic.mul(x, x), Tensor.wrappedScalar(1L)));
                    break;
                case SINH:
                    r = Arithmetic.mul(grad, cosh(x));
                    break;
                case COSH:
                    r = Arithmetic.mul(grad, sinh(x));
                    break;
                default:
                    r = Arithmetic.mul(grad, Arithmetic.neg(sin(x)));
            }
            return new Tensor[] {r};
        }

    }

    static final class ZeroBackward extends Node {
        private final String name;
        private final int[] shape;
        private final DType dtype;

        ZeroBackward(String name, Tensor input) {
            this.name = name;
            this.shape = input.shapeRef();
            this.dtype = input.dtype();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {Tensor.empty(shape, dtype)};
        }
    }
}
