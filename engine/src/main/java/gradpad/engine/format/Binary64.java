package gradpad.engine.format;

/**
 * IEEE 754 binary64 helpers on the raw bits of a non-negative double ({@code bits >= 0}). For
 * such bits, integer order is value order and {@code bits + 1} is the next double up, so the
 * neighbours of a double and the midpoints between them can be named exactly.
 */
final class Binary64 {
    static final long MANTISSA_MASK = (1L << 52) - 1;
    static final long INFINITY_BITS = 0x7FF0000000000000L;

    private Binary64() {
    }

    /**
     * |magnitude| with the sign bit set when {@code negative}. Used instead of unary minus,
     * which TeaVM's Wasm GC build compiles so that {@code -(0.0)} is +0.0 (measured).
     */
    static double withSign(double magnitude, boolean negative) {
        long bits = Double.doubleToRawLongBits(magnitude) & 0x7FFFFFFFFFFFFFFFL;
        return Double.longBitsToDouble(negative ? bits | Long.MIN_VALUE : bits);
    }

    /** Integer mantissa m of a finite non-negative double m·2^e (hidden bit included). */
    static long mantissa(long bits) {
        long biased = bits >>> 52;
        long fraction = bits & MANTISSA_MASK;
        return biased == 0 ? fraction : fraction | (1L << 52);
    }

    /** Binary exponent e of a finite non-negative double m·2^e. */
    static int exponent(long bits) {
        int biased = (int) (bits >>> 52);
        return biased == 0 ? -1074 : biased - 1075;
    }

    /** The exact midpoint between the double {@code bits} and the next one up (maybe infinity). */
    static ExactDecimal midpointAbove(long bits) {
        return ExactDecimal.ofBinary(2 * mantissa(bits) + 1, exponent(bits) - 1);
    }

    /** The exact midpoint between the double {@code bits > 0} and the next one down. */
    static ExactDecimal midpointBelow(long bits) {
        long m = mantissa(bits);
        int e = exponent(bits);
        if (m == 1L << 52 && (bits >>> 52) > 1) {
            // A power of two: the gap below is half the gap above.
            return ExactDecimal.ofBinary(4 * m - 1, e - 2);
        }
        return ExactDecimal.ofBinary(2 * m - 1, e - 1);
    }

    /**
     * The double nearest to the exact decimal {@code r} (ties to even), as a correctly rounding
     * {@code strtod} does; infinity when it overflows. A double-arithmetic estimate is corrected
     * by exact comparisons against the midpoints of its neighbours, so the result does not
     * depend on the platform's {@code parseDouble} or {@code Math.pow}.
     */
    static double nearest(ExactDecimal r) {
        if (r.isZero() || r.decpt() < -324) {
            return 0.0; // below 1e-324 < 2^-1075, half the smallest subnormal
        }
        if (r.decpt() > 310) {
            return Double.POSITIVE_INFINITY;
        }
        long bits = Double.doubleToRawLongBits(estimate(r));
        while (true) {
            if (bits < INFINITY_BITS) {
                int c = r.compareTo(midpointAbove(bits));
                if (c > 0 || (c == 0 && (bits & 1) == 1)) {
                    bits++;
                    continue;
                }
            }
            if (bits > 0) {
                int c = r.compareTo(midpointAbove(bits - 1));
                if (c < 0 || (c == 0 && (bits & 1) == 1)) {
                    bits--;
                    continue;
                }
            }
            return Double.longBitsToDouble(bits);
        }
    }

    /** A value within a few units in the last place of r (finite, non-negative). */
    private static double estimate(ExactDecimal r) {
        int k = Math.min(17, r.length());
        long d = 0;
        for (int i = 0; i < k; i++) {
            d = d * 10 + r.digit(i);
        }
        int q = r.decpt() - k;
        double a = d;
        if (q < -300) {
            a = a * Math.pow(10, q + 300) * 1e-300; // 10^q alone would underflow
        } else {
            a = a * Math.pow(10, q);
        }
        if (a > Double.MAX_VALUE || a != a) {
            return Double.MAX_VALUE;
        }
        return a;
    }
}
