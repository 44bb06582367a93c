package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.AvgPool2d;
import gradpad.engine.ops.Convolution;
import gradpad.engine.ops.MaxPool2d;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * gradcheck and gradgradcheck of conv1d/conv2d (ConvolutionBackward0 and its
 * ConvolutionBackwardBackward0: stride, padding, dilation, groups, 'same', unbatched) and of
 * max_pool2d / avg_pool2d with their double backwards.
 */
class GradCheckConvolutionTest {
    private static Tensor conv2d(Tensor x, Tensor w, Tensor b, int[] stride, int[] pad, int[] dil, int groups) {
        return Convolution.conv("conv2d", 2, x, w, b, stride, pad, dil, groups);
    }

    @TestFactory
    Stream<DynamicTest> conv2d() {
        GradCheck.Cases c = new GradCheck.Cases();
        int[] one = {1};
        Tensor x = input(1, 2, 2, 4, 5);
        Tensor w = input(2, 3, 2, 2, 3);
        Tensor b = input(3, 3);
        c.add("conv2d with bias", in -> conv2d(in[0], in[1], in[2], one, new int[] {0}, one, 1), x, w, b);
        c.add("conv2d no bias", in -> conv2d(in[0], in[1], null, one, new int[] {0}, one, 1), x, w);
        c.add("conv2d stride (2, 1) padding (1, 0)",
                in -> conv2d(in[0], in[1], in[2], new int[] {2, 1}, new int[] {1, 0}, one, 1), x, w, b);
        c.add("conv2d stride 2 padding 2 dilation (1, 2)",
                in -> conv2d(in[0], in[1], in[2], new int[] {2}, new int[] {2}, new int[] {1, 2}, 1), x, w, b);
        Tensor xg = input(4, 1, 4, 4, 4);
        Tensor wg = input(5, 6, 2, 3, 2);
        c.add("conv2d groups=2", in -> conv2d(in[0], in[1], in[2], one, new int[] {1}, one, 2), xg, wg, input(6, 6));
        c.add("conv2d unbatched", in -> conv2d(in[0], in[1], in[2], one, one, one, 1), input(7, 2, 4, 5), w, b);
        c.add("conv2d padding='same', even kernel",
                in -> Convolution.conv("conv2d", 2, in[0], in[1], in[2], one, "same", new int[] {1, 2}, 1),
                x, w, b);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> conv1d() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(8, 2, 2, 7);
        Tensor w = input(9, 3, 2, 3);
        Tensor b = input(10, 3);
        c.add("conv1d stride 2 padding 1 dilation 2",
                in -> Convolution.conv("conv1d", 1, in[0], in[1], in[2], new int[] {2}, new int[] {1},
                        new int[] {2}, 1), x, w, b);
        c.add("conv1d unbatched 'valid'",
                in -> Convolution.conv("conv1d", 1, in[0], in[1], in[2], new int[] {1}, "valid", new int[] {1}, 1),
                input(11, 2, 7), w, b);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> pooling() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(12, 2, 3, 5, 6);
        c.add("max_pool2d 2", in -> MaxPool2d.withIndices(in[0], new int[] {2, 2}, new int[] {2, 2},
                new int[] {0, 0}, new int[] {1, 1}, false)[0], x);
        c.add("max_pool2d overlapping 3 stride 1 padding 1", in -> MaxPool2d.withIndices(in[0], new int[] {3, 3},
                new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1}, false)[0], x);
        c.add("max_pool2d (2, 3) dilation 2 ceil_mode", in -> MaxPool2d.withIndices(in[0], new int[] {2, 3},
                new int[] {2, 2}, new int[] {0, 1}, new int[] {2, 1}, true)[0], x);
        c.add("max_pool2d unbatched", in -> MaxPool2d.withIndices(in[0], new int[] {2, 2}, new int[] {1, 2},
                new int[] {1, 0}, new int[] {1, 1}, false)[0], input(13, 3, 4, 5));
        c.add("avg_pool2d 2", in -> AvgPool2d.apply(in[0], new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0},
                false, true, 0), x);
        c.add("avg_pool2d 3 stride 2 padding 1 ceil, count_include_pad=False", in -> AvgPool2d.apply(in[0],
                new int[] {3, 3}, new int[] {2, 2}, new int[] {1, 1}, true, false, 0), x);
        c.add("avg_pool2d divisor_override=3 unbatched", in -> AvgPool2d.apply(in[0], new int[] {2, 3},
                new int[] {1, 2}, new int[] {1, 1}, false, true, 3), input(14, 3, 4, 5));
        return c.stream();
    }
}
