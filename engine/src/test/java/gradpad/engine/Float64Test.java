package gradpad.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Float64#fma}: agrees with the JVM's {@code Math.fma} (tests only, TeaVM has none). */
class Float64Test {
    @Test
    void fmaMatchesMathFmaOnRandomOperands() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 500_000; i++) {
            double a = randomDouble(rnd);
            double b = randomDouble(rnd);
            double c;
            switch (rnd.nextInt(3)) {
                case 0 -> c = randomDouble(rnd);
                case 1 -> c = -(a * b); // cancellation: the result is the product's rounding error
                default -> c = -(a * b) * (1 + rnd.nextInt(5) * 0x1p-52);
            }
            assertEquals(Double.doubleToLongBits(Math.fma(a, b, c)), Double.doubleToLongBits(Float64.fma(a, b, c)),
                    a + " * " + b + " + " + c);
        }
    }

    @Test
    void fmaOfTheRandomKernels() {
        // u * (to - from) + from and x * std + mean, where the fused result differs from mul+add
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            double u = rnd.nextLong(1L << 53) * 0x1p-53;
            assertEquals(Math.fma(u, 5.0, -1.7), Float64.fma(u, 5.0, -1.7));
            assertEquals(Math.fma(u * 7 - 3.5, 3.3, 2.1), Float64.fma(u * 7 - 3.5, 3.3, 2.1));
        }
        assertEquals(0.0, Float64.fma(0.0, 3.0, 0.0));
        assertEquals(2.5, Float64.fma(0.0, 3.0, 2.5));
    }

    /** Doubles with few significant bits (ties likelier) or full ones, exponents in [-300, 300]. */
    private static double randomDouble(SplittableRandom rnd) {
        int bits = rnd.nextBoolean() ? 52 : rnd.nextInt(30);
        long mantissa = bits == 0 ? 0 : rnd.nextLong(1L << bits) << (52 - bits);
        double m = Double.longBitsToDouble(0x3FF0000000000000L | mantissa);
        double v = Math.scalb(m, rnd.nextInt(601) - 300);
        return rnd.nextBoolean() ? v : -v;
    }

    /** fmod against the JVM's exact {@code %}: random magnitudes, subnormals, signs and specials. */
    @org.junit.jupiter.api.Test
    void fmodIsExactAsTheJvmsRemainder() {
        java.util.Random r = new java.util.Random(42);
        double[] special = {0.0, -0.0, 1.0, -1.0, 3.0, 0.1, 0.3, 1e20, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE,
            Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            5e-324 * 7, 2.5e-310};
        for (double x : special) {
            for (double y : special) {
                check(x, y);
            }
        }
        for (int i = 0; i < 200_000; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            double y = Double.longBitsToDouble(r.nextLong());
            check(x, y);
            check(x, Math.scalb(y, -r.nextInt(40)) / (1 + r.nextInt(1000)));
            check(r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20), r.nextGaussian() * Math.pow(10, r.nextInt(10) - 5));
        }
    }

    private static void check(double x, double y) {
        double want = x % y;
        double got = Float64.fmod(x, y);
        org.junit.jupiter.api.Assertions.assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got),
                () -> x + " % " + y + ": " + want + " vs " + got);
    }
}
