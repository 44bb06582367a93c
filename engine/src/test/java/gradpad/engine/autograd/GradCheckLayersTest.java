package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Dropout;
import gradpad.engine.ops.Embedding;
import gradpad.engine.ops.Random;
import gradpad.engine.random.Generator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * gradcheck and gradgradcheck of the nn layers' ops: dropout (PyTorch's MulBackward0 with the
 * scaled mask; each evaluation draws its mask from a generator seeded alike, so the function is
 * deterministic) and embedding (EmbeddingBackward0, padding rows left out).
 */
class GradCheckLayersTest {
    private static Tensor seededDropout(Tensor x, double p) {
        return Random.using(new Generator(5), () -> Dropout.dropout(x, p, true));
    }

    @TestFactory
    Stream<DynamicTest> dropoutInTraining() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(3, 4, 5);
        for (double p : new double[] {0.2, 0.5, 0.9, 1.0}) {
            c.add("dropout p=" + p, in -> seededDropout(in[0], p), x);
        }
        c.add("dropout in eval mode (identity)", in -> Dropout.dropout(in[0], 0.5, false).mul(1.0), x);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> embeddingRows() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor weight = input(4, 5, 3);
        Tensor indices = Tensor.of(new long[] {0, 4, 4, 2, 1, 4}, 2, 3);
        c.add("embedding 5x3 table, 2x3 indices with repeats", in -> Embedding.embedding(in[0], indices, -1), weight);
        // padding_idx: PyTorch's rows are read but get no gradient, so the check masks those outputs
        Tensor notPadding = Tensor.of(new double[] {1, 0, 0, 1, 1, 0}, 2, 3, 1);
        c.add("embedding with padding_idx=4 (padded outputs masked)",
                in -> Embedding.embedding(in[0], indices, 4).mul(notPadding), weight);
        c.add("embedding of a 0-d index", in -> Embedding.embedding(in[0], Tensor.of(new long[] {3}), -1), weight);
        return c.stream();
    }
}
