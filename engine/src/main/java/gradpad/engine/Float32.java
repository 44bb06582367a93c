package gradpad.engine;

/**
 * IEEE binary32 arithmetic that gives the same bits on the JVM, in TeaVM's JavaScript build and
 * in its WebAssembly GC build.
 *
 * <p>Why this exists: TeaVM's JS backend keeps {@code float} values in JS doubles, and neither a
 * {@code (float)} cast nor a {@code float} local rounds them to binary32 there; so {@code a * b + c}
 * on floats silently runs in double precision. Every float32 operation whose bits matter (PyTorch's
 * float32 kernels: randn's AVX2 log/sincos, float32 sums) therefore computes in double and rounds
 * through {@link #round(double)}.
 *
 * <p>Computing {@code +, -, *} (and {@code /}, {@code sqrt}) of two binary32 values in binary64
 * and rounding once to binary32 gives the correctly rounded binary32 result (binary64 has more
 * than 2*24+2 significand bits, so the double rounding is innocuous). That makes these helpers
 * exact on every target, including the JVM and Wasm where floats are native.
 *
 * <p>TeaVM's class library has no {@code Math.fma} (using it fails the TeaVM build), so
 * {@link #fma(float, float, float)} is emulated with double arithmetic.
 */
public final class Float32 {
    private Float32() {
    }

    /**
     * Whether {@code float} arithmetic rounds every operation to binary32 here: true on the JVM
     * and in Wasm, false in TeaVM's JS build. (A method, not a static field: a static initializer
     * would make TeaVM's Wasm check for class initialisation on every call of {@link #round}.)
     */
    public static boolean arithmeticRounds() {
        float big = Float.intBitsToFloat(0x4b800000); // 2^24: 2^24 + 1 is not a binary32 value
        return big + 1f == big;
    }

    /**
     * {@code v} rounded to the nearest integer, ties to even, for {@code |v| < 2^22}: 1.5 * 2^23 + v
     * rounded to binary32 is that integer plus 1.5 * 2^23, in the float's low bits. No
     * {@code Math.floor} or {@code Math.rint} (in Wasm a call out to JavaScript; TeaVM's rint
     * rounds ties away from zero) and no double-to-int conversion.
     */
    public static int roundToIntSmall(float v) {
        return Float.floatToRawIntBits(round((double) v + 0x1.8p23)) - 0x4b400000;
    }

    /**
     * Rounds {@code x} to the nearest binary32 value (ties to even).
     *
     * <p>Implemented as a {@code floatToRawIntBits}/{@code intBitsToFloat} round trip: on the JVM
     * and in Wasm the {@code (float)} cast already rounds and the round trip is the identity; in
     * TeaVM's JS build {@code floatToRawIntBits} stores the number into a {@code Float32Array}
     * (which rounds) and reads the bits back. Unlike a shared one-element {@code float[]} scratch it
     * keeps no state (safe on JVM threads), and TeaVM cannot fold the native calls away.
     */
    public static float round(double x) {
        return Float.intBitsToFloat(Float.floatToRawIntBits((float) x));
    }

    /** {@code a + b} rounded once to binary32. */
    public static float add(float a, float b) {
        return round((double) a + (double) b);
    }

    /** {@code a - b} rounded once to binary32. */
    public static float sub(float a, float b) {
        return round((double) a - (double) b);
    }

    /** {@code a * b} rounded once to binary32 (the double product of two floats is exact). */
    public static float mul(float a, float b) {
        return round((double) a * (double) b);
    }

    /** {@code sqrt(a)} rounded once to binary32 (like {@code sqrtf} / {@code _mm256_sqrt_ps}). */
    public static float sqrt(float a) {
        return round(Math.sqrt(a));
    }

    /**
     * Binary32 fused multiply-add: {@code a * b + c} with a single rounding, like C's
     * {@code fmaf} and the {@code vfmadd} instructions GCC emits for PyTorch's AVX2 kernels.
     *
     * <p>The product of two binary32 values is exact in binary64. {@code s = p + c} is rounded
     * once in binary64 and TwoSum recovers its exact error {@code err}. Rounding {@code s} to
     * binary32 is then correct unless {@code s} lies exactly halfway between two binary32 values
     * while {@code err != 0}: in that case the sign of {@code err} decides the direction (the
     * same algorithm as {@code fma32} in the oracle's {@code randn_ref.py}).
     */
    public static float fma(float a, float b, float c) {
        double p = (double) a * (double) b;
        double s = p + c;
        float r = round(s);
        if (r == s) {
            return r;
        }
        // Fast exit unless s is a binary32 midpoint: then 2s - r (exact: Sterbenz) is the other
        // neighbour, itself a binary32 value. NaN and overflow to infinity exit here too.
        double o = 2 * s - r;
        if (round(o) != o || Float.isInfinite(r)) {
            return r;
        }
        double bp = s - p;
        // TwoSum's (p - (s - bp)) + (c - bp), written with "- (bp - c)": see Float64's note on TeaVM
        double err = (p - (s - bp)) - (bp - c);
        if (err != 0.0) {
            float other = nextToward(r, s > r);
            if ((double) other - s == s - (double) r && (err > 0) == (s > r)) {
                // s is a midpoint and the exact value lies beyond it, on the side of other
                return other;
            }
        }
        return r;
    }

    /** The binary32 neighbour of {@code x} (finite) towards +inf ({@code up}) or -inf. */
    private static float nextToward(float x, boolean up) {
        if (x == 0.0f) {
            return up ? Float.MIN_VALUE : -Float.MIN_VALUE;
        }
        int bits = Float.floatToRawIntBits(x);
        return Float.intBitsToFloat((x > 0) == up ? bits + 1 : bits - 1);
    }
}
