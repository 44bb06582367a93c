package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;
import static gradpad.engine.GradCheck.values;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Cumprod;
import gradpad.engine.ops.Selection;
import gradpad.engine.ops.Sorting;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * gradcheck and gradgradcheck of the ordering ops (sort, topk, median, kthvalue: the gradient scattered to the
 * indices) and of cumprod, whose backward has separate formulas for inputs with zeros: the
 * first-order check runs the O(n) one, the second-order check the O(n^2) one PyTorch uses under
 * create_graph.
 */
class GradCheckSortingTest {
    @TestFactory
    Stream<DynamicTest> sortAndTopk() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(11, 3, 5);
        c.add("sort(1).values", in -> Sorting.sort(in[0], 1, false, null).values, x);
        c.add("sort(0, descending).values", in -> Sorting.sort(in[0], 0, true, null).values, x);
        c.add("sort(-1, stable=True).values", in -> Sorting.sort(in[0], -1, false, true).values, x);
        c.add("sort of a 0-d tensor", in -> Sorting.sort(in[0], 0, false, null).values, input(12));
        c.add("topk(2)", in -> Sorting.topk(in[0], 2, -1, true, true).values, x);
        c.add("topk(2, 0, largest=False)", in -> Sorting.topk(in[0], 2, 0, false, true).values, x);
        c.add("topk(3, sorted=False)", in -> Sorting.topk(in[0], 3, 1, true, false).values, x);
        c.add("topk(1) of 70 (partial_sort)", in -> Sorting.topk(in[0], 1, 0, true, true).values, input(13, 70));
        c.add("median()", in -> Selection.median(in[0]), x);
        c.add("median(1)", in -> Selection.median(in[0], 1, false).values, x);
        c.add("median(0, keepdim)", in -> Selection.median(in[0], 0, true).values, x);
        c.add("kthvalue(2)", in -> Selection.kthvalue(in[0], 2, -1, false).values, x);
        c.add("kthvalue(3, 0, keepdim)", in -> Selection.kthvalue(in[0], 3, 0, true).values, x);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> cumprod() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(14, 3, 4);
        c.add("cumprod(x, 1)", in -> Cumprod.cumprod(in[0], 1, null), x);
        c.add("cumprod(x, 0)", in -> Cumprod.cumprod(in[0], 0, null), x);
        Tensor z = values(new double[] {0.5, 0, 1.5, -2, 0, 0.7, 0, 1.1, -0.4, 0.9, 1.3, 0, 0.8, -1.2, 0.6, 2.0},
                4, 4);
        c.add("cumprod with zeros, dim 1", in -> Cumprod.cumprod(in[0], 1, null), z);
        c.add("cumprod with zeros, dim 0", in -> Cumprod.cumprod(in[0], 0, null), z);
        c.add("cumprod of one zero", in -> Cumprod.cumprod(in[0], 0, null), values(new double[] {2, 0, 3}, 3));
        c.add("cumprod of a 0-d tensor", in -> Cumprod.cumprod(in[0], 0, null), input(15));
        return c.stream();
    }
}
