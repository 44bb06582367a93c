package gradpad.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The float32 serial path computes with the platform's fast log/sin/cos and falls back to the
 * correctly rounded ones near a float32 rounding boundary; its results must equal the float64
 * path's exact values rounded to float32, draw for draw (cached normals included).
 */
class SerialFastPathTest {
    @Test
    void fastFloatDrawsEqualExactDoubleDrawsRounded() {
        Generator fast = new Generator(12345);
        Generator exact = new Generator(12345);
        float[] f = new float[3];
        double[] d = new double[3];
        for (int round = 0; round < 100_000; round++) {
            fast.randn(f);
            exact.randn(d);
            for (int i = 0; i < 3; i++) {
                assertEquals(Float.floatToIntBits((float) d[i]), Float.floatToIntBits(f[i]), "draw " + round);
            }
        }
    }

    @Test
    void normalWithMeanAndStdToo() {
        Generator fast = new Generator(7);
        Generator exact = new Generator(7);
        float[] f = new float[5];
        double[] d = new double[5];
        for (int round = 0; round < 20_000; round++) {
            fast.normal(f, 0.5, 3.25);
            exact.normal(d, 0.5, 3.25);
            for (int i = 0; i < 5; i++) {
                assertEquals(Float.floatToIntBits((float) d[i]), Float.floatToIntBits(f[i]), "draw " + round);
            }
        }
    }
}
