package gradpad.engine.format;

/**
 * CPython's {@code PyOS_double_to_string} / {@code format_float_short} (Python/pystrtod.c):
 * lays out dtoa's digits as fixed or exponent notation. Kept close to the C code, so that its
 * corner cases (zero, values rounding to zero, {@code #}, the 'g' switch-over) come out the same.
 */
final class FloatFormat {
    private FloatFormat() {
    }

    /**
     * Formats {@code d} with a conversion {@code code} of {@code e E f F g G r} (r = repr).
     *
     * @param precision digits after the point (e, f) or significant digits (g); unused for r
     * @param alwaysSign '+' before non-negative values
     * @param addDot0 '.0' after integral values in fixed notation (repr, format spec type none)
     * @param alt '#': keep the decimal point, and trailing zeros for 'g'
     * @param noNegZero 'z': a value that shows as zero gets no '-'
     */
    static String format(double d, char code, int precision, boolean alwaysSign, boolean addDot0,
            boolean alt, boolean noNegZero) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char c = upper ? (char) (code + ('a' - 'A')) : code;
        if (c == 'e') {
            precision++; // dtoa counts significant digits, 'e' counts digits after the point
        } else if (c == 'g' && precision == 0) {
            precision = 1;
        }
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        if (d != d) {
            return (alwaysSign ? "+" : "") + (upper ? "NAN" : "nan"); // the sign of a nan is ignored
        }
        if (d == Double.POSITIVE_INFINITY || d == Double.NEGATIVE_INFINITY) {
            return (negative ? "-" : alwaysSign ? "+" : "") + (upper ? "INF" : "inf");
        }

        String digits;
        int decpt;
        if (d == 0) {
            digits = "0"; // dtoa's answer for zero in every mode
            decpt = 1;
        } else {
            ExactDecimal r;
            if (c == 'r') {
                r = Dtoa.shortest(d);
            } else if (c == 'f') {
                r = Dtoa.fixed(d, precision);
            } else {
                r = Dtoa.significant(d, precision);
            }
            digits = r.digitString();
            decpt = r.isZero() ? -precision : r.decpt(); // 'f' rounding to zero: no digits
        }
        if (noNegZero && negative && (digits.isEmpty() || digits.equals("0"))) {
            negative = false;
        }
        return layout(digits, decpt, c, precision, negative, alwaysSign, addDot0, alt, upper);
    }

    private static String layout(String digits, int decpt, char c, int precision, boolean negative,
            boolean alwaysSign, boolean addDot0, boolean alt, boolean upper) {
        int digitsLen = digits.length();
        // Output the slice vdigits[vstart:vend] of digits padded with zeros on both sides.
        int vend = digitsLen;
        boolean useExp = false;
        switch (c) {
            case 'e':
                useExp = true;
                vend = precision;
                break;
            case 'f':
                vend = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vend = precision;
                }
                break;
            default: // 'r': exponent notation from 1e16 up and below 1e-4
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vstart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vend = Math.max(vend, decpt + 1);
        } else {
            vend = Math.max(vend, decpt);
        }

        StringBuilder sb = new StringBuilder(vend - vstart + 8);
        if (negative) {
            sb.append('-');
        } else if (alwaysSign) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vstart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vstart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vend - decpt);
        } else {
            zeros(sb, vend - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }
}
