package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.BatchNorm;
import gradpad.engine.ops.LayerNorm;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * gradcheck and gradgradcheck of NativeBatchNormBackward0 (training mode: the batch statistics
 * depend on x; eval mode: constant running statistics) and NativeLayerNormBackward0, with and
 * without the affine parameters. Outputs are weighted so the sum's gradient is not trivially 0.
 */
class GradCheckNormalizationTest {
    private static Tensor weighted(Tensor y, long seed) {
        Tensor w = GradCheck.input(seed, y.shape()).detach();
        return y.mul(w);
    }

    @TestFactory
    Stream<DynamicTest> batchNorm() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x2 = input(1, 5, 3);
        Tensor x3 = input(2, 4, 3, 2);
        Tensor w = GradCheck.ranged(3, 0.5, 1.5, 3);
        Tensor b = input(4, 3);
        c.add("batch_norm (N, C) training, affine", in -> weighted(BatchNorm.nativeBatchNorm(in[0], in[1], in[2],
                null, null, true, 0.1, 1e-5)[0], 7), x2, w, b);
        c.add("batch_norm (N, C, L) training, affine", in -> weighted(BatchNorm.nativeBatchNorm(in[0], in[1], in[2],
                null, null, true, 0.1, 1e-5)[0], 8), x3, w, b);
        c.add("batch_norm (N, C, L) training, no weight", in -> weighted(BatchNorm.nativeBatchNorm(in[0], null, null,
                null, null, true, 0.1, 1e-3)[0], 9), x3);
        Tensor rm = Tensor.of(new double[] {0.1, -0.2, 0.3}, 3);
        Tensor rv = Tensor.of(new double[] {0.5, 1.5, 2.0}, 3);
        c.add("batch_norm eval mode", in -> weighted(BatchNorm.nativeBatchNorm(in[0], in[1], in[2], rm, rv, false,
                0.1, 1e-5)[0], 10), x3, w, b);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> layerNorm() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(11, 2, 3, 4);
        Tensor w = GradCheck.ranged(12, 0.5, 1.5, 4);
        Tensor b = input(13, 4);
        c.add("layer_norm last dim, affine", in -> weighted(LayerNorm.nativeLayerNorm(in[0], new int[] {4}, in[1],
                in[2], 1e-5)[0], 14), x, w, b);
        c.add("layer_norm last two dims, no affine", in -> weighted(LayerNorm.nativeLayerNorm(in[0],
                new int[] {3, 4}, null, null, 1e-5)[0], 15), x);
        Tensor w2 = GradCheck.ranged(16, 0.5, 1.5, 2, 3, 4);
        c.add("layer_norm over the whole input, weight only", in -> weighted(LayerNorm.nativeLayerNorm(in[0],
                new int[] {2, 3, 4}, in[1], null, 1e-5)[0], 17), x, w2);
        return c.stream();
    }
}
