package gradpad.engine.format;

/**
 * An exact non-negative decimal number {@code 0.d1d2...dn × 10^decpt}, with no leading or
 * trailing zero digits (zero has no digits). Every double, and every midpoint between two
 * neighbouring doubles, has a finite decimal expansion, so rounding and comparing on this form
 * is exact: no double arithmetic is involved in any decision.
 *
 * <p>{@code decpt} follows David Gay's {@code dtoa} (which CPython uses): the position of the
 * decimal point relative to the first digit, so 1.5 is digits "15" with decpt 1, 0.05 is "5"
 * with decpt -1.
 */
final class ExactDecimal {
    static final ExactDecimal ZERO = new ExactDecimal(new byte[0], 0);

    private final byte[] digits;
    private final int decpt;

    private ExactDecimal(byte[] digits, int decpt) {
        this.digits = digits;
        this.decpt = decpt;
    }

    /** Normalises (strips leading and trailing zeros of) digits[0..len) at decimal point decpt. */
    static ExactDecimal of(byte[] raw, int len, int decpt) {
        int start = 0;
        while (start < len && raw[start] == 0) {
            start++;
        }
        int end = len;
        while (end > start && raw[end - 1] == 0) {
            end--;
        }
        if (start == end) {
            return ZERO;
        }
        byte[] d = new byte[end - start];
        System.arraycopy(raw, start, d, 0, end - start);
        return new ExactDecimal(d, decpt - start);
    }

    /** The exact value of {@code mant × 2^exp2}, {@code mant >= 0}. */
    static ExactDecimal ofBinary(long mant, int exp2) {
        if (mant == 0) {
            return ZERO;
        }
        // Fewer factors of five to multiply in when the mantissa has trailing zero bits
        // (a float32 widened to double has 29 of them).
        while (exp2 < 0 && (mant & 1) == 0) {
            mant >>= 1;
            exp2++;
        }
        BigNat n = BigNat.of(mant);
        byte[] d;
        int point;
        if (exp2 >= 0) {
            n.mulPow2(exp2);
            d = n.toDigits();
            point = d.length;
        } else {
            // m·2^-k = m·5^k / 10^k: the digits of m·5^k with the point moved k places left.
            n.mulPow5(-exp2);
            d = n.toDigits();
            point = d.length + exp2;
        }
        return of(d, d.length, point);
    }

    /** The exact absolute value of a finite double. */
    static ExactDecimal ofDouble(double v) {
        long bits = Double.doubleToRawLongBits(v) & 0x7FFFFFFFFFFFFFFFL;
        return ofBinary(Binary64.mantissa(bits), Binary64.exponent(bits));
    }

    boolean isZero() {
        return digits.length == 0;
    }

    int length() {
        return digits.length;
    }

    int decpt() {
        return decpt;
    }

    int digit(int i) {
        return i >= 0 && i < digits.length ? digits[i] : 0;
    }

    /** The digits as ASCII text ("" for zero). */
    String digitString() {
        char[] c = new char[digits.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ('0' + digits[i]);
        }
        return new String(c);
    }

    int compareTo(ExactDecimal o) {
        if (isZero() || o.isZero()) {
            return (isZero() ? 0 : 1) - (o.isZero() ? 0 : 1);
        }
        if (decpt != o.decpt) {
            return decpt < o.decpt ? -1 : 1;
        }
        int n = Math.min(digits.length, o.digits.length);
        for (int i = 0; i < n; i++) {
            if (digits[i] != o.digits[i]) {
                return digits[i] < o.digits[i] ? -1 : 1;
            }
        }
        return Integer.compare(digits.length, o.digits.length);
    }

    /** The first {@code keep} digits (the value truncated towards zero), {@code keep >= 0}. */
    ExactDecimal truncate(int keep) {
        if (keep >= digits.length) {
            return this;
        }
        return of(digits, Math.max(keep, 0), decpt);
    }

    /** {@code truncate(keep)} plus one unit in its last kept place, {@code keep >= 0}. */
    ExactDecimal truncateAndIncrement(int keep) {
        byte[] d = new byte[keep + 1];
        System.arraycopy(digits, 0, d, 1, Math.min(keep, digits.length));
        int i = keep;
        while (d[i] == 9) {
            d[i--] = 0;
        }
        d[i]++;
        return of(d, d.length, decpt + 1);
    }

    /**
     * Rounded to {@code keep} digits counted from the first digit (keep may be 0 or negative),
     * to nearest, ties to even, on the exact value. Used with keep = decpt + ndigits for fixed
     * notation and keep = ndigits for significant digits.
     */
    ExactDecimal roundAt(int keep) {
        if (keep >= digits.length) {
            return this;
        }
        if (keep < 0) {
            return ZERO;
        }
        if (roundsUp(keep)) {
            return truncateAndIncrement(keep);
        }
        return truncate(keep);
    }

    /** Whether rounding to {@code keep < length()} digits, ties to even, goes up. */
    boolean roundsUp(int keep) {
        int next = digits[keep];
        if (next != 5) {
            return next > 5;
        }
        if (keep + 1 < digits.length) {
            return true; // beyond a half: the expansion has no trailing zeros
        }
        return (digit(keep - 1) & 1) == 1; // exact tie: to even (digit(-1) is 0)
    }
}
