package gradpad.engine.ops;

import gradpad.engine.Float32;
import gradpad.engine.math.CrMath;

/**
 * float32 {@code tanh} with the bits of fdlibm's tanh rounded to float32 ({@link CrMath#tanh}, the
 * JVM's {@code StrictMath.tanh}; the correctly rounded float32 results PyTorch's MKL build prints),
 * without fdlibm's cost for every element. (TeaVM's own {@code Math.tanh},
 * {@code (e - 1/e) / (e + 1/e)}, gives nan beyond |x| = 709.8 and loses digits near 0.)
 *
 * <p>The pattern {@code randn}'s float32 path uses: a cheap approximation in double has a relative
 * error far below {@link #TOLERANCE}. When every double within that tolerance rounds to the same
 * float, so do the exact tanh and fdlibm's (itself within one double ulp of it), and that float is
 * the answer. Otherwise (about 1 element in 2500 of randn-like inputs) the element takes fdlibm's
 * tanh. {@code Float32TanhTest} checks the bits against the JVM's {@code Math.tanh};
 * {@code Float32TanhExhaustive} checked all 2^32 floats.
 */
final class Float32Tanh {
    /** Relative tolerance of the rounding check: over 1000 times the approximation's error. */
    private static final double TOLERANCE = 0x1p-36;
    private static final double BELOW = 1 - TOLERANCE;
    private static final double ABOVE = 1 + TOLERANCE;
    /** From here on tanh(a) is 1 in double (and in float32 from about 9.01 on). */
    private static final double SATURATION = 22.0;

    private Float32Tanh() {
    }

    /** {@code out[i] = tanh(in[off + i])} for i below n. */
    static void apply(float[] out, float[] in, int off, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = of(in[off + i]);
        }
    }

    static float of(float x) {
        // The sign by bit operations, not branches: random signs would mispredict.
        int bits = Float.floatToRawIntBits(x);
        double a = Float.intBitsToFloat(bits & 0x7fffffff);
        if (!(a > 0)) {
            return x; // ±0 keeps its sign, NaN stays NaN
        }
        double t = a >= SATURATION ? 1.0 : approximate(a);
        float below = Float32.round(t * BELOW);
        float above = Float32.round(t * ABOVE);
        if (below != above) {
            return (float) CrMath.tanh(x);
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(below) | (bits & 0x80000000));
    }

    /**
     * tanh(a) for 0 < a < 22, relative error below 1e-14 (8.2e-15 over all floats on the JVM): an
     * odd Taylor polynomial below 1/16 (the next term is under 1e-14 of the sum), else
     * {@code 1 - 2 / (e^(2a) + 1)} with the host's
     * {@code Math.exp} (V8's and the JVM's are within one ulp; the subtraction loses at most a
     * factor 1/a <= 16 of that).
     */
    static double approximate(double a) {
        if (a < 0.0625) {
            double u = a * a;
            return a + a * u * (-1.0 / 3 + u * (2.0 / 15 + u * (-17.0 / 315 + u * (62.0 / 2835))));
        }
        return 1.0 - 2.0 / (Math.exp(2.0 * a) + 1.0);
    }
}
