package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Dropout;
import gradpad.engine.ops.Random;
import gradpad.engine.random.Generator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * gradcheck of dropout, which records PyTorch's MulBackward0 with the scaled mask: each
 * evaluation draws its mask from a generator seeded alike, so the function is deterministic.
 */
class GradCheckDropoutTest {
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
}
