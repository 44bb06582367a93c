package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.IndexItem;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Comparison;
import gradpad.engine.ops.Indexing;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * gradcheck and gradgradcheck of in-place ops on non-leaves (the op's node becomes the grad_fn)
 * and on views of non-leaves ({@code CopySlices} on the base), and of item assignment.
 */
class GradCheckInPlaceTest {
    private static IndexItem i(long v) {
        return IndexItem.integer(v);
    }

    private static IndexItem all() {
        return IndexItem.slice(null, null, null);
    }

    private static List<IndexItem> items(IndexItem... it) {
        return Arrays.asList(it);
    }

    @TestFactory
    Stream<DynamicTest> onNonLeaves() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(1, 2, 3);
        Tensor y = input(2, 3);
        c.add("y = x * 1; y.add_(other)", in -> in[0].mul(1).add_(in[1]), x, y);
        c.add("y.sub_(other)", in -> in[0].mul(1).sub_(in[1]), x, y);
        c.add("y.mul_(other)", in -> in[0].mul(1).mul_(in[1]), x, y);
        c.add("y.div_(other)", in -> in[0].mul(1).div_(in[1].exp()), x, y);
        c.add("y.mul_(2) then exp", in -> in[0].mul(1).mul_(Tensor.wrappedScalar(2.0)).exp(), x);
        c.add("y.zero_() then add", in -> in[0].mul(1).zero_().add(in[0]), x);
        c.add("y.fill_(0-d tensor)", in -> in[0].mul(1).add_(in[1].mul(0)).fill_(0.5).add(in[1].sum()), x, y);
        c.add("y.copy_(other) broadcast", in -> in[0].mul(1).copy_(in[1]), x, y);
        c.add("two in-place ops in a row", in -> in[0].mul(2).mul_(in[1]).add_(in[0]), x, y);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> onViews() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(3, 3, 4);
        Tensor r = input(4, 4);
        c.add("y[1].mul_(other) (CopySlices)", in -> {
            Tensor b = in[0].mul(1);
            Indexing.select(b, 0, 1).mul_(in[1]);
            return b;
        }, x, r);
        c.add("y[:, 1:3].add_(other)", in -> {
            Tensor b = in[0].mul(3);
            Indexing.slice(b, 1, 1L, 3L, null).add_(in[1].view(2, 2).t().index(IndexItem.integer(0)));
            return b;
        }, x, r);
        c.add("the modified view itself (AsStridedBackward0)", in -> {
            Tensor b = in[0].mul(1);
            Tensor view = Indexing.select(b, 0, 2);
            view.mul_(in[1]);
            return view.mul(b.sum());
        }, x, r);
        c.add("y[0] = other (setitem)", in -> {
            Tensor b = in[0].mul(1);
            b.setItem(items(i(0)), in[1]);
            return b;
        }, x, r);
        c.add("y[:, 2] = 0-d tensor", in -> {
            Tensor b = in[0].mul(1);
            b.setItem(items(all(), i(2)), in[1].sum());
            return b.mul(b);
        }, x, r);
        c.add("y[[0, 2]] = other (index_put)", in -> {
            Tensor b = in[0].mul(1);
            b.setItem(items(IndexItem.tensor(Tensor.of(new long[] {0, 2}, 2))), in[1]);
            return b.mul(b);
        }, x, r);
        c.add("y[mask] = 0-d tensor", in -> {
            Tensor b = in[0].mul(1);
            b.setItem(items(IndexItem.tensor(Comparison.gt(input(5, 3, 4), Tensor.wrappedScalar(0L)))),
                    in[1].sum());
            return b.exp();
        }, x, r);
        c.add("masked_fill_ on a view", in -> {
            Tensor b = in[0].mul(1);
            Indexing.select(b, 1, 0).maskedFill_(Tensor.of(new boolean[] {true, false, true}, 3), in[1].sum());
            return b;
        }, x, r);
        c.add("view of a view modified in place", in -> {
            Tensor b = in[0].mul(1);
            Tensor v = Indexing.slice(Indexing.select(b, 0, 1), 0, 1L, null, null);
            v.mul_(in[1].index(IndexItem.slice(0L, 3L, null)));
            return b.pow(2);
        }, x, r);
        return c.stream();
    }
}
