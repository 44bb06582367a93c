package gradpad.engine.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.engine.Tensor;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link VmlLibrary}: by default (MKL, as the PyTorch 2.11 build the oracle used) float32 exp,
 * log, sin, cos and tanh are the correctly rounded values; with SLEEF they are SLEEF's (checked
 * bit for bit against a SLEEF build of torch by EngineCasesTest); kernels written with PyTorch's
 * vector type (softmax) use SLEEF either way.
 */
class VmlLibraryTest {
    private static Tensor values(float lo, float hi) {
        float[] v = new float[4000];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + (hi - lo) * r.nextFloat();
        }
        return Tensor.of(v, v.length);
    }

    private static float[] run(VmlLibrary lib, UnaryOperator<Tensor> f, Tensor x) {
        VmlLibrary previous = VmlLibrary.set(lib);
        try {
            return f.apply(x).toFloatArray();
        } finally {
            VmlLibrary.set(previous);
        }
    }

    private static void check(UnaryOperator<Tensor> f, DoubleUnaryOperator exact, Tensor x) {
        float[] mkl = run(VmlLibrary.MKL, f, x);
        float[] sleef = run(VmlLibrary.SLEEF, f, x);
        int differ = 0;
        for (int i = 0; i < mkl.length; i++) {
            float xi = (float) x.doubleAt(i);
            assertEquals((float) exact.applyAsDouble(xi), mkl[i], "correctly rounded at " + xi);
            differ += mkl[i] != sleef[i] ? 1 : 0;
        }
        assertTrue(differ > 0, "SLEEF's last bits differ from the correctly rounded ones somewhere");
    }

    @Test
    void mklIsTheDefaultAndCorrectlyRounded() {
        assertEquals(VmlLibrary.MKL, VmlLibrary.current());
        Tensor x = values(-20, 20);
        check(Tensor::exp, Math::exp, x);
        check(Tensor::tanh, Math::tanh, values(-3, 3));
        check(Tensor::sin, Math::sin, x);
        check(Tensor::cos, Math::cos, x);
        check(t -> t.abs().log(), v -> Math.log(Math.abs(v)), values(-1e6f, 1e6f));
    }

    @Test
    void vectorTypeKernelsUseSleefEitherWay() {
        Tensor x = values(-5, 5).view(40, 100);
        assertArrayEquals(run(VmlLibrary.SLEEF, t -> t.softmax(1), x), run(VmlLibrary.MKL, t -> t.softmax(1), x));
        assertArrayEquals(run(VmlLibrary.SLEEF, Tensor::sigmoid, x), run(VmlLibrary.MKL, Tensor::sigmoid, x));
    }
}
