package gradpad.engine.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Both fast float32 tanh loops must give the bits of {@code (float) Math.tanh(x)} (fdlibm's) for every float. */
class Float32TanhTest {
    private static final int BLOCK = 4096;
    private final float[] in = new float[BLOCK];
    private final float[] viaBits = new float[BLOCK];
    private final float[] viaBranches = new float[BLOCK];
    private int filled;

    /** Queues x; every BLOCK values both loops (Wasm's and JS's) run and are checked. */
    private void check(float x) {
        in[filled++] = x;
        if (filled == BLOCK) {
            flush();
        }
    }

    private void flush() {
        Float32Tanh.applyWithBitOperations(viaBits, in, 0, filled);
        Float32Tanh.applyWithBranches(viaBranches, in, 0, filled);
        for (int i = 0; i < filled; i++) {
            float x = in[i];
            for (float got : new float[] {viaBits[i], viaBranches[i]}) {
                if (x != x) {
                    assertTrue(Float.isNaN(got), "NaN stays NaN (its payload is not printed)");
                } else {
                    assertEquals(Float.floatToRawIntBits((float) Math.tanh(x)), Float.floatToRawIntBits(got),
                            () -> "tanh(" + x + ") bits " + Integer.toHexString(Float.floatToRawIntBits(x)));
                }
            }
        }
        filled = 0;
    }

    @Test
    void specialValues() {
        float[] values = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE,
            1e-20f, 1e-4f, 0.0054f, 0.5f, 1f, -1f, 9f, 9.01f, 9.1f, -9.1f, 21.99f, 22f, 22.01f, 100f};
        for (float x : values) {
            check(x);
        }
        flush();
    }

    @Test
    void everySeventyThirdBitPattern() {
        // 59 million floats spread over every exponent (sign included), subnormals to infinity.
        for (long bits = 0; bits <= 0xffffffffL; bits += 73) {
            check(Float.intBitsToFloat((int) bits));
        }
        flush();
    }

    @Test
    void denselyWhereTanhBends() {
        // Near 0 (cubic term), across the table's 1/32 steps and the approximation's branches.
        SplittableRandom random = new SplittableRandom(20261126);
        for (int i = 0; i < 5_000_000; i++) {
            check((float) (random.nextDouble(-12.0, 12.0)));
        }
        for (int bits = Float.floatToRawIntBits(0.0625f); bits < Float.floatToRawIntBits(0.0627f); bits++) {
            check(Float.intBitsToFloat(bits));
        }
        flush();
    }
}
