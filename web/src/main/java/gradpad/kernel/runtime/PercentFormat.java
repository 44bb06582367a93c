package gradpad.kernel.runtime;

import gradpad.engine.format.FormatError;
import gradpad.engine.format.FormatSpec;

/** printf-style {@code "%.2f" % x}: conversions d i f F e E g G s r x X o c and %%, with flags and width. */
final class PercentFormat {
    private PercentFormat() {
    }

    static String format(String fmt, Object args) {
        Object[] values = args instanceof PyTuple ? ((PyTuple) args).items() : new Object[] {args};
        PyDict mapping = args instanceof PyDict ? (PyDict) args : null;
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= fmt.length()) {
                throw Errors.valueError("incomplete format");
            }
            Object key = null;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (close < 0) {
                    throw Errors.valueError("incomplete format key");
                }
                key = fmt.substring(i + 1, close);
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < fmt.length() && "-+ 0#".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            StringBuilder width = new StringBuilder();
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                width.append(fmt.charAt(i++));
            }
            String precision = null;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                int start = i;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                precision = fmt.substring(start, i);
                if (precision.isEmpty()) {
                    precision = "0";
                }
            }
            if (i >= fmt.length()) {
                throw Errors.valueError("incomplete format");
            }
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            Object v;
            if (key != null) {
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                v = mapping.get(key);
                if (v == null) {
                    throw Errors.keyError(key);
                }
            } else {
                if (next >= values.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                v = values[next++];
            }
            out.append(convert(conv, flags.toString(), width.toString(), precision, v));
        }
        if (mapping == null && next < values.length) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String convert(char conv, String flags, String width, String precision, Object v) {
        String align = flags.indexOf('-') >= 0 ? "<" : "";
        String sign = flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        String zero = flags.indexOf('0') >= 0 && align.isEmpty() ? "0" : "";
        String alt = flags.indexOf('#') >= 0 ? "#" : "";
        String prec = precision == null ? "" : "." + precision;
        try {
            switch (conv) {
                case 's': // %-formatting right-aligns strings, unlike format()
                    return FormatSpec.formatString(Runtime.str(v), (align.isEmpty() ? ">" : align) + width + prec);
                case 'r':
                case 'a':
                    return FormatSpec.formatString(Runtime.repr(v), (align.isEmpty() ? ">" : align) + width + prec);
                case 'd':
                case 'i':
                case 'x':
                case 'X':
                case 'o': {
                    if (!Numbers.isNumber(v) && !(v instanceof PyInstance) && !(v instanceof gradpad.engine.Tensor)) {
                        throw Errors.typeError("%" + conv + " format: " + (conv == 'd' || conv == 'i' ? "a real number"
                                : "an integer") + " is required, not " + Runtime.typeName(v));
                    }
                    if (v instanceof Double && !(Math.abs((Double) v) < 9.223372036854775807E18)) {
                        throw Errors.overflow("int too large: gradpad's ints are 64-bit");
                    }
                    long n = v instanceof Double ? (long) (double) (Double) v : Runtime.toIndex(v);
                    char t = conv == 'i' ? 'd' : conv;
                    return FormatSpec.formatInt(n, align + sign + alt + zero + width + t);
                }
                case 'c':
                    return v instanceof String ? (String) v : new String(Character.toChars((int) Runtime.toIndex(v)));
                case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
                    double d = toFloat(v);
                    String p = precision == null ? ".6" : prec;
                    return FormatSpec.formatFloat(d, align + sign + alt + zero + width + p + conv);
                }
                default:
                    throw Errors.valueError("unsupported format character '" + conv + "' (0x"
                            + Integer.toHexString(conv) + ")");
            }
        } catch (FormatError e) {
            throw Errors.make(Types.exceptionByName(e.pythonType()), e.getMessage());
        }
    }

    private static double toFloat(Object v) {
        if (Numbers.isNumber(v)) {
            return Numbers.asDouble(v);
        }
        if (v instanceof gradpad.engine.Tensor && ((gradpad.engine.Tensor) v).numel() == 1) {
            return ((gradpad.engine.Tensor) v).item();
        }
        throw Errors.typeError("must be real number, not " + Runtime.typeName(v));
    }
}
