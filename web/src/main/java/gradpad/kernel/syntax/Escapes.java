package gradpad.kernel.syntax;

/**
 * Backslash escapes of string and bytes literals, with the codec errors CPython reports
 * ("(unicode error) 'unicodeescape' codec can't decode bytes in position a-b: ...").
 */
final class Escapes {
    private final String src;
    private final StringParser owner;

    Escapes(String src, StringParser owner) {
        this.src = src;
        this.owner = owner;
    }

    private PySyntaxError err(String msg) {
        return owner.err(msg);
    }

    /** Backslash escapes of a (non-raw) literal; unknown escapes stay as written, as in Python. */
    String decode(int from, int to, boolean bytes) {
        if (src.indexOf('\\', from) < 0 || src.indexOf('\\', from) >= to) {
            return src.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = src.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                sb.append(c);
                i++;
                continue;
            }
            int escStart = i;
            char e = src.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n': break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'v': sb.append('\013'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int n = 0; n < 2 && i < to && src.charAt(i) >= '0' && src.charAt(i) <= '7'; n++) {
                        v = v * 8 + (src.charAt(i++) - '0');
                    }
                    sb.append((char) (bytes ? v & 0xff : v));
                    break;
                }
                case 'x':
                    i = hexEscape(sb, from, escStart, i, to, 2, bytes);
                    break;
                case 'u':
                case 'U':
                    if (bytes) {
                        sb.append('\\').append(e);
                    } else {
                        i = hexEscape(sb, from, escStart, i, to, e == 'u' ? 4 : 8, false);
                    }
                    break;
                case 'N':
                    if (bytes) {
                        sb.append('\\').append(e);
                        break;
                    }
                    int close = i < to && src.charAt(i) == '{' ? src.indexOf('}', i) : -1;
                    if (close < 0 || close >= to) {
                        boolean brace = i < to && src.charAt(i) == '{';
                        throw unicodeError(from, escStart, to, brace ? to : i, "malformed \\N character escape");
                    }
                    int cp = UnicodeNames.lookup(src.substring(i + 1, close));
                    if (cp < 0) {
                        throw unicodeError(from, escStart, to, close + 1, "unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                    break;
                default:
                    sb.append('\\').append(e);
                    break;
            }
        }
        return sb.toString();
    }

    private int hexEscape(StringBuilder sb, int from, int escStart, int i, int to, int n, boolean bytes) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = i + k < to ? Character.digit(src.charAt(i + k), 16) : -1;
            if (d < 0) {
                if (bytes) {
                    throw err("(value error) invalid \\x escape at position " + utf8Index(from, escStart));
                }
                String what = n == 2 ? "truncated \\xXX escape" : n == 4 ? "truncated \\uXXXX escape"
                    : "truncated \\UXXXXXXXX escape";
                throw unicodeError(from, escStart, to, i + k, what);
            }
            v = v * 16 + d;
        }
        if (v > 0x10FFFF) {
            throw unicodeError(from, escStart, to, i + n, "illegal Unicode character");
        }
        sb.appendCodePoint(v);
        return i + n;
    }

    /** CPython's codec error, with byte positions as its decoder counts them. */
    private PySyntaxError unicodeError(int from, int escStart, int to, int stop, String what) {
        int a = utf8Index(from, escStart);
        int b = utf8Index(from, Math.min(stop, to)) - 1;
        return err("(unicode error) 'unicodeescape' codec can't decode bytes in position " + a + "-" + b + ": " + what);
    }

    /** CPython first rewrites non-ASCII chars as 10-byte {@code \U........} escapes, then decodes. */
    private int utf8Index(int from, int pos) {
        int n = 0;
        for (int i = from; i < pos; i++) {
            char c = src.charAt(i);
            if (Character.isHighSurrogate(c)) {
                continue;
            }
            n += c < 128 ? 1 : 10;
        }
        return n;
    }
}
