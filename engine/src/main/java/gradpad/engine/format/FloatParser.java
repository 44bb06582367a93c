package gradpad.engine.format;

/**
 * Python's {@code float(str)}: strips ASCII whitespace, checks the underscore rule of
 * {@code _Py_string_to_number_with_underscores}, then reads {@code [sign] digits [. digits]
 * [e [sign] digits]} or {@code inf}/{@code infinity}/{@code nan} exactly, rounding once.
 */
final class FloatParser {
    private FloatParser() {
    }

    static double parse(String original) {
        String s = stripAscii(original);
        String plain = s.indexOf('_') >= 0 ? removeUnderscores(s) : s;
        double v = plain == null ? Double.NaN : parsePlain(plain);
        if (v != v && (plain == null || !isNan(plain))) {
            throw new FormatError("ValueError",
                    "could not convert string to float: " + PyFloat.quote(original));
        }
        return v;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static String stripAscii(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Underscores only between two digits; null when the rule is broken. */
    private static String removeUnderscores(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!isDigit(prev)) {
                    return null;
                }
            } else {
                if (prev == '_' && !isDigit(c)) {
                    return null;
                }
                sb.append(c);
            }
            prev = c;
        }
        return prev == '_' ? null : sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNan(String s) {
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        return s.substring(i).equalsIgnoreCase("nan");
    }

    /** The value, or NaN for a malformed text (a real "nan" is told apart by isNan). */
    private static double parsePlain(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String word = s.substring(i);
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return Binary64.withSign(Double.POSITIVE_INFINITY, negative);
        }
        if (word.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        byte[] digits = new byte[n];
        int count = 0;
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            digits[count++] = (byte) (s.charAt(i++) - '0');
            intDigits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                digits[count++] = (byte) (s.charAt(i++) - '0');
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        long exp = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            if (i == n) {
                return Double.NaN;
            }
            while (i < n && isDigit(s.charAt(i))) {
                if (exp < 1_000_000_000L) { // far past any double: keep it from overflowing
                    exp = exp * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            if (expNegative) {
                exp = -exp;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        long point = Math.max(-2_000_000_000L, Math.min(2_000_000_000L, intDigits + exp));
        double v = Binary64.nearest(ExactDecimal.of(digits, count, (int) point));
        return Binary64.withSign(v, negative);
    }
}
