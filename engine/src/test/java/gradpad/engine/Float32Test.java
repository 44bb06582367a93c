package gradpad.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Float32}: the emulated fmaf agrees with the JVM's {@code Math.fma} (tests only, TeaVM has none). */
class Float32Test {
    @Test
    void fmaDecidesMidpointsByTheExactValue() {
        // a*b + c = 1 + 2^-23 + 2^-24 - 2^-64: the double sum rounds onto the binary32 midpoint,
        // where ties-to-even would go up; the exact value is just below it
        float a = 1.0f + 0x1p-20f;
        float b = 0x1p-24f * (1.0f - 0x1p-20f);
        float c = 1.0f + 0x1p-23f;
        assertEquals(1.0f + 0x1p-23f, Float32.fma(a, b, c));
        assertEquals(Math.fma(a, b, c), Float32.fma(a, b, c));
        assertEquals(Math.fma(-a, b, -c), Float32.fma(-a, b, -c));
    }

    @Test
    void fmaMatchesMathFmaOnRandomOperands() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 2_000_000; i++) {
            float a = randomFloat(rnd);
            float b = randomFloat(rnd);
            // c near -a*b half of the time: cancellation and midpoint-heavy sums
            float c = rnd.nextBoolean() ? randomFloat(rnd) : (float) -((double) a * b) * (1 + rnd.nextInt(3) * 0x1p-23f);
            float want = Math.fma(a, b, c);
            float got = Float32.fma(a, b, c);
            assertEquals(Float.floatToIntBits(want), Float.floatToIntBits(got), a + " * " + b + " + " + c);
        }
    }

    @Test
    void basicOperationsRoundOnce() {
        assertEquals(0.1f, Float32.round(0.1));
        assertEquals(0.1f + 0.2f, Float32.add(0.1f, 0.2f));
        assertEquals(0.1f * 3.3f, Float32.mul(0.1f, 3.3f));
        assertEquals(0.7f - 0.1f, Float32.sub(0.7f, 0.1f));
        assertEquals((float) Math.sqrt(2.0f), Float32.sqrt(2.0f));
    }

    /** Floats with few significant bits (ties are likelier) or full ones, exponents in [-40, 40]. */
    private static float randomFloat(SplittableRandom rnd) {
        int mantissaBits = rnd.nextBoolean() ? 24 : 1 + rnd.nextInt(12);
        float m = 1.0f + (rnd.nextInt(1 << (mantissaBits - 1)) / (float) (1 << (mantissaBits - 1)));
        float v = m * (float) Math.scalb(1.0, rnd.nextInt(81) - 40);
        return rnd.nextBoolean() ? v : -v;
    }
}
