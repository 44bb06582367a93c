package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gradpad.engine.Messages;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.ops.Losses;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A backward without retain_graph frees every tensor a node saved (Node.releaseVariables), so a
 * second backward raises PyTorch's RuntimeError; with retain_graph=True it runs again.
 */
class SavedTensorReleaseTest {
    private static DynamicTest releases(String name, Function<Tensor, Tensor> loss) {
        return DynamicTest.dynamicTest(name, () -> {
            Tensor x = input(7, 4, 4);
            Tensor retained = loss.apply(x);
            retained.backward(null, true, false);
            retained.backward();

            Tensor freed = loss.apply(x);
            freed.backward();
            TorchException e = assertThrows(TorchException.class, freed::backward);
            assertEquals("RuntimeError", e.pythonType());
            assertEquals(Messages.BACKWARD_TWICE, e.getMessage());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyNodeWithSavedTensorsFreesThem() {
        return Stream.of(
                releases("mm", x -> x.mm(x).sum()),
                releases("mv", x -> x.mv(x.select(0, 1)).sum()),
                releases("dot", x -> x.select(0, 0).dot(x.select(0, 2))),
                releases("softmax", x -> x.softmax(1).pow(2).sum()),
                releases("log_softmax", x -> x.logSoftmax(0).sum()),
                releases("std", x -> x.std()),
                releases("norm", x -> x.norm()),
                releases("prod", x -> x.prod()),
                releases("pow", x -> x.pow(3).sum()),
                releases("clamp", x -> x.clamp(-0.5, 0.5).mul(x).sum()),
                releases("max(dim)", x -> x.max(1, false).values.sum()),
                releases("mse_loss", x -> Losses.mseLoss(x, x.detach().mul(0.5), Losses.MEAN)));
    }
}
