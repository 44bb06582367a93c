package gradpad.engine;

/**
 * Binary64 helpers that TeaVM's class library lacks.
 *
 * <p>PyTorch's CPU kernels are compiled by GCC with FMA enabled, and GCC contracts
 * {@code x * y + z} into one fused multiply-add in double code too (for example
 * {@code uniform_(from, to)} on float64 and {@code normal(mean, std)}). TeaVM has no
 * {@code Math.fma}, so {@link #fma(double, double, double)} emulates it.
 *
 * <p><b>TeaVM 0.16 JS pitfall</b> (measured): its JS printer treats double {@code +} and {@code *}
 * as associative and drops the parentheses of a right operand of the same precedence, so
 * {@code a + (b - c)} is emitted as {@code a + b - c} and {@code a * (b / c)} as {@code a * b / c}
 * (also after it inlines single-use locals and small methods). Error-free transformations break
 * under that. Code here therefore never puts a sum or difference on the right of {@code +}
 * ({@code x - (y - z)} is printed correctly, so {@code a + (b - c)} is written
 * {@code a - (c - b)}, the same IEEE result) nor a product or quotient on the right of {@code *}.
 */
public final class Float64 {
    /** Veltkamp's splitting constant 2^27 + 1: splits a double into two 26-bit halves. */
    private static final double SPLIT = 134217729.0;
    /** Inputs below this magnitude risk underflow in the exact product. */
    private static final double TINY = 0x1p-900;
    /** Inputs above this magnitude risk overflow in the splitting. */
    private static final double HUGE = 0x1p+900;
    private static final double SQRT2 = 0x1.6a09e667f3bcdp0;

    private Float64() {
    }

    /**
     * The binary exponent k of finite {@code x > 0} written as {@code 2^k * m} with m in
     * {@code [sqrt(1/2), sqrt(2)]}, where the correctly rounded logs start ({@code log x = k ln 2 +
     * log m}); {@link #logMantissa} gives m.
     */
    public static int logExponent(double x) {
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            k = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        k += (int) (bits >>> 52) - 1023;
        return mantissaOneToTwo(bits) > SQRT2 ? k + 1 : k;
    }

    /** The m of {@link #logExponent}: in [sqrt(1/2), sqrt(2)], exact. */
    public static double logMantissa(double x) {
        double m = mantissaOneToTwo(Double.doubleToRawLongBits(x < Double.MIN_NORMAL ? x * 0x1p54 : x));
        return m > SQRT2 ? m * 0.5 : m;
    }

    private static double mantissaOneToTwo(long bits) {
        return Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
    }

    /**
     * Whether {@code d} is a finite whole number (Python's {@code float.is_integer}). Not
     * {@code d == Math.rint(d)}: TeaVM's {@code rint} goes through a {@code long}, so in the
     * browser builds 1e20 would not be whole.
     */
    public static boolean isInteger(double d) {
        return d == Math.floor(d) && !Double.isInfinite(d);
    }

    private static final long MANTISSA = (1L << 52) - 1;
    private static final long HIDDEN = 1L << 52;

