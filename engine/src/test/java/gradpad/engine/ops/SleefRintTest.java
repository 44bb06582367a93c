package gradpad.engine.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code Sleef.rint}: nearest integer, ties to even, as the JVM's {@code Math.rint} (exact there). */
class SleefRintTest {
    private static void check(float v) {
        assertEquals((int) Math.rint(v), Sleef.rint(v), () -> "rint(" + v + ")");
    }

    @Test
    void tiesGoToEven() {
        for (int k = -300; k <= 300; k++) {
            check(k + 0.5f);
            check(k - 0.5f);
            check(k);
            check(Math.nextUp(k + 0.5f));
            check(Math.nextDown(k + 0.5f));
        }
        check(0x1p22f - 0.5f);
        check(-0x1p22f + 0.5f);
        check(0x1p22f);
        check(-0x1p22f);
        check(0x1p22f + 1);
        check(-0f);
        check(Float.MIN_VALUE);
    }

    @Test
    void everySeventeenthFloatBelow2To24() {
        for (int bits = 0; bits < Float.floatToRawIntBits(0x1p24f); bits += 17) {
            check(Float.intBitsToFloat(bits));
            check(-Float.intBitsToFloat(bits));
        }
    }
}
