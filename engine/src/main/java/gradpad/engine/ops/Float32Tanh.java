package gradpad.engine.ops;

import gradpad.engine.Float32;
import gradpad.engine.math.CrMath;

/**
 * float32 {@code tanh} with the bits of fdlibm's tanh rounded to float32 ({@link CrMath#tanh}, the
 * JVM's {@code StrictMath.tanh}; the correctly rounded float32 results PyTorch's MKL build prints),
 * without fdlibm's cost for every element. (TeaVM's own {@code Math.tanh},
 * {@code (e - 1/e) / (e + 1/e)}, gives nan beyond |x| = 709.8 and loses digits near 0.)
 *
 * <p>The pattern {@code randn}'s float32 path uses: a cheap approximation in double,
 * {@code m / (m + 2)} with {@code m = e^(2|x|) - 1} from a table of {@code 2^(k/32)} and a degree-5
 * polynomial, has a relative error far below {@link #TOLERANCE}. When every double within that
 * tolerance rounds to the same float, so do the exact tanh and fdlibm's (itself within one double
 * ulp of it), and that float is the answer. The few others (about 1 element in 2500 of randn-like
 * inputs) and NaN are noted and redone with fdlibm's tanh after the loop.
 * {@code Float32TanhTest} checks the bits against the JVM's {@code Math.tanh};
 * {@code Float32TanhExhaustive} checked all 2^32 floats.
 *
 * <p>Written for V8's Wasm code (measured per million elements): no branch on the sign (bit
 * operations instead: TeaVM's {@code Math.abs} branches, and random signs mispredict, 6 ms), no
 * {@code Math.exp} (a call out of Wasm, 6 ms), no double-to-int conversion (saturating, 2 ms:
 * the table index comes from the low bits of the double {@code y * 32/ln2 + 1.5 * 2^52}), no call
 * inside the loop, not even a rarely taken one (2.5 ms of W2's 17.7), and no static initializer
 * in this class (TeaVM's Wasm would check for class initialisation on every call of a method
 * here).
 */
final class Float32Tanh {
    /** Relative tolerance of the rounding check: over 60 times the approximation's error. */
    private static final double TOLERANCE = 0x1p-36;
    private static final double BELOW = 1 - TOLERANCE;
    private static final double ABOVE = 1 + TOLERANCE;
    /**
     * The same tolerance in units of the double's last place, for the Wasm loop's check on the
     * bits: a relative 2^-36 of a double is between 2^16 and 2^17 of its ulps.
     */
    private static final int TOLERANCE_ULPS = 1 << 17;
    /**
     * A double's low 29 bits are where its float32 rounding falls: the float32 rounding midpoints
     * are the doubles whose low 29 bits are {@code 1 << 28}.
     */
    private static final int LOW_29_BITS = (1 << 29) - 1;
    private static final int MIDPOINT = 1 << 28;
    /** Bits of |x| from which x is NaN; below {@link #SMALLEST_NORMAL}, x is 0 or subnormal. */
    private static final int INFINITY_BITS = 0x7f800000;
    private static final int SMALLEST_NORMAL = 0x00800000;
    /** From here on tanh(a) is 1 in double (float32: from about 9.01); 2a < 64 ln 2. NaN passes. */
    private static final double SATURATION = 22.0;
    /**
     * Adding 1.5 * 2^52 to a double below 2^51 rounds it to an integer, which is then also in the
     * sum's low bits (the trick of {@link Float32#roundToIntSmall}, here in double so that the
     * rounded value needs no conversion back from int).
     */
    private static final double ROUNDING_SHIFT_52 = 0x1.8p52;
    private static final int SIGN = 0x80000000;
    /** Elements per pass of the loop; the ambiguous ones of a pass are redone after it. */
    private static final int BLOCK = 512;
    private static final double THIRTY_TWO_OVER_LN2 = 0x1.71547652b82fep5;
    private static final double LN2_OVER_THIRTY_TWO = 0x1.62e42fefa39efp-6;

    private Float32Tanh() {
    }

    /** {@code out[i] = tanh(in[off + i])} for i below n. */
    static void apply(float[] out, float[] in, int off, int n) {
        if (Float32.arithmeticRounds()) {
            applyWithBitOperations(out, in, off, n);
        } else {
            applyWithBranches(out, in, off, n);
        }
    }

