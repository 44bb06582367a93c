package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Strings;
import gradpad.kernel.runtime.Signature;
import java.util.ArrayList;

/** The methods of {@code str}. */
final class StrMethods {
    private StrMethods() {
    }

    private static String arg(Object[] a, int i, String method) {
        if (!(a[i] instanceof String)) {
            throw Errors.typeError(method + "() argument must be str, not " + Runtime.typeName(a[i]));
        }
        return (String) a[i];
    }

    /** Optional start/end arguments from {@code a[from]}, clamped like slice bounds: {start, end}. */
    private static int[] range(String s, Object[] a, int from) {
        int n = s.length();
        long start = from < a.length && a[from] != PyNone.NONE ? Runtime.toIndex(a[from]) : 0;
        long end = from + 1 < a.length && a[from + 1] != PyNone.NONE ? Runtime.toIndex(a[from + 1]) : n;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        return new int[] {(int) Math.min(start, n + 1), (int) Math.min(end, n)};
    }

    /** str.splitlines: every Unicode line boundary Python knows, \r\n as one; the ends kept on request. */
    private static PyList splitLines(String s, boolean keepEnds) {
        PyList out = new PyList();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean boundary = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
                    || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (!boundary) {
                i++;
                continue;
            }
            int end = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            out.items.add(s.substring(start, keepEnds ? end : i));
            start = end;
            i = end;
        }
        if (start < s.length()) {
            out.items.add(s.substring(start));
        }
        return out;
    }

    static Object get(String s, String name) {
        switch (name) {
            case "format":
                return new Builtin(name, s, (a, kw) -> StrFormat.format(s, a, kw));
            case "join":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes("str.join", a, kw, 1, 1);
                    StringBuilder sb = new StringBuilder();
                    PyIterator it = Runtime.iter(a[0]);
                    int i = 0;
                    while (it.hasNext()) {
                        Object v = it.next();
                        if (!(v instanceof String)) {
                            throw Errors.typeError("sequence item " + i + ": expected str instance, "
                                    + Runtime.typeName(v) + " found");
                        }
                        if (i++ > 0) {
                            sb.append(s);
                        }
                        sb.append((String) v);
                    }
                    return sb.toString();
                });
            case "upper":
                return new Builtin(name, s, (a, kw) -> CaseMapping.upper(s));
            case "lower":
                return new Builtin(name, s, (a, kw) -> CaseMapping.lower(s));
            case "strip":
            case "lstrip":
            case "rstrip":
                return new Builtin(name, s, (a, kw) -> strip(s, a.length > 0 && a[0] != PyNone.NONE
                        ? arg(a, 0, name) : null, !name.equals("rstrip"), !name.equals("lstrip")));
            case "split":
                return new Builtin(name, s, (a, kw) -> {
                    Object[] b = new Signature(name, "sep=None", "maxsplit=-1").bind(a, kw);
                    if (b[0] != null && b[0] != PyNone.NONE && !(b[0] instanceof String)) {
                        throw Errors.typeError("must be str or None, not " + Runtime.typeName(b[0]));
                    }
                    return split(s, b[0] == null || b[0] == PyNone.NONE ? null : (String) b[0],
                            b[1] == null ? -1 : Runtime.toIndex(b[1]));
                });
            case "splitlines":
                return new Builtin(name, s, (a, kw) -> {
                    Object[] b = new gradpad.kernel.runtime.Signature("splitlines", "keepends=False").bind(a, kw);
                    return splitLines(s, b[0] != null && Runtime.truthy(b[0]));
                });
            case "replace":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.expected(name, a, kw, 2, 3);
                    String from = arg(a, 0, name);
                    String to = arg(a, 1, name);
                    long count = a.length > 2 ? Runtime.toIndex(a[2]) : -1;
                    if (count < 0) {
                        return from.isEmpty() ? insertEverywhere(s, to) : s.replace(from, to);
                    }
                    StringBuilder sb = new StringBuilder();
                    int at = 0;
                    for (long k = 0; k < count; k++) {
                        int hit = s.indexOf(from, at);
                        if (hit < 0) {
                            break;
                        }
                        sb.append(s, at, hit).append(to);
                        at = hit + from.length();
                    }
                    return sb.append(s.substring(at)).toString();
                });
            case "startswith":
            case "endswith":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes(name, a, kw, 1, 3);
                    Object p = a[0];
                    Object[] options = p instanceof PyTuple ? ((PyTuple) p).items() : new Object[] {p};
                    int[] r = range(s, a, 1);
                    String part = r[0] <= s.length() && r[1] >= r[0] ? s.substring(r[0], r[1]) : "";
                    for (Object o : options) {
                        if (!(o instanceof String)) {
                            throw Errors.typeError(p instanceof PyTuple ? "tuple for " + name + " must only contain str, "
                                    + "not " + Runtime.typeName(o) : name + " first arg must be str or a tuple of str, not "
                                    + Runtime.typeName(o));
                        }
                        if (r[0] > s.length() || r[1] < r[0]) {
                            continue;
                        }
                        String t = (String) o;
                        if (name.equals("startswith") ? part.startsWith(t) : part.endsWith(t)) {
                            return true;
                        }
                    }
                    return false;
                });
            case "find":
            case "index":
            case "rfind":
            case "rindex":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes(name, a, kw, 1, 3);
                    String t = arg(a, 0, name);
                    int[] r = range(s, a, 1);
                    int at = -1;
                    if (r[1] - r[0] >= t.length() && r[0] <= s.length()) {
                        at = name.startsWith("r") ? s.lastIndexOf(t, r[1] - t.length()) : s.indexOf(t, r[0]);
                        if (at < r[0] || at + t.length() > r[1]) {
                            at = -1;
                        }
                    }
                    if (at < 0 && name.endsWith("index")) {
                        throw Errors.valueError("substring not found");
                    }
                    return (long) at;
                });
            case "count":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes(name, a, kw, 1, 3);
                    String t = arg(a, 0, name);
                    int[] r = range(s, a, 1);
                    if (r[1] - r[0] < t.length() || r[0] > s.length()) {
                        return 0L;
                    }
                    String part = s.substring(r[0], r[1]);
                    if (t.isEmpty()) {
                        return (long) part.length() + 1;
                    }
                    long n = 0;
                    for (int at = part.indexOf(t); at >= 0; at = part.indexOf(t, at + t.length())) {
                        n++;
                    }
                    return n;
                });
            case "center":
            case "ljust":
            case "rjust":
                return new Builtin(name, s, (a, kw) -> {
                    long width = Runtime.toIndex(BuiltinFunctions.argAt(name, a, kw, 0, 2));
                    String fill = a.length > 1 ? arg(a, 1, name) : " ";
                    long pad = Math.max(0, width - s.length());
                    long left = name.equals("rjust") ? pad : name.equals("ljust") ? 0 : pad / 2 + (pad & width & 1);
                    return Strings.repeat(fill, left) + s + Strings.repeat(fill, pad - left);
                });
            case "zfill":
                return new Builtin(name, s, (a, kw) -> {
                    long width = Runtime.toIndex(BuiltinFunctions.argAt(name, a, kw, 0, 1));
                    long pad = Math.max(0, width - s.length());
                    boolean sign = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+');
                    return sign ? s.charAt(0) + Strings.repeat("0", pad) + s.substring(1) : Strings.repeat("0", pad) + s;
                });
            case "isdigit":
            case "isnumeric":
            case "isdecimal":
                return new Builtin(name, s, (a, kw) -> !s.isEmpty() && all(s, DIGIT));
            case "isalpha":
                return new Builtin(name, s, (a, kw) -> !s.isEmpty() && all(s, ALPHA));
            case "isalnum":
                return new Builtin(name, s, (a, kw) -> !s.isEmpty() && all(s, ALNUM));
            case "isspace":
                return new Builtin(name, s, (a, kw) -> !s.isEmpty() && all(s, SPACE));
            case "isupper":
                return new Builtin(name, s, (a, kw) -> !s.equals(CaseMapping.lower(s)) && s.equals(CaseMapping.upper(s)));
            case "islower":
                return new Builtin(name, s, (a, kw) -> !s.equals(CaseMapping.upper(s)) && s.equals(CaseMapping.lower(s)));
            case "title":
            case "capitalize":
                return new Builtin(name, s, (a, kw) -> titleCase(s, name.equals("title")));
            case "partition":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes("str.partition", a, kw, 1, 1);
                    String sep = arg(a, 0, name);
                    int at = s.indexOf(sep);
                    return at < 0 ? PyTuple.of(s, "", "") : PyTuple.of(s.substring(0, at), sep,
                            s.substring(at + sep.length()));
                });
            default:
                return StrMethods2.get(s, name);
        }
    }

    private static final int DIGIT = 0;
    private static final int ALPHA = 1;
    private static final int ALNUM = 2;
    private static final int SPACE = 3;

    /** Whether every char is of a kind (no streams: they bloat the TeaVM build). */
    private static boolean all(String s, int kind) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = kind == DIGIT ? Character.isDigit(c) : kind == ALPHA ? Character.isLetter(c)
                    : kind == ALNUM ? Character.isLetterOrDigit(c) : Character.isWhitespace(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String insertEverywhere(String s, String to) {
        StringBuilder sb = new StringBuilder(to);
        for (int i = 0; i < s.length(); i++) {
            sb.append(s.charAt(i)).append(to);
        }
        return sb.toString();
    }

    static String repeat(String s, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(s);
        }
        return sb.toString();
    }

    private static String titleCase(String s, boolean everyWord) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                start = false;
            } else {
                sb.append(c);
                start = everyWord || (start && i == 0);
                if (!everyWord) {
                    start = false;
                }
            }
        }
        return sb.toString();
    }

    private static String strip(String s, String chars, boolean left, boolean right) {
        int a = 0;
        int b = s.length();
        while (left && a < b && (chars == null ? Character.isWhitespace(s.charAt(a)) : chars.indexOf(s.charAt(a)) >= 0)) {
            a++;
        }
        while (right && b > a && (chars == null ? Character.isWhitespace(s.charAt(b - 1))
                : chars.indexOf(s.charAt(b - 1)) >= 0)) {
            b--;
        }
        return s.substring(a, b);
    }

    private static PyList split(String s, String sep, long maxsplit) {
        ArrayList<Object> out = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            int n = s.length();
            long splits = 0;
            while (true) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && splits >= maxsplit) {
                    out.add(strip(s.substring(i), null, false, true));
                    break;
                }
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                splits++;
                i = j;
            }
            return new PyList(out);
        }
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int at = 0;
        long splits = 0;
        while (maxsplit < 0 || splits < maxsplit) {
            int hit = s.indexOf(sep, at);
            if (hit < 0) {
                break;
            }
            out.add(s.substring(at, hit));
            at = hit + sep.length();
            splits++;
        }
        out.add(s.substring(at));
        return new PyList(out);
    }
}
