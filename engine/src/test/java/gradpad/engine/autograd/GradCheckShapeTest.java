package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.IndexItem;
import gradpad.engine.Tensor;
import gradpad.engine.Torch;
import gradpad.engine.ops.Comparison;
import gradpad.engine.ops.Conversion;
import gradpad.engine.ops.Indexing;
import gradpad.engine.ops.Joining;
import gradpad.engine.ops.LinearAlgebra;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** gradcheck and gradgradcheck of views, indexing, joining, gathering and the matrix products. */
class GradCheckShapeTest {
    private static IndexItem i(long v) {
        return IndexItem.integer(v);
    }

    private static IndexItem s(Long a, Long b, Long step) {
        return IndexItem.slice(a, b, step);
    }

    private static Tensor longs(long[] v, int... shape) {
        return Tensor.of(v, shape);
    }

    @TestFactory
    Stream<DynamicTest> views() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(1, 2, 3, 4);
        c.add("view(6, 4)", in -> in[0].view(6, 4), x);
        c.add("view(-1)", in -> in[0].view(-1), x);
        c.add("reshape(4, 6)", in -> in[0].reshape(4, 6), x);
        c.add("reshape of a transpose (copy)", in -> in[0].transpose(0, 2).reshape(-1), x);
        c.add("transpose(0, 2)", in -> in[0].transpose(0, 2), x);
        c.add("t()", in -> in[0].t(), input(2, 3, 4));
        c.add("t() of a vector", in -> in[0].t(), input(3, 4));
        c.add("T", in -> in[0].T(), x);
        c.add("permute(2, 0, 1)", in -> in[0].permute(2, 0, 1), x);
        c.add("unsqueeze(1)", in -> in[0].unsqueeze(1), x);
        c.add("unsqueeze(-1)", in -> in[0].unsqueeze(-1), x);
        Tensor ones = input(4, 1, 3, 1);
        c.add("squeeze()", in -> in[0].squeeze(), ones);
        c.add("squeeze(0)", in -> in[0].squeeze(0), ones);
        c.add("squeeze(1) (size 3: no-op)", in -> in[0].squeeze(1), ones);
        c.add("expand(2, 3, 4) of [3, 1]", in -> in[0].expand(2, 3, 4), input(5, 3, 1));
        c.add("expand(-1, 4)", in -> in[0].expand(-1, 4), input(6, 3, 1));
        c.add("flatten()", in -> in[0].flatten(), x);
        c.add("flatten(1, 2)", in -> in[0].flatten(1, 2), x);
        c.add("flatten of a 0-d tensor", in -> in[0].flatten(), input(7));
        c.add("repeat(2, 1, 3)", in -> in[0].repeat(2, 1, 3), input(8, 2, 2, 2));
        c.add("repeat(3, 2) of a vector", in -> in[0].repeat(3, 2), input(9, 3));
        c.add("repeat(2, 0)", in -> in[0].repeat(2, 0), input(10, 2, 2));
        c.add("flip(0)", in -> in[0].flip(0), x);
        c.add("flip(0, 2)", in -> in[0].flip(0, 2), x);
        c.add("contiguous of a transpose", in -> in[0].t().contiguous(), input(11, 3, 4));
        c.add("clone", in -> in[0].clone(), x);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> indexing() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(12, 3, 4);
        c.add("x[1]", in -> in[0].index(i(1)), x);
        c.add("x[-1]", in -> in[0].index(i(-1)), x);
        c.add("x[0, 2]", in -> in[0].index(i(0), i(2)), x);
        c.add("x[:, 1]", in -> in[0].index(s(null, null, null), i(1)), x);
        c.add("x[0:2]", in -> in[0].index(s(0L, 2L, null)), x);
        c.add("x[:, ::2]", in -> in[0].index(s(null, null, null), s(null, null, 2L)), x);
        c.add("x[1:, -3:-1]", in -> in[0].index(s(1L, null, null), s(-3L, -1L, null)), x);
        c.add("x[None, ..., 0]", in -> in[0].index(IndexItem.none(), IndexItem.ellipsis(), i(0)), x);
        c.add("x[[0, 2]]", in -> in[0].index(IndexItem.tensor(longs(new long[] {0, 2}, 2))), x);
        c.add("x[[0, 0, 1]] (repeated rows)", in -> in[0].index(IndexItem.tensor(longs(new long[] {0, 0, 1}, 3))), x);
        c.add("x[[0, 2], [1, 3]]", in -> in[0].index(IndexItem.tensor(longs(new long[] {0, 2}, 2)),
                IndexItem.tensor(longs(new long[] {1, 3}, 2))), x);
        c.add("x[:, [3, 0]]", in -> in[0].index(s(null, null, null), IndexItem.tensor(longs(new long[] {3, 0}, 2))), x);
        Tensor mask = Comparison.gt(input(13, 3, 4), Tensor.wrappedScalar(0L));
        c.add("x[mask]", in -> in[0].index(IndexItem.tensor(mask)), x);
        c.add("x[row mask]", in -> in[0].index(IndexItem.tensor(Tensor.of(new boolean[] {true, false, true}, 3))), x);
        c.add("select then slice", in -> Indexing.slice(Indexing.select(in[0], 1, 2), 0, 1L, null, null), x);
        c.add("gather(1, idx)", in -> in[0].gather(1, longs(new long[] {0, 3, 1, 1, 2, 2}, 3, 2)), x);
        c.add("gather(0, idx) with repeats", in -> in[0].gather(0, longs(new long[] {2, 2, 0, 1}, 1, 4)), x);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> joining() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor a = input(14, 2, 3);
        Tensor b = input(15, 1, 3);
        Tensor d = input(16, 2, 3);
        c.add("cat dim 0", in -> Joining.cat(new Tensor[] {in[0], in[1]}, 0), a, b);
        c.add("cat dim 1", in -> Joining.cat(new Tensor[] {in[0], in[1]}, 1), a, d);
        c.add("cat dim -1 of three", in -> Joining.cat(new Tensor[] {in[0], in[1], in[0]}, -1), a, d);
        c.add("stack dim 0", in -> Joining.stack(new Tensor[] {in[0], in[1]}, 0), a, d);
        c.add("stack dim 2", in -> Joining.stack(new Tensor[] {in[0], in[1]}, 2), a, d);
        c.add("stack of 0-d tensors", in -> Joining.stack(new Tensor[] {in[0], in[1]}, 0), input(17), input(18));
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> matrixProducts() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor m = input(19, 2, 3);
        Tensor n = input(20, 3, 4);
        Tensor v = input(21, 3);
        Tensor w = input(22, 3);
        Tensor u = input(23, 2);
        c.add("mm", in -> in[0].mm(in[1]), m, n);
        c.add("mv", in -> in[0].mv(in[1]), m, v);
        c.add("dot", in -> in[0].dot(in[1]), v, w);
        c.add("matmul 2-D @ 2-D", in -> Torch.matmul(in[0], in[1]), m, n);
        c.add("matmul 1-D @ 2-D", in -> Torch.matmul(in[0], in[1]), u, m);
        c.add("matmul 2-D @ 1-D", in -> Torch.matmul(in[0], in[1]), m, v);
        c.add("matmul 1-D @ 1-D", in -> Torch.matmul(in[0], in[1]), v, w);
        Tensor batch = input(24, 4, 2, 3);
        c.add("matmul 3-D @ 2-D (folded)", in -> Torch.matmul(in[0], in[1]), batch, n);
        c.add("matmul 3-D @ 1-D (folded)", in -> Torch.matmul(in[0], in[1]), batch, v);
        c.add("matmul 2-D @ 3-D (folded, transposed)", in -> Torch.matmul(in[0], in[1]), input(25, 5, 2), batch);
        c.add("matmul 1-D @ 3-D", in -> Torch.matmul(in[0], in[1]), u, batch);
        c.add("matmul 3-D @ 3-D (bmm)", in -> Torch.matmul(in[0], in[1]), batch, input(26, 4, 3, 2));
        c.add("matmul broadcast batch [2,1,2,3] @ [3,3,2]", in -> Torch.matmul(in[0], in[1]), input(27, 2, 1, 2, 3),
                input(28, 3, 3, 2));
        c.add("bmm", in -> LinearAlgebra.bmm(in[0], in[1]), batch, input(29, 4, 3, 5));
        c.add("outer", in -> LinearAlgebra.outer(in[0], in[1]), u, v);
        c.add("mm of a transposed matrix", in -> in[0].t().mm(in[1]), input(30, 3, 2), n);
        c.add("matmul of a non-contiguous batch", in -> Torch.matmul(Conversion.contiguous(in[0]).transpose(1, 2),
                in[1]), input(31, 4, 3, 2), n);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> triangles() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor m = input(40, 3, 4);
        c.add("tril", in -> gradpad.engine.ops.Triangular.tril(in[0], 0), m);
        c.add("tril diagonal=-1", in -> gradpad.engine.ops.Triangular.tril(in[0], -1), m);
        c.add("triu diagonal=1 of a batch", in -> gradpad.engine.ops.Triangular.triu(in[0], 1), input(41, 2, 3, 3));
        c.add("triu of a transposed matrix", in -> gradpad.engine.ops.Triangular.triu(in[0].t(), 0), m);
        return c.stream();
    }
}
