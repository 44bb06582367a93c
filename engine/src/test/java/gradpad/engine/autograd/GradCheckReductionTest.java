package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;
import static gradpad.engine.GradCheck.ranged;
import static gradpad.engine.GradCheck.values;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Amax;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** gradcheck and gradgradcheck of the reductions: sums, extrema, statistics, norms, products, softmax. */
class GradCheckReductionTest {
    private static int[] d(int... dims) {
        return dims;
    }

    @TestFactory
    Stream<DynamicTest> sumsAndMeans() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(1, 2, 3, 4);
        c.add("sum()", in -> in[0].sum(), x);
        c.add("sum(1)", in -> in[0].sum(d(1), false), x);
        c.add("sum(1, keepdim)", in -> in[0].sum(d(1), true), x);
        c.add("sum((0, 2))", in -> in[0].sum(d(0, 2), false), x);
        c.add("sum(-1, keepdim)", in -> in[0].sum(d(-1), true), x);
        c.add("mean()", in -> in[0].mean(), x);
        c.add("mean(0)", in -> in[0].mean(d(0), false), x);
        c.add("mean((1, 2), keepdim)", in -> in[0].mean(d(1, 2), true), x);
        c.add("sum of a 0-d tensor", in -> in[0].sum(), input(2));
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> extrema() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(3, 3, 4);
        c.add("max()", in -> in[0].max(), x);
        c.add("min()", in -> in[0].min(), x);
        c.add("max(1).values", in -> in[0].max(1, false).values, x);
        c.add("max(0, keepdim).values", in -> in[0].max(0, true).values, x);
        c.add("min(-1).values", in -> in[0].min(-1, false).values, x);
        c.add("min(0, keepdim).values", in -> in[0].min(0, true).values, x);
        c.add("max(0) of a 0-d tensor", in -> in[0].max(0, false).values, input(4));
        c.add("max(1) of [2,3,4]", in -> in[0].max(1, false).values, input(5, 2, 3, 4));
        c.add("amax()", in -> Amax.amax(in[0], null, false), x);
        c.add("amax((0, 2)) of [2,3,4]", in -> Amax.amax(in[0], new int[] {0, 2}, false), input(5, 2, 3, 4));
        c.add("amin(-1, keepdim)", in -> Amax.amin(in[0], new int[] {-1}, true), x);
        c.add("amin((1, 2), keepdim) of [2,3,4]", in -> Amax.amin(in[0], new int[] {1, 2}, true), input(5, 2, 3, 4));
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> statistics() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(6, 3, 4);
        c.add("var()", in -> in[0].var(), x);
        c.add("std()", in -> in[0].std(), x);
        c.add("var(correction=0)", in -> in[0].var(null, 0, false), x);
        c.add("std(1)", in -> in[0].std(d(1), 1, false), x);
        c.add("std(0, keepdim)", in -> in[0].std(d(0), 1, true), x);
        c.add("var(1, correction=0, keepdim)", in -> in[0].var(d(1), 0, true), x);
        c.add("var((0, 1))", in -> in[0].var(d(0, 1), 1, false), x);
        c.add("std(1) of [2,3,4]", in -> in[0].std(d(1), 1, false), input(7, 2, 3, 4));
        c.add("var(0) of a vector", in -> in[0].var(d(0), 1, false), input(8, 5));
        c.add("var(correction=2)", in -> in[0].var(null, 2, false), x);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> norms() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(9, 3, 4);
        c.add("norm()", in -> in[0].norm(), x);
        c.add("norm(p=1)", in -> in[0].norm(1, null, false), x);
        c.add("norm(p=3)", in -> in[0].norm(3, null, false), x);
        c.add("norm(p=1.5)", in -> in[0].norm(1.5, null, false), x);
        c.add("norm(p=0.5)", in -> in[0].norm(0.5, null, false), x);
        c.add("norm(p=inf)", in -> in[0].norm(Double.POSITIVE_INFINITY, null, false), x);
        c.add("norm(p=-inf)", in -> in[0].norm(Double.NEGATIVE_INFINITY, null, false), x);
        c.add("norm(dim=1)", in -> in[0].norm(2, d(1), false), x);
        c.add("norm(dim=0, keepdim)", in -> in[0].norm(2, d(0), true), x);
        c.add("norm(p=1, dim=1)", in -> in[0].norm(1, d(1), false), x);
        c.add("norm(p=inf, dim=0)", in -> in[0].norm(Double.POSITIVE_INFINITY, d(0), false), x);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> products() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = ranged(10, 0.5, 1.5, 3, 4);
        c.add("prod()", in -> in[0].prod(), x);
        c.add("prod(1)", in -> in[0].prod(1, false), x);
        c.add("prod(0, keepdim)", in -> in[0].prod(0, true), x);
        Tensor oneZero = values(new double[] {0.5, 0, 1.5, 2, -1, 0.7}, 2, 3);
        c.add("prod() with one zero", in -> in[0].prod(), oneZero);
        c.add("prod(1) with one zero", in -> in[0].prod(1, false), oneZero);
        c.add("prod(0) with one zero", in -> in[0].prod(0, false), oneZero);
        Tensor twoZeros = values(new double[] {0.5, 0, 1.5, 2, 0, 0.7}, 2, 3);
        c.add("prod() with two zeros", in -> in[0].prod(), twoZeros);
        c.add("prod(1) with two zeros in a row", in -> in[0].prod(1, false),
                values(new double[] {0, 0, 1.5, 2, 3, 0.7}, 2, 3));
        c.add("prod of 40 elements (vector path)", in -> in[0].prod(), ranged(11, 0.9, 1.1, 40));
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> softmaxFamily() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = ranged(12, -3, 3, 3, 4);
        c.add("softmax(1)", in -> in[0].softmax(1), x);
        c.add("softmax(0)", in -> in[0].softmax(0), x);
        c.add("log_softmax(1)", in -> in[0].logSoftmax(1), x);
        c.add("log_softmax(0)", in -> in[0].logSoftmax(0), x);
        c.add("softmax(-1) of 10 elements", in -> in[0].softmax(-1), ranged(13, -3, 3, 10));
        c.add("log_softmax(1) of [2,3,2]", in -> in[0].logSoftmax(1), ranged(14, -3, 3, 2, 3, 2));
        c.add("softmax(0) of a 0-d tensor", in -> in[0].softmax(0), input(15));
        c.add("logsumexp(1)", in -> in[0].logsumexp(d(1), false), x);
        c.add("logsumexp(0, keepdim)", in -> in[0].logsumexp(d(0), true), x);
        c.add("logsumexp((0, 1))", in -> in[0].logsumexp(d(0, 1), false), x);
        return c.stream();
    }
}
