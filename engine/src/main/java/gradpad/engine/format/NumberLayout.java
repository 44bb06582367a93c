package gradpad.engine.format;

/**
 * Pads and groups a formatted number as CPython's {@code calc_number_widths} and
 * {@code fill_number} do (Python/formatter_unicode.c):
 * {@code <lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>}.
 * Zero padding ({@code 0} or fill '0' with align '=') goes through the grouping, so separators
 * land inside the zeros: {@code format(1234, '010,') == '00,001,234'}.
 */
final class NumberLayout {
    private NumberLayout() {
    }

    /**
     * @param negative whether the number has a '-' (its text comes without it)
     * @param prefix "0x"-style prefix ("" if none)
     * @param digits the integer digits, grouped and zero padded
     * @param hasDecimal whether a '.' follows the digits
     * @param remainder the text after the '.' (or after the digits: "inf", "e+05", "%")
     * @param upper upper-case the prefix and digits (type 'X')
     */
    static String fill(FormatSpec spec, boolean negative, String prefix, String digits,
            boolean hasDecimal, String remainder, boolean upper) {
        char sign = 0;
        if (spec.sign == '+') {
            sign = negative ? '-' : '+';
        } else if (spec.sign == ' ') {
            sign = negative ? '-' : ' ';
        } else if (negative) {
            sign = '-';
        }
        int nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        long minWidth = spec.fill == '0' && spec.align == '=' ? spec.width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, spec.separator(),
                spec.groupSize());
        if (upper) {
            prefix = prefix.toUpperCase();
            grouped = grouped.toUpperCase();
        }
        long padding = spec.width - (nonDigits + grouped.length());
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (spec.align) {
                case '<':
                    rpad = padding;
                    break;
                case '^':
                    lpad = padding / 2;
                    rpad = padding - lpad;
                    break;
                case '=':
                    spad = padding;
                    break;
                default:
                    lpad = padding;
                    break;
            }
        }
        StringBuilder sb = new StringBuilder();
        pad(sb, spec.fill, lpad);
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(prefix);
        pad(sb, spec.fill, spad);
        sb.append(grouped);
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(remainder);
        pad(sb, spec.fill, rpad);
        return sb.toString();
    }

    /**
     * {@code _PyUnicode_InsertThousandsGrouping}: separators every {@code groupSize} digits
     * from the right (none when groupSize is 0), left-padded with zeros (and separators) up to
     * {@code minWidth} characters.
     */
    static String group(String digits, long minWidth, String sep, int groupSize) {
        minWidth = Math.max(0, minWidth);
        // Built right to left: each block is [zeros][digits][separator before the next block].
        StringBuilder rev = new StringBuilder();
        int remaining = digits.length();
        boolean useSeparator = false;
        boolean broken = false;
        if (groupSize > 0) {
            while (true) {
                long len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                int zeros = (int) Math.max(0, len - remaining);
                int chars = (int) Math.max(0, Math.min(remaining, len));
                block(rev, digits, remaining, chars, zeros, useSeparator ? sep : "");
                useSeparator = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= sep.length();
            }
        }
        if (!broken) {
            long len = Math.max(Math.max(remaining, minWidth), 1);
            int zeros = (int) Math.max(0, len - remaining);
            int chars = (int) Math.max(0, Math.min(remaining, len));
            block(rev, digits, remaining, chars, zeros, useSeparator ? sep : "");
        }
        return rev.reverse().toString();
    }

    private static void block(StringBuilder rev, String digits, int end, int chars, int zeros,
            String sep) {
        for (int i = sep.length() - 1; i >= 0; i--) {
            rev.append(sep.charAt(i));
        }
        for (int i = end - 1; i >= end - chars; i--) {
            rev.append(digits.charAt(i));
        }
        for (int i = 0; i < zeros; i++) {
            rev.append('0');
        }
    }

    static void pad(StringBuilder sb, int fill, long count) {
        for (long i = 0; i < count; i++) {
            sb.appendCodePoint(fill);
        }
    }
}
