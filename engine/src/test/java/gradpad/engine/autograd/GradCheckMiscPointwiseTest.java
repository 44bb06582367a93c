package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;
import static gradpad.engine.GradCheck.ranged;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Addcmul;
import gradpad.engine.ops.ClampMinMax;
import gradpad.engine.ops.ErrorFunctions;
import gradpad.engine.ops.FloatParts;
import gradpad.engine.ops.Lerp;
import gradpad.engine.ops.StatisticsMean;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** gradcheck and gradgradcheck of lerp, addcmul/addcdiv, erf/erfc/erfinv, frac, nan_to_num, clamp_min/max, std_mean/var_mean. */
class GradCheckMiscPointwiseTest {
    @TestFactory
    Stream<DynamicTest> pointwise() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(31, 3, 4);
        Tensor y = input(32, 3, 4);
        Tensor row = input(33, 4);
        c.add("lerp(x, y, 0.3)", in -> Lerp.lerp(in[0], in[1], Tensor.wrappedScalar(0.3)), x, y);
        c.add("lerp(x, y, 0.8)", in -> Lerp.lerp(in[0], in[1], Tensor.wrappedScalar(0.8)), x, y);
        c.add("lerp(x, y, w) broadcast w", in -> Lerp.lerp(in[0], in[1], in[2]), x, y, ranged(34, 0, 1, 4));
        c.add("addcmul(x, y, row, 0.5)", in -> Addcmul.addcmul(in[0], in[1], in[2], 0.5), x, y, row);
        c.add("addcdiv(row, x, y+2, 2)", in -> Addcmul.addcdiv(in[0], in[1], in[2], 2), row, x, ranged(35, 1, 2, 3, 4));
        c.add("erf", in -> ErrorFunctions.erf(in[0]), x);
        c.add("erfc", in -> ErrorFunctions.erfc(in[0]), x);
        c.add("erfinv", in -> ErrorFunctions.erfinv(in[0]), ranged(36, -0.9, 0.9, 3, 4));
        c.add("frac", in -> FloatParts.frac(in[0]), ranged(37, -3.9, 3.9, 5));
        c.add("nan_to_num", in -> FloatParts.nanToNum(in[0], null, null, null), x);
        c.add("clamp_min(x, 0.1)", in -> ClampMinMax.clampMin(in[0], Tensor.wrappedScalar(0.1)), x);
        c.add("clamp_max(x, 0.1)", in -> ClampMinMax.clampMax(in[0], Tensor.wrappedScalar(0.1)), x);
        c.add("clamp_min(x, tensor row)", in -> ClampMinMax.clampMin(in[0], in[1]), x, row);
        c.add("clamp_max(x, tensor row)", in -> ClampMinMax.clampMax(in[0], in[1]), x, row);
        c.add("(x * 1).clamp_min_(0.1)", in -> gradpad.engine.ops.PointwiseInPlace.clamp_(
                gradpad.engine.ops.Arithmetic.mul(in[0], Tensor.wrappedScalar(1L)), Tensor.wrappedScalar(0.1), true), x);
        c.add("(x * 1).clamp_max_(row)", in -> gradpad.engine.ops.PointwiseInPlace.clamp_(
                gradpad.engine.ops.Arithmetic.mul(in[0], Tensor.wrappedScalar(1L)), in[1], false), x, row);
        c.add("(x * 1).lerp_(y, 0.7)", in -> gradpad.engine.ops.PointwiseInPlace.lerp_(
                gradpad.engine.ops.Arithmetic.mul(in[0], Tensor.wrappedScalar(1L)), in[1], Tensor.wrappedScalar(0.7)), x, y);
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> moments() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor x = input(38, 3, 4);
        c.addAll("std_mean()", in -> StatisticsMean.run(in[0], null, 1, false, true), x);
        c.addAll("var_mean()", in -> StatisticsMean.run(in[0], null, 0, false, false), x);
        c.addAll("std_mean(1)", in -> StatisticsMean.run(in[0], new int[] {1}, 1, false, true), x);
        c.addAll("var_mean(0, keepdim)", in -> StatisticsMean.run(in[0], new int[] {0}, 1, true, false), x);
        c.add("var_mean(1)[1] alone", in -> StatisticsMean.run(in[0], new int[] {1}, 1, false, false)[1], x);
        return c.stream();
    }
}
