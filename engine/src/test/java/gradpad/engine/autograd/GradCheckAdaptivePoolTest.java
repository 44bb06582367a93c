package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.AdaptivePooling;
import gradpad.engine.ops.Upsample;
import gradpad.engine.ops.UpsampleBilinear;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * gradcheck and gradgradcheck of adaptive_avg_pool2d (AdaptiveAvgPool2DBackward0 and its
 * AdaptiveAvgPool2DBackwardBackward0, overlapping and growing windows, the (1, 1) mean) and
 * adaptive_max_pool2d (AdaptiveMaxPool2DBackward0, AdaptiveMaxPool2DBackwardBackward0), and
 * upsample_nearest2d (UpsampleNearest2DBackward0, UpsampleNearest2DBackwardBackward0) and
 * upsample_bilinear2d (UpsampleBilinear2DBackward0, UpsampleBilinear2DBackwardBackward0).
 */
class GradCheckAdaptivePoolTest {
    @TestFactory
    Stream<DynamicTest> adaptivePools() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(21, 2, 2, 7, 5);
        c.add("adaptive_avg_pool2d (3, 4) overlapping", in -> AdaptivePooling.avg(in[0], 3, 4), x);
        c.add("adaptive_avg_pool2d (9, 8) larger than the input", in -> AdaptivePooling.avg(in[0], 9, 8), x);
        c.add("adaptive_avg_pool2d (1, 1) mean", in -> AdaptivePooling.avg(in[0], 1, 1), x);
        c.add("adaptive_avg_pool2d unbatched", in -> AdaptivePooling.avg(in[0], 2, 3), input(22, 3, 4, 5));
        c.add("adaptive_max_pool2d (3, 2)", in -> AdaptivePooling.max(in[0], 3, 2)[0], x);
        c.add("adaptive_max_pool2d unbatched (2, 4)", in -> AdaptivePooling.max(in[0], 2, 4)[0], input(23, 3, 4, 5));
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> upsampleNearest() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(24, 1, 2, 3, 4);
        c.add("upsample_nearest2d scale 2", in -> Upsample.nearest(in[0], 6, 8, 2, 2), x);
        c.add("upsample_nearest2d size (5, 7)", in -> Upsample.nearest(in[0], 5, 7, 0, 0), x);
        c.add("upsample_nearest2d downsampling scale (0.7, 0.6)", in -> Upsample.nearest(in[0], 2, 2, 0.7, 0.6), x);
        c.add("upsample_bilinear2d scale 2", in -> UpsampleBilinear.apply(in[0], 6, 8, false, 2, 2), x);
        c.add("upsample_bilinear2d size (5, 7) align_corners", in -> UpsampleBilinear.apply(in[0], 5, 7, true, 0, 0), x);
        c.add("upsample_bilinear2d size (2, 3)", in -> UpsampleBilinear.apply(in[0], 2, 3, false, 0, 0), x);
        return c.stream();
    }
}
