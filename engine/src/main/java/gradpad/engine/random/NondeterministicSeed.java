package gradpad.engine.random;

/**
 * A 64-bit seed that differs from run to run, standing in for PyTorch's
 * {@code getNonDeterministicRandom()} (which reads /dev/urandom).
 *
 * <p>There is no /dev/urandom (nor {@code SecureRandom} worth its size) under TeaVM, so the
 * entropy comes from what every target has: {@code System.currentTimeMillis()} (a clock reading; {@code Date.now()} in the browser), two {@code Math.random()} draws (V8's seeded xorshift in the
 * browser) and a counter so that two calls in the same clock tick still differ. SplitMix64's
 * finaliser spreads these bits over the whole word. Not cryptographic; it only has to make
 * unseeded notebooks differ from run to run, as in PyTorch.
 */
final class NondeterministicSeed {
    private static long counter;

    private NondeterministicSeed() {
    }

    static long next() {
        counter++;
        // No System.nanoTime(): TeaVM maps it to performance.now(), which HtmlUnit's workers lack.
        long x = mix(System.currentTimeMillis() * 0x9E3779B97F4A7C15L);
        x = mix(x ^ (long) (Math.random() * 0x1p52) ^ counter);
        x = mix(x ^ (long) (Math.random() * 0x1p52) << 12);
        return x;
    }

    /** SplitMix64's finaliser (Steele, Lea, Flood 2014). */
    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
