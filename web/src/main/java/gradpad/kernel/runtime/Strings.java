package gradpad.kernel.runtime;

/** Python's {@code repr} of a str: quote choice and escapes as CPython writes them. */
public final class Strings {
    private Strings() {
    }

    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append("\\x").append(hex(c, 2));
            } else if (c >= 0x80 && !isPrintable(c)) {
                if (c <= 0xff) {
                    sb.append("\\x").append(hex(c, 2));
                } else if (c <= 0xffff) {
                    sb.append("\\u").append(hex(c, 4));
                } else {
                    sb.append("\\U").append(hex(c, 8));
                }
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.append(quote).toString();
    }

    private static boolean isPrintable(int c) {
        int type = Character.getType(c);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && c != ' '));
    }

    private static String hex(int v, int digits) {
        String h = Integer.toHexString(v);
        StringBuilder sb = new StringBuilder();
        for (int i = h.length(); i < digits; i++) {
            sb.append('0');
        }
        return sb.append(h).toString();
    }

    /** The code points of a string (no streams: they bloat the TeaVM build). */
    public static int[] codePoints(String s) {
        int[] out = new int[s.codePointCount(0, s.length())];
        for (int i = 0, k = 0; i < s.length(); k++) {
            int c = s.codePointAt(i);
            out[k] = c;
            i += Character.charCount(c);
        }
        return out;
    }

    /** Python's {@code str * n}. */
    public static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if ((long) s.length() * n > 50_000_000L) {
            throw Errors.make(Types.MEMORY_ERROR, null);
        }
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < n; i++) {
            sb.append(s);
        }
        return sb.toString();
    }

    /** CPython's list of argument names in a TypeError: {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}. */
    public static String quotedNames(java.util.List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(i == names.size() - 1 ? (names.size() > 2 ? ", and " : " and ") : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return sb.toString();
    }
}
