package gradpad.engine.random;

import gradpad.engine.Float32;
import gradpad.engine.Float64;

/**
 * PyTorch's CPU random number generator ({@code at::CPUGeneratorImpl}): an mt19937 engine, the
 * 64-bit seed it was seeded with, and the cached second Box-Muller normal. Every fill method
 * draws exactly the words PyTorch draws and computes the same bits as {@code torch.randn},
 * {@code torch.rand}, {@code torch.randint}, {@code normal_} and {@code uniform_} on an x86-64
 * CPU with AVX2 (see the oracle's SPEC-randn.md).
 *
 * <p>The fill methods write into caller-provided arrays (row-major, contiguous) so that the
 * engine's tensors own their storage. Not thread-safe, like PyTorch without its mutex.
 */
public final class Generator {
    /** {@code c10::detail::default_rng_seed_val}: the seed of a new {@code torch.Generator()}. */
    public static final long DEFAULT_RNG_SEED = 67280421310721L;
    /** PyTorch switches from the serial to the vectorised normal kernel at 16 elements. */
    private static final int VECTOR_MIN = 16;
    private static final double TWO_POW_M24 = 0x1p-24;
    private static final double TWO_POW_M53 = 0x1p-53;

    private final MersenneTwister engine = new MersenneTwister(0);
    private long seed;
    /** {@code next_double_normal_sample}: r*sin(theta) of the last serial Box-Muller pair. */
    private double nextDoubleNormal;
    private boolean hasNextDoubleNormal;
    /** The cached normal's pair, kept so it is computed exactly only when needed. */
    private double pairU1;
    private double pairU2;
    private double cachedFastSin;
    private boolean cacheExact;
    private final float[] sincos32 = new float[2];
    private final double[] sincos64 = new double[2];

    /** A generator seeded from a non-deterministic source, like torch's default generator. */
    public Generator() {
        manualSeed(NondeterministicSeed.next());
    }

    /** A generator seeded with {@code seed}; {@code new Generator(DEFAULT_RNG_SEED)} is {@code torch.Generator()}. */
    public Generator(long seed) {
        manualSeed(seed);
    }

    /**
     * {@code torch.manual_seed(seed)}: keeps the 64-bit seed (negative Python ints arrive here
     * already wrapped modulo 2^64), clears the cached normal, and seeds mt19937 with the low 32
     * bits, so seeds 0 and 2^32 give the same stream.
     */
    public Generator manualSeed(long seed) {
        this.seed = seed;
        hasNextDoubleNormal = false;
        nextDoubleNormal = 0.0;
        engine.seed(seed & 0xFFFFFFFFL);
        return this;
    }

    /** {@code torch.initial_seed()}: the 64-bit seed, to be printed as unsigned. */
    public long initialSeed() {
        return seed;
    }

    /**
     * {@code torch.seed()}: re-seeds from a non-deterministic source and returns the new seed
     * (64 bits, to be printed as unsigned).
     */
    public long seed() {
        long s = NondeterministicSeed.next();
        manualSeed(s);
        return s;
    }

    /** One 32-bit draw, as an unsigned value in [0, 2^32). */
    public long random() {
        return engine.nextInt() & 0xFFFFFFFFL;
    }

    /** Two draws, the first one the high word: {@code (first << 32) | second}, unsigned. */
    public long random64() {
        long hi = engine.nextInt();
        long lo = engine.nextInt() & 0xFFFFFFFFL;
        return (hi << 32) | lo;
    }

    // ----------------------------------------------------------------- uniform primitives

    /** {@code uniform_real_distribution<float>(0, 1)}: the low 24 bits of one draw, times 2^-24. */
    private float uniform32() {
        return (float) ((engine.nextInt() & 0xFFFFFF) * TWO_POW_M24); // exact in binary32
    }

    /** {@code uniform_real_distribution<double>(0, 1)}: the low 53 bits of random64(), times 2^-53. */
    private double uniform64() {
        int hi = engine.nextInt() & 0x1FFFFF;
        int lo = engine.nextInt();
        // ints only, no long: cheaper in TeaVM's JS build; every step is exact in double
        double loUnsigned = lo < 0 ? lo + 0x1p32 : lo;
        return (hi * 0x1p32 + loUnsigned) * TWO_POW_M53;
    }

    // ----------------------------------------------------------------- rand / uniform_

