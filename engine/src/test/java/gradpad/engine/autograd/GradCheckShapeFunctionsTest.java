package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Diagonal;
import gradpad.engine.ops.Einsum;
import gradpad.engine.ops.Padding;
import gradpad.engine.ops.Rearranging;
import gradpad.engine.ops.Roll;
import gradpad.engine.ops.Selecting;
import gradpad.engine.ops.Splitting;
import gradpad.engine.ops.TensorProducts;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * gradcheck and gradgradcheck of the shape, joining and indexing functions: split/chunk/unbind
 * (multi-output views; only some pieces used, so the backward fills zeros), diagonal/diag/trace,
 * index_select/take/masked_select (repeated indices accumulate), roll, constant padding, einsum
 * and the tensordot family.
 */
class GradCheckShapeFunctionsTest {
    private static Tensor longs(long... v) {
        return Tensor.of(v, v.length);
    }

    @TestFactory
    Stream<DynamicTest> splitting() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(31, 5, 4);
        c.addAll("split(2), all pieces", in -> Splitting.split(in[0], 2, 0), x);
        c.addAll("unbind(0), all pieces", in -> Splitting.unbind(in[0], 0), x);
        c.add("split(2)[1]", in -> Splitting.split(in[0], 2, 0)[1], x);
        c.add("split(3, 1) pieces combined", in -> {
            Tensor[] p = Splitting.split(in[0], 3, 1);
            return Arithmetic.add(Arithmetic.mul(p[0], p[0]), p[0]);
        }, x);
        c.add("split([1, 4])[1]", in -> Splitting.splitWithSizes(in[0], new long[] {1, 4}, 0)[1], x);
        c.add("chunk(3, 1)[2]", in -> Splitting.chunk(in[0], 3, 1)[1], x);
        c.add("unbind(1)[0] * unbind(1)[3]", in -> {
            Tensor[] p = Splitting.unbind(in[0], 1);
            return Arithmetic.mul(p[0], p[3]);
        }, x);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> diagonals() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor m = input(32, 3, 4);
        c.add("diagonal()", in -> Diagonal.diagonal(in[0], 0, 0, 1), m);
        c.add("diagonal(1)^2", in -> {
            Tensor d = Diagonal.diagonal(in[0], 1, 1, 0);
            return Arithmetic.mul(d, d);
        }, m);
        c.add("diagonal of 3-d (-1, 0, 2)", in -> Diagonal.diagonal(in[0], -1, 0, 2), input(33, 2, 3, 3));
        c.add("diag(vector, 1)", in -> Diagonal.diag(in[0], 1), input(34, 3));
        c.add("diag(matrix, -1)", in -> Diagonal.diag(in[0], -1), m);
        c.add("trace * trace", in -> {
            Tensor t = Diagonal.trace(in[0]);
            return Arithmetic.mul(t, t);
        }, m);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> selecting() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor m = input(35, 3, 4);
        c.add("index_select(0, [2, 0, 2])", in -> Selecting.indexSelect(in[0], 0, longs(2, 0, 2)), m);
        c.add("index_select(1, [3, 1])^2", in -> {
            Tensor s = Selecting.indexSelect(in[0], 1, longs(3, 1));
            return Arithmetic.mul(s, s);
        }, m);
        c.add("take([0, 11, 5, 0])", in -> Selecting.take(in[0], longs(0, 11, 5, 0)), m);
        Tensor mask = Tensor.of(new boolean[] {true, false, true, true}, 4);
        c.add("masked_select (broadcast mask)^2", in -> {
            Tensor s = Selecting.maskedSelect(in[0], mask);
            return Arithmetic.mul(s, s);
        }, m);
        c.add("roll((1, -2), (0, 1))", in -> Roll.roll(in[0], new long[] {1, -2}, new int[] {0, 1}), m);
        c.add("roll(5) flat", in -> Roll.roll(in[0], new long[] {5}, new int[0]), m);
        c.add("repeat_interleave(2, 1)", in -> Rearranging.repeatInterleave(in[0], 2, 1), m);
        c.add("repeat_interleave([1, 0, 2], 0)", in -> Rearranging.repeatInterleave(in[0], longs(1, 0, 2), 0), m);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> paddingAndProducts() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor m = input(36, 3, 4);
        c.add("pad (1, 2, 0, 1)", in -> Padding.constantPadNd(in[0], new long[] {1, 2, 0, 1}, 0.5), m);
        c.add("pad (-1, 1) crop", in -> Padding.constantPadNd(in[0], new long[] {-1, 1}, 0), m);
        c.add("diff(n=2, dim=1)", in -> Rearranging.diff(in[0], 2, 1, null, null), m);
        Tensor b = input(37, 4, 2);
        c.add("einsum ij,jk->ik", in -> Einsum.einsum("ij,jk->ik", in), m, b);
        c.add("einsum ij,ij->", in -> Einsum.einsum("ij,ij->", in), m, input(38, 3, 4));
        c.add("einsum ii->i", in -> Einsum.einsum("ii->i", in), input(39, 3, 3));
        c.add("einsum bhqd,bhkd->bhqk", in -> Einsum.einsum("bhqd,bhkd->bhqk", in), input(40, 1, 2, 3, 4),
                input(41, 1, 2, 2, 4));
        c.add("einsum ...ij->...j", in -> Einsum.einsum("...ij->...j", in), input(42, 2, 3, 4));
        c.add("tensordot dims=1", in -> TensorProducts.tensordot(in[0], in[1], new int[] {-1}, new int[] {0}), m,
                b);
        c.add("inner", in -> TensorProducts.inner(in[0], in[1]), m, input(43, 2, 4));
        c.add("kron", in -> TensorProducts.kron(in[0], in[1]), input(44, 2, 2), input(45, 3));
        c.add("vdot", in -> TensorProducts.vdot(in[0], in[1]), input(46, 4), input(47, 4));
        return c.stream();
    }
}
