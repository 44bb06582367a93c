package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Addmm;
import gradpad.engine.ops.BinaryCrossEntropy;
import gradpad.engine.ops.Losses;
import gradpad.engine.ops.RegressionLosses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** gradcheck and gradgradcheck of the fused loss and linear-layer nodes (Losses, Addmm). */
class GradCheckLossTest {
    @TestFactory
    Stream<DynamicTest> losses() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(1, 3, 4);
        Tensor y = input(2, 3, 4);
        c.add("mse_loss mean", in -> Losses.mseLoss(in[0], in[1], Losses.MEAN), x, y);
        c.add("mse_loss sum", in -> Losses.mseLoss(in[0], in[1], Losses.SUM), x, y);
        c.add("mse_loss none", in -> Losses.mseLoss(in[0], in[1], Losses.NONE), x, y);
        Tensor logp = input(3, 4, 5);
        Tensor target = Tensor.of(new long[] {1, 4, 0, 4}, 4);
        c.add("nll_loss mean", in -> Losses.nllLoss(in[0], target, Losses.MEAN, -100), logp);
        c.add("nll_loss sum", in -> Losses.nllLoss(in[0], target, Losses.SUM, -100), logp);
        c.add("nll_loss none", in -> Losses.nllLoss(in[0], target, Losses.NONE, -100), logp);
        c.add("nll_loss mean, ignore_index 4", in -> Losses.nllLoss(in[0], target, Losses.MEAN, 4), logp);
        c.add("nll_loss of log_softmax", in -> Losses.nllLoss(in[0].logSoftmax(1), target, Losses.MEAN, -100), logp);
        c.add("nll_loss of a (C,) input", in -> Losses.nllLoss(in[0], Tensor.of(new long[] {2}), Losses.MEAN, -100),
                input(4, 5));
        Tensor labels = GradCheck.ranged(5, 0, 1, 3, 4);
        c.add("binary_cross_entropy_with_logits mean", in -> Losses.bceWithLogits(in[0], in[1], Losses.MEAN), x,
                labels);
        c.add("binary_cross_entropy_with_logits sum", in -> Losses.bceWithLogits(in[0], in[1], Losses.SUM), x,
                labels);
        c.add("binary_cross_entropy_with_logits none", in -> Losses.bceWithLogits(in[0], in[1], Losses.NONE), x,
                labels);
        for (int r : new int[] {Losses.MEAN, Losses.SUM, Losses.NONE}) {
            c.add("l1_loss " + r, in -> RegressionLosses.l1Loss(in[0], in[1], r), x, y);
            c.add("smooth_l1_loss " + r, in -> RegressionLosses.smoothL1Loss(in[0], in[1], r, 1.0), x, y);
            c.add("smooth_l1_loss beta 0.5 " + r, in -> RegressionLosses.smoothL1Loss(in[0], in[1], r, 0.5), x, y);
            c.add("huber_loss " + r, in -> RegressionLosses.huberLoss(in[0], in[1], r, 1.0), x, y);
            c.add("huber_loss delta 0.7 " + r, in -> RegressionLosses.huberLoss(in[0], in[1], r, 0.7), x, y);
            Tensor p = GradCheck.ranged(11, 0.1, 0.9, 3, 4);
            Tensor q = GradCheck.ranged(12, 0, 1, 3, 4);
            c.add("binary_cross_entropy " + r, in -> BinaryCrossEntropy.apply(in[0], in[1], null, r), p, q);
            Tensor w = GradCheck.ranged(13, 0.5, 2, 4).detach();
            c.add("binary_cross_entropy weight " + r, in -> BinaryCrossEntropy.apply(in[0], in[1], w, r), p, q);
        }
        c.add("l1_loss broadcast", in -> RegressionLosses.l1Loss(in[0], in[1], Losses.MEAN), x, input(14, 4));
        c.add("huber_loss broadcast", in -> RegressionLosses.huberLoss(in[0], in[1], Losses.SUM, 0.5), x, input(15, 4));
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> addmm() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor a = input(6, 2, 3);
        Tensor b = input(7, 3, 4);
        c.add("addmm bias [4]", in -> Addmm.addmm(in[0], in[1], in[2]), input(8, 4), a, b);
        c.add("addmm bias [2, 4]", in -> Addmm.addmm(in[0], in[1], in[2]), input(9, 2, 4), a, b);
        c.add("addmm bias [2, 1]", in -> Addmm.addmm(in[0], in[1], in[2]), input(10, 2, 1), a, b);
        return c.stream();
    }
}
