package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;
import static gradpad.engine.GradCheck.ranged;

import gradpad.engine.DType;
import gradpad.engine.GradCheck;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Clamp;
import gradpad.engine.ops.Comparison;
import gradpad.engine.ops.Masking;
import gradpad.engine.ops.Modulo;
import gradpad.engine.ops.Pointwise;
import gradpad.engine.ops.Unary;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** gradcheck and gradgradcheck of the elementwise ops, with broadcasting and Python-number operands. */
class GradCheckPointwiseTest {
    private static Tensor num(double v) {
        return Tensor.wrappedScalar(v);
    }

    private static String shapes(int[] a, int[] b) {
        return Shape.list(a) + " and " + Shape.list(b);
    }

    @TestFactory
    Stream<DynamicTest> arithmeticWithBroadcasting() {
        GradCheck.Cases c = new GradCheck.Cases();
        int[][][] pairs = {{{2, 3}, {2, 3}}, {{2, 3}, {3}}, {{2, 1}, {1, 3}}, {{3}, {}}, {{}, {2, 2}}, {{4, 1, 2}, {3, 1}}};
        long seed = 1;
        for (int[][] s : pairs) {
            Tensor a = input(seed++, s[0]);
            Tensor b = ranged(seed++, 0.5, 2, s[1]);
            String on = shapes(s[0], s[1]);
            c.add("add " + on, in -> in[0].add(in[1]), a, b);
            c.add("sub " + on, in -> in[0].sub(in[1]), a, b);
            c.add("mul " + on, in -> in[0].mul(in[1]), a, b);
            c.add("div " + on, in -> in[0].div(in[1]), a, b);
        }
        Tensor x = ranged(7, 0.5, 2, 2, 3);
        c.add("x + 2.5", in -> in[0].add(2.5), x);
        c.add("x - 2.5", in -> in[0].sub(2.5), x);
        c.add("1 - x (rsub)", in -> Arithmetic.rsub(in[0], num(1)), x);
        c.add("x * -3", in -> in[0].mul(-3), x);
        c.add("x / 4", in -> in[0].div(4), x);
        c.add("2 / x", in -> Arithmetic.rdiv(in[0], num(2)), x);
        c.add("-x", in -> in[0].neg(), x);
        c.add("x * x (same tensor twice)", in -> in[0].mul(in[0]), x);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> powInAllThreeForms() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = ranged(8, 0.5, 2, 3, 2);
        for (double e : new double[] {0, 1, 2, 3, -1, -2, 0.5, -0.5, 2.5, 1.7}) {
            c.add("x ** " + e, in -> in[0].pow(e), x);
        }
        Tensor neg = ranged(9, -2, 2, 5);
        c.add("negative x ** 2", in -> in[0].pow(2), neg);
        c.add("negative x ** 3", in -> in[0].pow(3), neg);
        Tensor y = ranged(10, -1, 2, 3, 2);
        c.add("x ** y", in -> in[0].pow(in[1]), x, y);
        c.add("x ** y broadcast [3,2] and [2]", in -> in[0].pow(in[1]), x, ranged(11, -1, 2, 2));
        c.add("2 ** y", in -> Arithmetic.rpow(num(2), in[0]), y);
        c.add("0.5 ** y", in -> Arithmetic.rpow(num(0.5), in[0]), y);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> remainderAndFmod() {
        GradCheck.Cases c = new GradCheck.Cases();
        // Quotients kept away from whole numbers: the finite differences must not straddle a jump.
        Tensor a = GradCheck.values(new double[] {-7.3, -2.2, 2.6, 7.1, 0.4, -0.45}, 2, 3);
        Tensor b = GradCheck.values(new double[] {3, -3, 1.7, -1.9, 2.3, 1.1}, 2, 3);
        c.add("remainder(a, b)", in -> Modulo.remainder(in[0], in[1]), a, b);
        c.add("fmod(a, b)", in -> Modulo.fmod(in[0], in[1]), a, b);
        c.add("remainder(a, b) broadcast [2,3] and [3]", in -> Modulo.remainder(in[0], in[1]), a,
                GradCheck.values(new double[] {3, -3, 1.7}, 3));
        c.add("fmod(a, b) broadcast [2,3] and [3]", in -> Modulo.fmod(in[0], in[1]), a,
                GradCheck.values(new double[] {3, -3, 1.7}, 3));
        c.add("a % 2.5", in -> Modulo.remainder(in[0], num(2.5)), a);
        c.add("fmod(a, -2.5)", in -> Modulo.fmod(in[0], num(-2.5)), a);
        // leaky_relu: away from 0, where it has no derivative
        Tensor k = GradCheck.values(new double[] {-2.1, -0.7, 0.4, 1.3, -0.05, 2.2}, 2, 3);
        c.add("leaky_relu(x, 0.2)", in -> gradpad.engine.ops.LeakyRelu.apply(in[0], 0.2), k);
        c.add("leaky_relu(x, 0.01)", in -> gradpad.engine.ops.LeakyRelu.apply(in[0], 0.01), k);
        // gelu, elu, silu, softplus: gradgradcheck goes through their BackwardBackward0 nodes
        c.add("gelu(x)", in -> gradpad.engine.ops.Gelu.apply(in[0], false), k);
        c.add("gelu(x, approximate='tanh')", in -> gradpad.engine.ops.Gelu.apply(in[0], true), k);
        c.add("elu(x)", in -> gradpad.engine.ops.Elu.apply(in[0], 1.0), k);
        c.add("elu(x, 0.5)", in -> gradpad.engine.ops.Elu.apply(in[0], 0.5), k);
        c.add("silu(x)", in -> gradpad.engine.ops.Silu.apply(in[0]), k);
        c.add("softplus(x)", in -> gradpad.engine.ops.Softplus.apply(in[0], 1.0, 20.0), k);
        c.add("softplus(x, 2, 1.5)", in -> gradpad.engine.ops.Softplus.apply(in[0], 2.0, 1.5), k);
        c.add("cumsum(x, 1)", in -> gradpad.engine.ops.Cumsum.cumsum(in[0], 1, null), k);
        c.add("cumsum(x, 0)", in -> gradpad.engine.ops.Cumsum.cumsum(in[0], 0, null), k);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> unaryFunctions() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = ranged(12, -2, 2, 2, 3);
        Tensor pos = ranged(13, 0.2, 3, 2, 3);
        c.add("exp", in -> in[0].exp(), x);
        c.add("log", in -> in[0].log(), pos);
        c.add("sqrt", in -> in[0].sqrt(), pos);
        c.add("abs", in -> in[0].abs(), x);
        c.add("tanh", in -> in[0].tanh(), x);
        c.add("sigmoid", in -> in[0].sigmoid(), x);
        c.add("relu", in -> in[0].relu(), x);
        c.add("sin", in -> in[0].sin(), x);
        c.add("cos", in -> in[0].cos(), x);
        c.add("reciprocal", in -> Unary.reciprocal(in[0]), pos);
        c.add("tanh of a 0-d tensor", in -> in[0].tanh(), input(14));
        Tensor offGrid = ranged(31, 0.1, 0.4, 2, 3).add(Tensor.of(new double[] {-2, -1, 0, 1, 2, 3}, 2, 3).detach());
        c.add("sign (zero gradient)", in -> Unary.piecewiseConstant(gradpad.engine.ops.UnaryKernel.SIGN,
                "SignBackward0", in[0]).mul(in[0]), x);
        c.add("floor (zero gradient)", in -> Unary.piecewiseConstant(gradpad.engine.ops.UnaryKernel.FLOOR,
                "FloorBackward0", in[0]).add(in[0].mul(in[0])), offGrid.detach().requiresGrad_(true));
        c.add("round (zero gradient)", in -> Unary.piecewiseConstant(gradpad.engine.ops.UnaryKernel.ROUND,
                "RoundBackward0", in[0]).mul(in[0]), offGrid.detach().requiresGrad_(true));
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> selectingOps() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor a = input(14, 2, 3);
        Tensor b = input(15, 2, 3);
        Tensor cond = Comparison.gt(input(16, 2, 3), num(0));
        c.add("where", in -> Pointwise.where(cond, in[0], in[1]), a, b);
        c.add("where broadcast [3] cond, [2,3] and [2,1]",
                in -> Pointwise.where(Comparison.gt(input(17, 3), num(0)), in[0], in[1]), a, input(18, 2, 1));
        c.add("where with a number", in -> Pointwise.where(cond, in[0], num(0.5)), a);
        c.add("maximum", in -> in[0].maximum(in[1]), a, b);
        c.add("minimum", in -> in[0].minimum(in[1]), a, b);
        c.add("maximum broadcast [2,3] and [3]", in -> in[0].maximum(in[1]), a, input(19, 3));
        Tensor x = ranged(20, -2, 2, 3, 4);
        c.add("clamp(-0.5, 0.5)", in -> in[0].clamp(-0.5, 0.5), x);
        c.add("clamp(min=0)", in -> in[0].clamp(0.0, null), x);
        c.add("clamp(max=0.3)", in -> in[0].clamp(null, 0.3), x);
        c.add("clamp(1, -1) (min > max)", in -> in[0].clamp(1.0, -1.0), x);
        Tensor lo = ranged(21, -1, 0, 4);
        Tensor hi = ranged(22, 0, 1, 3, 1);
        c.add("clamp with tensor bounds", in -> Clamp.clamp(in[0], in[1], in[2]), x, lo, hi);
        c.add("clamp with a tensor min", in -> Clamp.clamp(in[0], in[1], null), x, lo);
        c.add("clamp with a tensor max", in -> Clamp.clamp(in[0], null, in[1]), x, hi);
        c.add("clamp with tensor bounds, min > max", in -> Clamp.clamp(in[0], in[2], in[1]), x, lo, hi);
        Tensor mask = Comparison.gt(input(24, 2, 3), num(0));
        c.add("masked_fill with a number", in -> Masking.maskedFill(in[0], mask, num(0.25)), a);
        c.add("masked_fill with a 0-d tensor", in -> Masking.maskedFill(in[0], mask, in[1]), a, input(25));
        c.add("masked_fill, mask [3] broadcast", in -> Masking.maskedFill(in[0], Comparison.gt(input(26, 3), num(0)),
                in[1]), a, input(27));
        c.add("masked_fill, self [3] broadcast to the mask", in -> Masking.maskedFill(in[0], mask, num(1)), input(28, 3));
        c.add("masked_fill_ on a non-leaf", in -> Masking.maskedFill_(in[0].mul(1), mask, in[1]), a, input(29));
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> dtypeConversions() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(30, 2, 3);
        c.add("to(float64) then clone", in -> in[0].to(DType.FLOAT64).clone(), x);
        c.add("sum(dtype=float64)", in -> in[0].sum(DType.FLOAT64), x);
        return c.stream();
    }

    static int[] dims(int... d) {
        return Arrays.copyOf(d, d.length);
    }

    @TestFactory
    Stream<DynamicTest> logarithmsAndTrigonometry() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = ranged(90, 0.5, 2, 2, 3);
        c.add("log1p", in -> Unary.log1p(in[0]), x);
        c.add("expm1", in -> Unary.expm1(in[0]), x);
        c.add("log2", in -> Unary.log2(in[0]), x);
        c.add("log10", in -> Unary.log10(in[0]), x);
        c.add("tan", in -> Unary.tan(in[0]), ranged(91, -1, 1, 2, 3));
        c.add("rsqrt", in -> Unary.rsqrt(in[0]), x);
        Tensor unit = ranged(92, -0.8, 0.8, 2, 3);
        c.add("asin", in -> Unary.asin(in[0]), unit);
        c.add("acos", in -> Unary.acos(in[0]), unit);
        c.add("atan", in -> Unary.atan(in[0]), unit);
        c.add("sinh", in -> Unary.sinh(in[0]), unit);
        c.add("cosh", in -> Unary.cosh(in[0]), unit);
        return c.stream();
    }
}
