package gradpad.engine.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast float32 tanh must give the bits of {@code (float) Math.tanh(x)} (fdlibm's) for every float. */
class Float32TanhTest {
    private static void assertSameBits(float x) {
        if (x != x) {
            assertTrue(Float.isNaN(Float32Tanh.of(x)), "NaN stays NaN (its payload is not printed)");
            return;
        }
        float expected = (float) Math.tanh(x);
        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(Float32Tanh.of(x)),
                () -> "tanh(" + x + ") bits " + Integer.toHexString(Float.floatToRawIntBits(x)));
    }

    @Test
    void specialValues() {
        float[] values = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE,
            1e-20f, 1e-4f, 0.0054f, 0.5f, 1f, -1f, 9f, 9.01f, 9.1f, -9.1f, 21.99f, 22f, 22.01f, 100f};
        for (float x : values) {
            assertSameBits(x);
        }
    }

    @Test
    void everySeventyThirdBitPattern() {
        // 59 million floats spread over every exponent (sign included), subnormals to infinity.
        for (long bits = 0; bits <= 0xffffffffL; bits += 73) {
            assertSameBits(Float.intBitsToFloat((int) bits));
        }
    }

    @Test
    void denselyWhereTanhBends() {
        // Near 0 (cubic term), across the table's 1/32 steps and the approximation's branches.
        SplittableRandom random = new SplittableRandom(20261126);
        for (int i = 0; i < 5_000_000; i++) {
            assertSameBits((float) (random.nextDouble(-12.0, 12.0)));
        }
        for (int bits = Float.floatToRawIntBits(0.0625f); bits < Float.floatToRawIntBits(0.0627f); bits++) {
            assertSameBits(Float.intBitsToFloat(bits));
        }
    }
}
