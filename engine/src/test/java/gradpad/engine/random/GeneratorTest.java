package gradpad.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Seed semantics and argument checks; the numbers themselves are in GeneratorCasesTest. */
class GeneratorTest {
    @Test
    void manualSeedKeepsAll64BitsButSeedsTheEngineWithTheLow32() {
        Generator g = new Generator(0);
        assertSame(g, g.manualSeed(-1));
        assertEquals("18446744073709551615", Long.toUnsignedString(g.initialSeed()));
        g.manualSeed(1L << 32);
        assertEquals(4294967296L, g.initialSeed());
        float[] a = new float[5];
        g.randn(a);
        float[] b = new float[5];
        new Generator(0).randn(b);
        assertArrayEquals(b, a);
    }

    @Test
    void newGeneratorsAndSeedAreNonDeterministic() {
        Generator g = new Generator();
        long before = g.initialSeed();
        long s = g.seed();
        assertEquals(s, g.initialSeed());
        assertNotEquals(before, s);
        assertNotEquals(new Generator().initialSeed(), new Generator().initialSeed());
        // seed() also restarts the stream, like manual_seed with that value
        float[] a = new float[20];
        g.randn(a);
        float[] b = new float[20];
        new Generator(s).randn(b);
        assertArrayEquals(b, a);
    }

    @Test
    void seedClearsTheCachedNormal() {
        Generator g = new Generator(5);
        g.randn(new double[1]); // leaves r*sin(theta) cached
        long s = g.seed();
        double[] a = new double[1];
        g.randn(a);
        double[] b = new double[1];
        new Generator(s).randn(b);
        assertArrayEquals(b, a);
    }

    @Test
    void randintNeedsLowBelowHigh() {
        Generator g = new Generator(0);
        assertThrows(IllegalArgumentException.class, () -> g.randint(new long[1], 3, 3));
        assertThrows(IllegalArgumentException.class, () -> g.randint(new long[1], 4, 3));
    }

    @Test
    void emptyOutputsDrawNothing() {
        Generator g = new Generator(0);
        g.randn(new float[0]);
        g.randn(new double[0]);
        g.rand(new float[0]);
        g.randint(new long[0], 0, 5);
        assertEquals(new Generator(0).random(), g.random());
    }

    @Test
    void defaultSeedIsTorchGeneratorsSeed() {
        assertEquals(67280421310721L, Generator.DEFAULT_RNG_SEED);
    }
}