    /**
     * C's {@code fmod(x, y)}, exact, as Java's {@code x % y} is on the JVM. TeaVM's Wasm build
     * computes {@code %} on doubles as {@code x - trunc(x / y) * y}, which rounds, and gives
     * garbage for {@code y = 0} (docs/teavm.md), so every float {@code %} in gradpad comes here.
     * fdlibm's method: both significands normalised to 53 bits, the binary long division done on
     * them, the remainder taking y's exponent.
     */
    public static double fmod(double x, double y) {
        if (y == 0 || x != x || y != y || Double.isInfinite(x)) {
            return Double.NaN;
        }
        long bx = Double.doubleToRawLongBits(x);
        long sign = bx & Long.MIN_VALUE;
        bx &= Long.MAX_VALUE;
        long by = Double.doubleToRawLongBits(y) & Long.MAX_VALUE;
        if (Double.isInfinite(y) || bx < by) {
            return x;
        }
        if (bx == by) {
            return Double.longBitsToDouble(sign); // a signed zero
        }
        int ex = (int) (bx >>> 52);
        long hx = bx & MANTISSA;
        int ey = (int) (by >>> 52);
        long hy = by & MANTISSA;
        if (ex == 0) { // subnormal: normalise below the smallest exponent
            ex = 1;
            while (hx < HIDDEN) {
                hx <<= 1;
                ex--;
            }
        } else {
            hx |= HIDDEN;
        }
        if (ey == 0) {
            ey = 1;
            while (hy < HIDDEN) {
                hy <<= 1;
                ey--;
            }
        } else {
            hy |= HIDDEN;
        }
        for (int n = ex - ey; n > 0; n--) {
            long hz = hx - hy;
            if (hz == 0) {
                return Double.longBitsToDouble(sign);
            }
            hx = (hz < 0 ? hx : hz) << 1;
        }
        if (hx >= hy) {
            hx -= hy;
        }
        if (hx == 0) {
            return Double.longBitsToDouble(sign);
        }
        int e = ey;
        while (hx < HIDDEN) {
            hx <<= 1;
            e--;
        }
        long bits = e >= 1 ? ((long) e << 52) | (hx & MANTISSA) : hx >>> (1 - e); // exact either way
        return Double.longBitsToDouble(sign | bits);
    }

    /**
     * {@code a * b + c} rounded once, like C's {@code fma}.
     *
     * <p>Boldo and Melquiond's emulation ("Emulation of FMA and correctly rounded sums: proved
     * algorithms using rounding to odd", IEEE TC 2008): {@code uh + ul = a*b} exactly (Dekker),
     * {@code th + tl = c + uh} exactly (TwoSum), {@code v = RO(tl + ul)} rounded to odd, and
     * the result is {@code RN(th + v)}. Exact as long as nothing overflows or underflows; for
     * operands outside [2^-900, 2^900] (never the case for the random kernels) it falls back to
     * {@code a * b + c}.
     */
    public static double fma(double a, double b, double c) {
        double uh = a * b;
        if (!inSafeRange(a) || !inSafeRange(b) || !inSafeRange(c) || !inSafeRange(uh)) {
            return uh + c;
        }
        double ul = productError(a, b, uh);
        double th = c + uh;
        double tl = sumError(c, uh, th);
        // "- (-v)" == "+ v" exactly; it keeps TeaVM from flattening an inlined sum into th + ...
        return th - (-addRoundToOdd(tl, ul));
    }

    private static boolean inSafeRange(double x) {
        double m = Math.abs(x);
        return x == 0.0 || (m >= TINY && m <= HUGE);
    }

    /** The exact error {@code a * b - p} of {@code p = a * b} (Dekker's TwoProduct). */
    public static double productError(double a, double b, double p) {
        double ta = SPLIT * a;
        double ah = ta - (ta - a);
        double al = a - ah;
        double tb = SPLIT * b;
        double bh = tb - (tb - b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }

    /** The exact error {@code a + b - s} of {@code s = a + b} (Knuth's TwoSum). */
    public static double sumError(double a, double b, double s) {
        double bv = s - a;
        double av = s - bv;
        return (a - av) - (bv - b); // (a - av) + (b - bv), safe from TeaVM's JS printer
    }

    /** {@code x + y} rounded to odd: if inexact, the neighbour whose last significand bit is 1. */
    private static double addRoundToOdd(double x, double y) {
        double s = x + y;
        double e = sumError(x, y, s);
        if (e == 0.0 || Double.isNaN(e)) {
            return s;
        }
        long bits = Double.doubleToRawLongBits(s);
        if ((bits & 1L) != 0) {
            return s;
        }
        // s != 0 here (an inexact sum never rounds to zero); step one ulp towards the exact value
        boolean awayFromZero = (e > 0) == (s > 0);
        return Double.longBitsToDouble(awayFromZero ? bits + 1 : bits - 1);
    }
}
