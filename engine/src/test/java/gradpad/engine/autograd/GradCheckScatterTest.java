package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Cummax;
import gradpad.engine.ops.Mode;
import gradpad.engine.ops.Quantile;
import gradpad.engine.ops.Scatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * gradcheck and gradgradcheck of scatter (tensor and number src), scatter_add, index_add, index_fill
 * (out of place and in place on a non-leaf), cummax/cummin, mode and quantile.
 */
class GradCheckScatterTest {
    private static final Tensor INDEX = Tensor.of(new long[] {0, 1, 2, 0, 2, 0, 0, 1}, 2, 4);

    @TestFactory
    Stream<DynamicTest> scatter() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(61, 3, 4);
        Tensor src = input(62, 2, 4);
        Tensor rows = Tensor.of(new long[] {0, 2, 0}, 3);
        c.add("scatter(x, 0, index, src)", in -> Scatter.scatter(in[0], 0, INDEX, in[1], false), x, src);
        c.add("scatter(x, 1, index, 2.5)", in -> Scatter.scatter(in[0], 1, Tensor.of(new long[] {3, 1, 0, 1}, 2, 2),
                Tensor.wrappedScalar(2.5), false), x);
        c.add("scatter_add(x, 0, index, src)", in -> Scatter.scatterAdd(in[0], 0, INDEX, in[1], false), x, src);
        c.add("index_add(x, 0, [0, 2, 0], s, alpha=2)", in -> Scatter.indexAdd(in[0], 0, rows, in[1], 2, false), x,
                input(63, 3, 4));
        c.add("index_add(x, 1, [3, 3], s)", in -> Scatter.indexAdd(in[0], 1, Tensor.of(new long[] {3, 3}, 2), in[1], 1,
                false), x, input(64, 3, 2));
        c.add("index_fill(x, 1, [1, 3], -1)", in -> Scatter.indexFill(in[0], 1, Tensor.of(new long[] {1, 3}, 2),
                Tensor.wrappedScalar(-1.0), false), x);
        c.add("(x * 1).scatter_(0, index, src)", in -> Scatter.scatter(Arithmetic.mul(in[0], Tensor.wrappedScalar(1L)),
                0, INDEX, in[1], true), x, src);
        c.add("(x * 1).index_add_(0, rows, s)", in -> Scatter.indexAdd(Arithmetic.mul(in[0], Tensor.wrappedScalar(1L)),
                0, rows, in[1], 1, true), x, input(65, 3, 4));
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> selections() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(66, 3, 5);
        c.add("cummax(x, 1)", in -> Cummax.cummax(in[0], 1).values, x);
        c.add("cummin(x, 0)", in -> Cummax.cummin(in[0], 0).values, x);
        // distinct values: every run has length 1 and the mode is the row's smallest value (a tie would
        // be broken by the numerical perturbation itself)
        c.add("mode(x, 1)", in -> Mode.mode(in[0], 1, false).values, x);
        c.add("mode(x, 0, keepdim)", in -> Mode.mode(in[0], 0, true).values, x);
        Tensor q = Tensor.of(new double[] {0.25, 0.6}, 2);
        c.add("quantile(x, 0.4)", in -> Quantile.quantile(in[0], Tensor.of(new double[] {0.4}, new int[0]), null,
                false, false), x);
        c.add("quantile(x, [0.25, 0.6], dim=0)", in -> Quantile.quantile(in[0], q, 0, false, false), x);
        c.add("quantile(x, [0.25, 0.6], dim=1, keepdim)", in -> Quantile.quantile(in[0], q, 1, true, false), x);
        c.add("nanquantile(x, 0.3, dim=1)", in -> Quantile.quantile(in[0], Tensor.of(new double[] {0.3}, new int[0]),
                1, false, true), x);
        return c.stream();
    }
}