    /**
     * The JVM's and Wasm's loop, see the class comment. The rounding check reads the double's
     * bits (one conversion to float instead of two), and it also sends NaN, zeros and subnormals
     * (where float32's spacing is not relative) to fdlibm.
     */
    static void applyWithBitOperations(float[] out, float[] in, int off, int n) {
        double[] exp2 = Exp2Table.THIRTY_SECONDS;
        int[] redo = new int[Math.min(n, BLOCK)];
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            int pending = 0;
            for (int i = start; i < end; i++) { // no call in here: V8 keeps the loop in registers
                int bits = Float.floatToRawIntBits(in[off + i]);
                int magnitude = bits & 0x7fffffff;
                double a = Float.intBitsToFloat(magnitude);
                double y = 2.0 * (a >= SATURATION ? SATURATION : a);
                double shifted = y * THIRTY_TWO_OVER_LN2 + ROUNDING_SHIFT_52;
                double t = approximate(y, shifted - ROUNDING_SHIFT_52,
                        (int) Double.doubleToRawLongBits(shifted) & 2047, exp2);
                out[i] = Float.intBitsToFloat(Float.floatToRawIntBits((float) t) | (bits & SIGN));
                int fromMidpoint = ((int) Double.doubleToRawLongBits(t) - MIDPOINT + TOLERANCE_ULPS) & LOW_29_BITS;
                boolean unusual = magnitude < SMALLEST_NORMAL | magnitude > INFINITY_BITS;
                redo[pending] = i;
                pending += fromMidpoint <= 2 * TOLERANCE_ULPS | unusual ? 1 : 0;
            }
            redoWithFdlibm(out, in, off, redo, pending);
        }
    }

    /**
     * TeaVM's JS build's loop: bit operations on floats go through typed arrays there, while
     * branches and double-to-int conversions are cheap.
     */
    static void applyWithBranches(float[] out, float[] in, int off, int n) {
        double[] exp2 = Exp2Table.THIRTY_SECONDS;
        for (int i = 0; i < n; i++) {
            float x = in[off + i];
            double a = x < 0 ? -1.0 * x : x;
            double y = 2.0 * (a >= SATURATION ? SATURATION : a);
            int k = (int) (y * THIRTY_TWO_OVER_LN2 + 0.5);
            double t = approximate(y, k, k & 2047, exp2);
            float below = Float32.round(t * BELOW);
            float above = Float32.round(t * ABOVE);
            out[i] = below != above || x == 0 ? withFdlibm(x) : x < 0 ? -below : below;
        }
    }

    private static void redoWithFdlibm(float[] out, float[] in, int off, int[] redo, int pending) {
        for (int j = 0; j < pending; j++) {
            out[redo[j]] = withFdlibm(in[off + redo[j]]);
        }
    }

    private static float withFdlibm(float x) {
        return x != x || x == 0 ? x : (float) CrMath.tanh(x); // NaN stays NaN, ±0 keeps its sign
    }

    /** The approximation before rounding, for the error check of Float32TanhExhaustive. */
    static double approximate(double a) {
        double y = 2.0 * (a >= SATURATION ? SATURATION : a);
        int k = (int) (y * THIRTY_TWO_OVER_LN2 + 0.5);
        return approximate(y, k, k & 2047, Exp2Table.THIRTY_SECONDS);
    }

    /**
     * tanh(y/2) for 0 <= y <= 44, relative error below 1e-13, from {@code e^y = 2^(k/32) e^r}
     * with k (the integer {@code kd}, and its table index) next to {@code y * 32/ln2}, so
     * {@code |r|} is about ln2/64 or less. The polynomial is in Estrin's form: a shorter chain of
     * dependent operations than Horner's, which is what bounds this loop in V8 (5.6 to 4.5 ms per
     * million elements in a hand-written Wasm loop).
     */
    private static double approximate(double y, double kd, int k, double[] exp2) {
        double r = y - kd * LN2_OVER_THIRTY_TWO;
        double r2 = r * r;
        double expm1R = (r + r2 * (1.0 / 2 + r * (1.0 / 6))) + (r2 * r2) * (1.0 / 24 + r * (1.0 / 120));
        double scale = exp2[k]; // 2^(k/32)
        double m = scale * expm1R + (scale - 1.0); // e^y - 1; scale - 1 is exact for scale <= 2
        return m / (m + 2.0);
    }

    /** {@code 2^(k/32)} for k below 2048, built on first use. */
    private static final class Exp2Table {
        static final double[] THIRTY_SECONDS = new double[2048];

        static {
            double power = 1.0; // 2^(k/32 rounded down)
            for (int k = 0; k < 2048; k++) {
                if (k > 0 && k % 32 == 0) {
                    power *= 2.0;
                }
                THIRTY_SECONDS[k] = power * Math.pow(2.0, (k % 32) / 32.0);
            }
        }
    }
}
