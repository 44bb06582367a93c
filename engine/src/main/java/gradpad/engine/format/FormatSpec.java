package gradpad.engine.format;

/**
 * Python's format-specification mini-language, as {@code format(value, spec)} and f-strings
 * use it: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. Parsing
 * follows CPython 3.11's {@code parse_internal_render_format_spec}; errors are raised as
 * {@link FormatError} with CPython's exact messages.
 */
public final class FormatSpec {
    int fill = ' ';
    char align;
    char sign;
    boolean noNegZero;
    boolean alternate;
    long width = -1;
    /** 0, ',' or '_' (after validation '4' marks '_' every four digits, as for b o x X). */
    char thousands;
    long precision = -1;
    /** The type code point; 0 for none. */
    int type;

    private FormatSpec() {
    }

    /** {@code format(v, spec)} for a Python float. */
    public static String formatFloat(double v, String spec) {
        if (spec.isEmpty()) {
            return PyFloat.repr(v);
        }
        FormatSpec f = parse(spec, 0, '>', "float");
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return NumberFormats.formatFloat(v, f);
            default:
                throw unknownType(f.type, "float");
        }
    }

    /** {@code format(v, spec)} for a Python int. */
    public static String formatInt(long v, String spec) {
        if (spec.isEmpty()) {
            return Long.toString(v);
        }
        return formatIntegral(v, parse(spec, 'd', '>', "int"), "int");
    }

    /** {@code format(v, spec)} for a Python bool: {@code 'True'} for an empty spec, else as an int. */
    public static String formatBool(boolean v, String spec) {
        if (spec.isEmpty()) {
            return v ? "True" : "False";
        }
        return formatIntegral(v ? 1 : 0, parse(spec, 'd', '>', "bool"), "bool");
    }

    /** {@code format(s, spec)} for a Python str. */
    public static String formatString(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec f = parse(spec, 's', '<', "str");
        if (f.type != 's') {
            throw unknownType(f.type, "str");
        }
        return NumberFormats.formatString(s, f);
    }

    /**
     * {@code object.__format__}, for values without their own (None, functions, ...): their
     * {@code str()} for an empty spec, else {@code TypeError: unsupported format string passed
     * to NoneType.__format__}.
     */
    public static String formatObject(String str, String typeName, String spec) {
        if (spec.isEmpty()) {
            return str;
        }
        throw new FormatError("TypeError",
                "unsupported format string passed to " + typeName + ".__format__");
    }

    private static String formatIntegral(long v, FormatSpec f, String typeName) {
        switch (f.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return NumberFormats.formatInt(v, f);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return NumberFormats.formatFloat(NumberFormats.longToDouble(v), f);
            default:
                throw unknownType(f.type, typeName);
        }
    }

    /** The spec's fields; {@code defaultType} 0 means none. */
    static FormatSpec parse(String specText, int defaultType, char defaultAlign, String typeName) {
        int[] cp = codePoints(specText);
        int end = cp.length;
        int pos = 0;
        FormatSpec f = new FormatSpec();
        f.type = defaultType;
        f.align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            f.align = (char) cp[pos + 1];
            f.fill = cp[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            f.align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        if (pos < end && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            f.sign = (char) cp[pos++];
        }
        if (pos < end && cp[pos] == 'z') {
            f.noNegZero = true;
            pos++;
        }
        if (pos < end && cp[pos] == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < end && cp[pos] == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int start = pos;
        f.width = readInteger(cp, pos);
        pos = skipDigits(cp, pos);
        if (pos == start) {
            f.width = -1;
        }
        if (pos < end && cp[pos] == ',') {
            f.thousands = ',';
            pos++;
        }
        if (pos < end && cp[pos] == '_') {
            if (f.thousands != 0) {
                throw new FormatError("ValueError", "Cannot specify both ',' and '_'.");
            }
            f.thousands = '_';
            pos++;
        }
        if (pos < end && cp[pos] == ',' && f.thousands == '_') {
            throw new FormatError("ValueError", "Cannot specify both ',' and '_'.");
        }
        if (pos < end && cp[pos] == '.') {
            pos++;
            start = pos;
            f.precision = readInteger(cp, pos);
            pos = skipDigits(cp, pos);
            if (pos == start) {
                throw new FormatError("ValueError", "Format specifier missing precision");
            }
        }
        if (end - pos > 1) {
            throw new FormatError("ValueError", "Invalid format specifier '" + specText
                    + "' for object of type '" + typeName + "'");
        }
        if (end - pos == 1) {
            f.type = cp[pos];
        }
        f.checkThousands();
        return f;
    }

    private void checkThousands() {
        if (thousands == 0) {
            return;
        }
        switch (type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                return;
            case 'b': case 'o': case 'x': case 'X':
                if (thousands == '_') {
                    thousands = '4';
                    return;
                }
                break;
            default:
                break;
        }
        throw new FormatError("ValueError", "Cannot specify '" + thousands + "' with "
                + quoteCode(type) + ".");
    }

    String separator() {
        return thousands == ',' ? "," : thousands == 0 ? "" : "_";
    }

    int groupSize() {
        return thousands == 0 ? 0 : thousands == '4' ? 4 : 3;
    }

    /** The code points of s (the fill may be outside the BMP); no streams, for TeaVM's size. */
    static int[] codePoints(String s) {
        int[] cp = new int[s.codePointCount(0, s.length())];
        for (int i = 0, j = 0; i < s.length(); j++) {
            cp[j] = s.codePointAt(i);
            i += Character.charCount(cp[j]);
        }
        return cp;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int skipDigits(int[] cp, int pos) {
        while (pos < cp.length && cp[pos] >= '0' && cp[pos] <= '9') {
            pos++;
        }
        return pos;
    }

    /** The decimal number at pos (0 if none), as CPython's get_integer with its overflow check. */
    private static long readInteger(int[] cp, int pos) {
        long acc = 0;
        for (; pos < cp.length && cp[pos] >= '0' && cp[pos] <= '9'; pos++) {
            int digit = cp[pos] - '0';
            if (acc > (Long.MAX_VALUE - digit) / 10) {
                throw new FormatError("ValueError", "Too many decimal digits in format string");
            }
            acc = acc * 10 + digit;
        }
        return acc;
    }

    static FormatError unknownType(int type, String typeName) {
        return new FormatError("ValueError", "Unknown format code " + quoteCode(type)
                + " for object of type '" + typeName + "'");
    }

    /** {@code 'd'}, or {@code '\x1'} outside printable ASCII, as CPython's messages show it. */
    private static String quoteCode(int c) {
        if (c > 32 && c < 128) {
            return "'" + (char) c + "'";
        }
        return "'\\x" + Integer.toHexString(c) + "'";
    }
}