    /** {@code torch.rand}, float32: one draw per element. */
    public void rand(float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = uniform32();
        }
    }

    /** {@code torch.rand}, float64: two draws per element. */
    public void rand(double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = uniform64();
        }
    }

    /**
     * {@code uniform_(from, to)} on float32: from and to are rounded to float first, and
     * {@code u * (to - from) + from} is one {@code fmaf} as GCC compiles it.
     */
    public void uniform(float[] out, double from, double to) {
        float from32 = Float32.round(from);
        float range = Float32.sub(Float32.round(to), from32);
        for (int i = 0; i < out.length; i++) {
            out[i] = Float32.fma(uniform32(), range, from32);
        }
    }

    /** {@code uniform_(from, to)} on float64: {@code fma(u, to - from, from)}. */
    public void uniform(double[] out, double from, double to) {
        double range = to - from;
        for (int i = 0; i < out.length; i++) {
            out[i] = Float64.fma(uniform64(), range, from);
        }
    }

    // ----------------------------------------------------------------- randint

    /**
     * {@code torch.randint(low, high, size)} (int64): {@code low + v % (high - low)} with
     * {@code v = random64()} when the range is at least 2^32, else {@code v = random()}.
     *
     * @throws IllegalArgumentException unless {@code low < high}
     */
    public void randint(long[] out, long low, long high) {
        if (low >= high) {
            throw new IllegalArgumentException("random_ expects 'from' to be less than 'to', but got from="
                    + low + " >= to=" + high);
        }
        long range = high - low; // unsigned, as PyTorch's uint64_t range
        boolean wide = Long.compareUnsigned(range, 0x100000000L) >= 0;
        for (int i = 0; i < out.length; i++) {
            long v = wide ? Long.remainderUnsigned(random64(), range) : random() % range;
            out[i] = low + v;
        }
    }

    /**
     * {@code torch.randperm(n)}: the identity permutation shuffled by Fisher-Yates from the front,
     * {@code z = random() % (n - i)} swapped into place i (PyTorch's CPU path for n below 2^32/20).
     */
    public void randperm(long[] out) {
        int n = out.length;
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        for (int i = 0; i < n - 1; i++) {
            int z = (int) (random() % (n - i));
            long saved = out[i];
            out[i] = out[z + i];
            out[z + i] = saved;
        }
    }

    /**
     * {@code bernoulli_(p)} on a contiguous float tensor, PyTorch's default CPU kernel (its MKL path
     * is disabled in current releases, pytorch#132395): one {@code uniform_real_distribution<double>}
     * draw per element, 1 when it is below p.
     */
    public void bernoulli(float[] out, double p) {
        for (int i = 0; i < out.length; i++) {
            out[i] = uniform64() < p ? 1f : 0f;
        }
    }

    /** {@code bernoulli_(p)} on a float64 tensor: as {@link #bernoulli(float[], double)}. */
    public void bernoulli(double[] out, double p) {
        for (int i = 0; i < out.length; i++) {
            out[i] = uniform64() < p ? 1.0 : 0.0;
        }
    }

    /**
     * {@code exponential_(lambd)}: PyTorch's default kernel (current releases run it on every build),
     * {@code -1 / lambd * log1p(-u)} in double from one uniform double draw per element.
     */
    public void exponential(float[] out, double lambda) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (-1.0 / lambda * gradpad.engine.math.CrMath.log1p(-1.0 * uniform64()));
        }
    }

    /** {@code exponential_(lambd)} on float64. */
    public void exponential(double[] out, double lambda) {
        for (int i = 0; i < out.length; i++) {
            out[i] = -1.0 / lambda * gradpad.engine.math.CrMath.log1p(-1.0 * uniform64());
        }
    }

    /** One {@code uniform_real_distribution<double>(0, 1)} draw, as the multinomial sampler takes it. */
    public double uniformDouble() {
        return uniform64();
    }

    // ----------------------------------------------------------------- randn / normal_

    /** {@code torch.randn}, float32. */
    public void randn(float[] out) {
        normal(out, 0.0, 1.0);
    }

    /** {@code torch.randn}, float64. */
    public void randn(double[] out) {
        normal(out, 0.0, 1.0);
    }

    /** {@code normal_(mean, std)} / {@code torch.normal(mean, std, size)}, float32. */
    public void normal(float[] out, double mean, double std) {
        int n = out.length;
        if (n < VECTOR_MIN) {
            for (int i = 0; i < n; i++) {
                out[i] = normalFloat(mean, std);
            }
            return;
        }
        float mean32 = Float32.round(mean);
        float std32 = Float32.round(std);
        for (int i = 0; i < n; i++) {
            out[i] = uniform32();
        }
        for (int i = 0; i + VECTOR_MIN <= n; i += VECTOR_MIN) {
            NormalFill.fill16(out, i, mean32, std32, sincos32);
        }
        if (n % VECTOR_MIN != 0) {
            // PyTorch redraws the LAST 16 slots and transforms them again (overlapping the last block)
            int off = n - VECTOR_MIN;
            for (int k = 0; k < VECTOR_MIN; k++) {
                out[off + k] = uniform32();
            }
            NormalFill.fill16(out, off, mean32, std32, sincos32);
        }
    }

    /** {@code normal_(mean, std)} / {@code torch.normal(mean, std, size)}, float64. */
    public void normal(double[] out, double mean, double std) {
        int n = out.length;
        if (n < VECTOR_MIN) {
            for (int i = 0; i < n; i++) {
                out[i] = normalDouble(mean, std);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = uniform64();
        }
        for (int i = 0; i + VECTOR_MIN <= n; i += VECTOR_MIN) {
            NormalFill.fill16(out, i, mean, std, sincos64);
        }
        if (n % VECTOR_MIN != 0) {
            int off = n - VECTOR_MIN;
            for (int k = 0; k < VECTOR_MIN; k++) {
                out[off + k] = uniform64();
            }
            NormalFill.fill16(out, off, mean, std, sincos64);
        }
    }

    /**
     * {@code at::normal_distribution<double>(mean, std)}, the serial path: returns the cached
     * second normal if there is one, else draws a Box-Muller pair (4 words), caches
     * {@code r * sin(theta)} and returns {@code r * cos(theta)}; GCC fuses {@code * std + mean}.
     */
    private double normalDouble(double mean, double std) {
        if (hasNextDoubleNormal) {
            hasNextDoubleNormal = false;
            return Float64.fma(exactCachedNormal(), std, mean);
        }
        drawPair();
        double r = Math.sqrt(-2.0 * Libm.log(1.0 - pairU2));
        Libm.sincos(2.0 * Math.PI * pairU1, sincos64);
        return Float64.fma(r * sincos64[1], std, mean);
    }

    /**
     * The same draw rounded to float32, first computed with the platform's fast {@code Math.log},
     * {@code sin} and {@code cos} (a few ulps off glibc's): when that double lies clearly inside one
     * float32 rounding interval, the exact value rounds to the same float, so the costly correctly
     * rounded evaluation runs only for the rare draws near a boundary.
     */
    private float normalFloat(double mean, double std) {
        if (hasNextDoubleNormal) {
            hasNextDoubleNormal = false;
            if (!cacheExact) {
                double fast = Float64.fma(cachedFastSin, std, mean);
                if (safelyRounds(fast)) {
                    return (float) fast;
                }
            }
            return (float) Float64.fma(exactCachedNormal(), std, mean);
        }
        drawPair();
        double r = Math.sqrt(-2.0 * Math.log(1.0 - pairU2));
        double theta = 2.0 * Math.PI * pairU1;
        cachedFastSin = r * Math.sin(theta);
        double fast = Float64.fma(r * Math.cos(theta), std, mean);
        if (safelyRounds(fast)) {
            return (float) fast;
        }
        double exactR = Math.sqrt(-2.0 * Libm.log(1.0 - pairU2));
        Libm.sincos(theta, sincos64);
        return (float) Float64.fma(exactR * sincos64[1], std, mean);
    }

    /** Draws the uniforms of a Box-Muller pair and caches its second normal lazily. */
    private void drawPair() {
        pairU1 = uniform64();
        pairU2 = uniform64();
        hasNextDoubleNormal = true;
        cacheExact = false;
    }

    /** {@code r * sin(theta)} of the last pair, correctly rounded as glibc gives it. */
    private double exactCachedNormal() {
        if (!cacheExact) {
            double r = Math.sqrt(-2.0 * Libm.log(1.0 - pairU2));
            Libm.sincos(2.0 * Math.PI * pairU1, sincos64);
            nextDoubleNormal = r * sincos64[0];
            cacheExact = true;
        }
        return nextDoubleNormal;
    }

    /** Whether every double within 2^-40 (relative) of d rounds to the same float as d. */
    private static boolean safelyRounds(double d) {
        if (d != d || Double.isInfinite(d)) {
            return false;
        }
        float f = Float32.round(d); // not (float) d: TeaVM's JS build would not round that
        if (f == 0f || Float.isInfinite(f)) {
            return false;
        }
        int bits = Float.floatToRawIntBits(f);
        double a = ((double) f + Float.intBitsToFloat(bits + 1)) * 0.5;
        double b = ((double) f + Float.intBitsToFloat(bits - 1)) * 0.5;
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        double tol = Math.abs(d) * 0x1p-40;
        return d - lo > tol && hi - d > tol;
    }
}
