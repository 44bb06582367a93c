package gradpad.engine.format;

/**
 * Python's own text of floats: {@code repr}/{@code str}, {@code format(v, '.Nf')} and
 * {@code format(v, '.Ne')}, {@code round(x, n)} and {@code float(str)}, all decided on the exact
 * binary value (as CPython does through David Gay's dtoa), identically on the JVM and TeaVM.
 */
public final class PyFloat {
    /** CPython's NDIGITS_MAX: beyond it {@code round(x, n)} returns x unchanged. */
    private static final long ROUND_NDIGITS_MAX = 323;
    /** CPython's NDIGITS_MIN: below it {@code round(x, n)} returns a zero with x's sign. */
    private static final long ROUND_NDIGITS_MIN = -308;

    private PyFloat() {
    }

    /**
     * {@code repr(v)}: the shortest digits that read back as v; fixed notation when
     * 1e-4 <= |v| < 1e16 (with at least one digit after the point: {@code 2.0}), else
     * {@code 1e+16}, {@code 1e-05}, {@code 1.2345678901234568e+17}; {@code inf}, {@code nan},
     * {@code -0.0}.
     */
    public static String repr(double v) {
        return FloatFormat.format(v, 'r', 0, false, true, false, false);
    }

    /** {@code str(v)}, the same as {@code repr(v)} in Python 3. */
    public static String str(double v) {
        return repr(v);
    }

    /** {@code format(v, '.Nf')}: correctly rounded, ties to even ({@code 2.5 -> '2'}). */
    public static String fixed(double v, int precision) {
        return FloatFormat.format(v, 'f', precision, false, false, false, false);
    }

    /** {@code format(v, '.Ne')}: {@code 1.0312e+05}; exponent with sign and >= 2 digits. */
    public static String scientific(double v, int precision) {
        return FloatFormat.format(v, 'e', precision, false, false, false, false);
    }

    /**
     * Python's {@code round(x, ndigits)} for a float: x rounded to a multiple of 10^-ndigits
     * (correctly, ties to even on the exact value: {@code round(2.675, 2) == 2.67}), then read
     * back as the nearest double. Keeps the sign of zero.
     *
     * @throws FormatError {@code OverflowError: rounded value too large to represent}
     */
    public static double round(double x, long ndigits) {
        if (x != x || x == Double.POSITIVE_INFINITY || x == Double.NEGATIVE_INFINITY) {
            return x;
        }
        if (ndigits > ROUND_NDIGITS_MAX) {
            return x;
        }
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (ndigits < ROUND_NDIGITS_MIN) {
            return Binary64.withSign(0.0, negative);
        }
        double r = x == 0 ? 0.0 : Binary64.nearest(Dtoa.fixed(x, (int) ndigits));
        if (r == Double.POSITIVE_INFINITY) {
            throw new FormatError("OverflowError", "rounded value too large to represent");
        }
        return Binary64.withSign(r, negative);
    }

    /**
     * The value of Python's one-argument {@code round(x)}: the nearest integer, ties to even
     * ({@code 2.5 -> 2.0}, {@code -0.5 -> -0.0}), as a double; the caller turns it into an int
     * (and raises for nan/inf as Python does). Does not use {@code Math.rint}, whose ties differ
     * under TeaVM.
     */
    public static double roundHalfEven(double x) {
        if (!(Math.abs(x) < 4503599627370496.0)) {
            return x; // 2^52 and above are integers already (and nan/inf stay)
        }
        double t = (double) (long) x; // truncation towards zero, exact below 2^52
        double frac = Math.abs(x - t); // exact
        if (frac > 0.5 || (frac == 0.5 && ((long) t & 1) == 1)) {
            t += x < 0 ? -1.0 : 1.0;
        }
        return Binary64.withSign(t, Double.doubleToRawLongBits(x) < 0); // round(-0.4): -0.0
    }

    /**
     * Python's {@code float(s)} for a str (and the value of a float literal): optional
     * surrounding whitespace and sign, decimal digits with single underscores between digits,
     * an optional point and exponent, or {@code inf}, {@code infinity}, {@code nan} in any case.
     * Correctly rounded (ties to even), subnormals included.
     *
     * @throws FormatError {@code ValueError: could not convert string to float: 'abc'}
     */
    public static double parse(String s) {
        return FloatParser.parse(s);
    }

    /** Python's repr of a str, enough for error messages. */
    static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7F) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }
}
