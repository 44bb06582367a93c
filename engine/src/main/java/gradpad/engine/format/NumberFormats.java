package gradpad.engine.format;

/**
 * The per-type halves of {@code format()}: CPython's {@code format_float_internal},
 * {@code format_long_internal} and {@code format_string_internal}, on a parsed
 * {@link FormatSpec}.
 */
final class NumberFormats {
    private NumberFormats() {
    }

    static String formatFloat(double v, FormatSpec f) {
        if (f.precision > Integer.MAX_VALUE) {
            throw new FormatError("ValueError", "precision too big");
        }
        int precision = (int) f.precision;
        int type = f.type;
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (type == 0) {
            // No type: like repr without a precision, else like 'g' that keeps a '.0'.
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g'; // the C locale: no grouping, '.' as the point
        }
        boolean percent = type == '%';
        if (percent) {
            type = 'f';
            v *= 100;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = FloatFormat.format(v, (char) type, precision, false, addDot0, f.alternate,
                f.noNegZero);
        if (percent) {
            text += "%";
        }
        if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.thousands == 0) {
            return text;
        }
        boolean negative = text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int pos = start;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        boolean hasDecimal = pos < text.length() && text.charAt(pos) == '.';
        String remainder = text.substring(hasDecimal ? pos + 1 : pos);
        return NumberLayout.fill(f, negative, "", text.substring(start, pos), hasDecimal,
                remainder, false);
    }

    static String formatInt(long v, FormatSpec f) {
        if (f.precision != -1) {
            throw new FormatError("ValueError", "Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw new FormatError("ValueError",
                    "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw new FormatError("ValueError", "Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw new FormatError("ValueError",
                        "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v < 0 || v > 0x10FFFF) {
                throw new FormatError("OverflowError", "%c arg not in range(0x110000)");
            }
            // The character is laid out as a "remainder": no digits to group or zero-pad.
            String ch = new String(Character.toChars((int) v));
            return NumberLayout.fill(f, false, "", "", false, ch, false);
        }
        int base;
        String prefix;
        switch (f.type) {
            case 'b':
                base = 2;
                prefix = "0b";
                break;
            case 'o':
                base = 8;
                prefix = "0o";
                break;
            case 'x':
            case 'X':
                base = 16;
                prefix = "0x";
                break;
            default:
                base = 10;
                prefix = "";
                break;
        }
        return NumberLayout.fill(f, v < 0, f.alternate ? prefix : "", magnitude(v, base), false, "",
                f.type == 'X');
    }

    /** |v| in the base, lower case, for every long (Long.MIN_VALUE included). */
    static String magnitude(long v, int base) {
        if (v == 0) {
            return "0";
        }
        long n = v < 0 ? v : -v; // work on the non-positive side, which holds every magnitude
        char[] buf = new char[64];
        int pos = buf.length;
        while (n != 0) {
            long q = n / base;
            buf[--pos] = Character.forDigit((int) (q * base - n), base);
            n = q;
        }
        return new String(buf, pos, buf.length - pos);
    }

    static String formatString(String s, FormatSpec f) {
        if (f.sign != 0) {
            throw new FormatError("ValueError", (f.sign == ' ' ? "Space" : "Sign")
                    + " not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw new FormatError("ValueError",
                    "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw new FormatError("ValueError", "Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw new FormatError("ValueError", "'=' alignment not allowed in string format specifier");
        }
        long len = s.codePointCount(0, s.length());
        if (f.precision >= 0 && len >= f.precision) {
            len = f.precision;
            s = s.substring(0, s.offsetByCodePoints(0, (int) len));
        }
        long total = Math.max(f.width, len);
        long lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
        StringBuilder sb = new StringBuilder();
        NumberLayout.pad(sb, f.fill, lpad);
        sb.append(s);
        NumberLayout.pad(sb, f.fill, total - len - lpad);
        return sb.toString();
    }

    /** A Python int converted to float, rounded once (ties to even) on every target. */
    static double longToDouble(long v) {
        // hi·2^32 and lo are exact doubles, so the sum is the only rounding.
        return (double) (v >> 32) * 4294967296.0 + (double) (v & 0xFFFFFFFFL);
    }
}
