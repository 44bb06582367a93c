package gradpad.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MersenneTwisterTest {
    @Test
    void tenThousandthOutputOfTheDefaultSeedIsTheCppStandardsValue() {
        // [rand.predef]: the 10000th consecutive invocation of a default-constructed mt19937
        // (seed 5489) produces 4123659995
        MersenneTwister mt = new MersenneTwister(5489);
        int v = 0;
        for (int i = 0; i < 10000; i++) {
            v = mt.nextInt();
        }
        assertEquals(4123659995L, v & 0xFFFFFFFFL);
    }

    @Test
    void onlyTheLow32BitsOfTheSeedCount() {
        MersenneTwister a = new MersenneTwister(0x1_0000_0007L);
        MersenneTwister b = new MersenneTwister(7);
        for (int i = 0; i < 1000; i++) {
            assertEquals(b.nextInt(), a.nextInt());
        }
        assertEquals(2357136044L, new MersenneTwister(0).nextInt() & 0xFFFFFFFFL);
    }
}
