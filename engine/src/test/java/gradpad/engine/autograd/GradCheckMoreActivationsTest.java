package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;
import static gradpad.engine.GradCheck.ranged;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Glu;
import gradpad.engine.ops.Hardtanh;
import gradpad.engine.ops.Mish;
import gradpad.engine.ops.Prelu;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** gradcheck and gradgradcheck of hardtanh (relu6), mish, glu, prelu, xlogy (kl_div's) and cdist. */
class GradCheckMoreActivationsTest {
    @TestFactory
    Stream<DynamicTest> activations() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = ranged(41, -3, 3, 3, 4);
        c.add("hardtanh(x)", in -> Hardtanh.apply(in[0], -1, 1), x);
        c.add("relu6(x * 3)", in -> Hardtanh.apply(in[0], 0, 6), ranged(42, -2, 8, 3, 4));
        c.add("mish", in -> Mish.apply(in[0]), x);
        c.add("glu(x, -1)", in -> Glu.apply(in[0], -1), x);
        c.add("glu(x, 0)", in -> Glu.apply(in[0], 0), input(43, 4, 3));
        c.add("prelu one weight", in -> Prelu.apply(in[0], in[1]), x, ranged(44, 0.1, 0.4, 1));
        c.add("prelu per channel", in -> Prelu.apply(in[0], in[1]), ranged(45, -2, 2, 2, 3, 2), ranged(46, 0.1, 0.4, 3));
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> distances() {
        GradCheck.Cases c = new GradCheck.Cases();
        c.add("xlogy(x, y)", in -> gradpad.engine.ops.Xlogy.xlogy(in[0], in[1]), input(47, 3, 4), ranged(48, 0.5, 2, 4));
        c.add("cdist(x1, x2)", in -> gradpad.engine.ops.Cdist.cdist(in[0], in[1], 2), input(49, 3, 5), input(50, 4, 5));
        c.add("cdist batched", in -> gradpad.engine.ops.Cdist.cdist(in[0], in[1], 2), input(51, 2, 3, 4),
                input(52, 2, 2, 4));
        return c.stream();
    }
}
