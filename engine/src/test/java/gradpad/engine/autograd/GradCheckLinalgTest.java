package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Linalg;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** gradcheck and gradgradcheck of linalg.inv, det and solve on well-conditioned random matrices. */
class GradCheckLinalgTest {
    /** A random matrix plus 3I: far from singular, so finite differences stay accurate. */
    private static Tensor wellConditioned(long seed, int... shape) {
        Tensor m = input(seed, shape);
        int n = shape[shape.length - 1];
        return m.add(gradpad.engine.ops.Creation.eye(n, n, m.dtype()).mul(3.0)).detach().requiresGrad_(true);
    }

    @TestFactory
    Stream<DynamicTest> inverseDeterminantSolve() {
        GradCheck.Cases c = new GradCheck.Cases();
        Tensor a = wellConditioned(50, 3, 3);
        c.add("inv", in -> Linalg.inv(in[0]), a);
        c.add("inv of a batch", in -> Linalg.inv(in[0]), wellConditioned(51, 2, 3, 3));
        c.add("det", in -> Linalg.det(in[0]), a);
        c.add("det of a batch", in -> Linalg.det(in[0]), wellConditioned(52, 2, 2, 2));
        c.add("solve with a vector", in -> Linalg.solve(in[0], in[1]), a, input(53, 3));
        c.add("solve with a matrix", in -> Linalg.solve(in[0], in[1]), a, input(54, 3, 2));
        return c.stream();
    }
}
