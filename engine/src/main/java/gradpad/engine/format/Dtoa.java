package gradpad.engine.format;

/**
 * The three digit-generation modes of David Gay's {@code _Py_dg_dtoa} that CPython uses, on the
 * exact decimal value of a finite positive double. Results are exact decimals (no trailing
 * zeros), rounded to nearest with ties to even on the exact binary value, as dtoa does.
 */
final class Dtoa {
    private Dtoa() {
    }

    /**
     * Mode 0 ({@code repr}): the shortest decimal that reads back as {@code v}, and of those
     * the nearest to {@code v} (ties to an even last digit). {@code v > 0}, finite.
     */
    static ExactDecimal shortest(double v) {
        long bits = Double.doubleToRawLongBits(v) & 0x7FFFFFFFFFFFFFFFL;
        ExactDecimal x = ExactDecimal.ofDouble(v);
        ExactDecimal low = Binary64.midpointBelow(bits);
        ExactDecimal high = Binary64.midpointAbove(bits);
        // A decimal exactly on a midpoint reads back as the neighbour with the even mantissa.
        boolean inclusive = (bits & 1) == 0;
        for (int n = 1; n < x.length(); n++) {
            ExactDecimal down = x.truncate(n);
            ExactDecimal up = x.truncateAndIncrement(n);
            int cl = down.compareTo(low);
            int ch = up.compareTo(high);
            boolean downOk = cl > 0 || (cl == 0 && inclusive);
            boolean upOk = ch < 0 || (ch == 0 && inclusive);
            if (downOk && upOk) {
                return x.roundsUp(n) ? up : down;
            }
            if (downOk) {
                return down;
            }
            if (upOk) {
                return up;
            }
        }
        return x;
    }

    /** Mode 2 ('e' and 'g' formats): {@code ndigits} significant digits ({@code <= 0} means 1). */
    static ExactDecimal significant(double v, int ndigits) {
        return ExactDecimal.ofDouble(v).roundAt(Math.max(ndigits, 1));
    }

    /**
     * Mode 3 ('f' format, {@code round()}): rounded to {@code ndigits} places after the decimal
     * point ({@code ndigits} may be negative). May be zero.
     */
    static ExactDecimal fixed(double v, int ndigits) {
        ExactDecimal x = ExactDecimal.ofDouble(v);
        long keep = (long) x.decpt() + ndigits;
        if (keep < 0) {
            return ExactDecimal.ZERO;
        }
        return x.roundAt((int) Math.min(keep, Integer.MAX_VALUE));
    }
}
