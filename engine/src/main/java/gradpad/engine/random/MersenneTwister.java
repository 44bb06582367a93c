package gradpad.engine.random;

/**
 * The 32-bit Mersenne Twister (mt19937), as in PyTorch's {@code at::mt19937} and C++'s
 * {@code std::mt19937}: the engine behind PyTorch's CPU generator.
 *
 * <p>Words are Java {@code int}s holding unsigned 32-bit values; {@code >>>} keeps the shifts
 * logical, and {@code int} arithmetic wraps modulo 2^32 like C's {@code uint32_t} (also in
 * TeaVM's JS build, which emulates Java int overflow).
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908B0DF;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7FFFFFFF;

    private final int[] state = new int[N];
    /** Index of the next state word to temper; {@code N} forces a twist before the next draw. */
    private int next;

    /** An engine seeded like {@code std::mt19937(seed)} (only the low 32 bits are used). */
    public MersenneTwister(long seed) {
        seed(seed);
    }

    /** Re-seeds with {@code init_genrand(seed & 0xFFFFFFFF)}. */
    public void seed(long seed) {
        state[0] = (int) seed;
        for (int j = 1; j < N; j++) {
            int prev = state[j - 1];
            state[j] = 1812433253 * (prev ^ (prev >>> 30)) + j;
        }
        next = N;
    }

    /**
     * Re-seeds with the reference code's {@code init_by_array(key)}, as CPython's
     * {@code random.seed(n)} does with the 32-bit words of |n|, least significant first.
     */
    public void seedByArray(int[] key) {
        seed(19650218L);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            int prev = state[i - 1];
            state[i] = (state[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = state[i - 1];
            state[i] = (state[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
        next = N;
    }

    /** The next 32-bit output, as a Java int (reinterpret as unsigned). */
    public int nextInt() {
        if (next >= N) {
            twist();
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >>> 18;
        return y;
    }

    /** Regenerates all N state words (the standard mt19937 "next_state"). */
    private void twist() {
        int[] st = state;
        for (int i = 0; i < N; i++) {
            int y = (st[i] & UPPER_MASK) | (st[i + 1 < N ? i + 1 : 0] & LOWER_MASK);
            int i2 = i + M < N ? i + M : i + M - N;
            st[i] = st[i2] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        next = 0;
    }
}
