package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import java.util.ArrayList;
import java.util.Collections;

/** The less common {@code str} methods: rsplit, rpartition, swapcase, removeprefix, expandtabs... */
final class StrMethods2 {
    private StrMethods2() {
    }

    private static String strArg(Object o, String method) {
        if (!(o instanceof String)) {
            throw Errors.typeError(method + "() argument must be str, not " + Runtime.typeName(o));
        }
        return (String) o;
    }

    static Object get(String s, String name) {
        switch (name) {
            case "rsplit":
                return new Builtin(name, s, (a, kw) -> {
                    Object[] b = new Signature(name, "sep=None", "maxsplit=-1").bind(a, kw);
                    if (b[0] != null && b[0] != PyNone.NONE && !(b[0] instanceof String)) {
                        throw Errors.typeError("must be str or None, not " + Runtime.typeName(b[0]));
                    }
                    return rsplit(s, b[0] == null || b[0] == PyNone.NONE ? null : (String) b[0],
                            b[1] == null ? -1 : Runtime.toIndex(b[1]));
                });
            case "rpartition":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes("str.rpartition", a, kw, 1, 1);
                    String sep = strArg(a[0], name);
                    if (sep.isEmpty()) {
                        throw Errors.valueError("empty separator");
                    }
                    int at = s.lastIndexOf(sep);
                    return at < 0 ? PyTuple.of("", "", s) : PyTuple.of(s.substring(0, at), sep,
                            s.substring(at + sep.length()));
                });
            case "swapcase":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes(name, a, kw, 0, 0);
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c)
                                : Character.isLowerCase(c) ? Character.toUpperCase(c) : c);
                    }
                    return sb.toString();
                });
            case "casefold":
                return new Builtin(name, s, (a, kw) -> CaseMapping.lower(s).replace("\u00df", "ss"));
            case "removeprefix":
            case "removesuffix":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes("str." + name, a, kw, 1, 1);
                    String x = strArg(a[0], name);
                    if (name.equals("removeprefix")) {
                        return s.startsWith(x) ? s.substring(x.length()) : s;
                    }
                    return s.endsWith(x) && !x.isEmpty() ? s.substring(0, s.length() - x.length()) : s;
                });
            case "expandtabs":
                return new Builtin(name, s, (a, kw) -> {
                    Object[] b = new Signature(name, "tabsize=8").bind(a, kw);
                    long size = b[0] == null ? 8 : Runtime.toIndex(b[0]);
                    StringBuilder sb = new StringBuilder();
                    int col = 0;
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c == '\t') {
                            if (size > 0) {
                                long pad = size - col % size;
                                for (long k = 0; k < pad; k++) {
                                    sb.append(' ');
                                }
                                col += pad;
                            }
                        } else {
                            sb.append(c);
                            col = c == '\n' || c == '\r' ? 0 : col + 1;
                        }
                    }
                    return sb.toString();
                });
            case "isascii":
                return new Builtin(name, s, (a, kw) -> {
                    for (int i = 0; i < s.length(); i++) {
                        if (s.charAt(i) > 127) {
                            return false;
                        }
                    }
                    return true;
                });
            case "isidentifier":
                return new Builtin(name, s, (a, kw) -> {
                    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
                        return false;
                    }
                    for (int i = 1; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (!(Character.isLetterOrDigit(c) || c == '_')) {
                            return false;
                        }
                    }
                    return true;
                });
            case "isprintable":
                return new Builtin(name, s, (a, kw) -> {
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c < 32 || c == 127 || Character.isISOControl(c)) {
                            return false;
                        }
                    }
                    return true;
                });
            case "istitle":
                return new Builtin(name, s, (a, kw) -> {
                    boolean cased = false;
                    boolean previousCased = false;
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                            if (previousCased) {
                                return false;
                            }
                            previousCased = true;
                            cased = true;
                        } else if (Character.isLowerCase(c)) {
                            if (!previousCased) {
                                return false;
                            }
                            previousCased = true;
                            cased = true;
                        } else {
                            previousCased = false;
                        }
                    }
                    return cased;
                });
            case "format_map":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes("str.format_map", a, kw, 1, 1);
                    if (!(a[0] instanceof PyDict)) {
                        throw Errors.typeError("format_map() argument must be a dict");
                    }
                    PyDict d = (PyDict) a[0];
                    java.util.List<Object[]> entries = d.entries();
                    Object[] args = new Object[entries.size()];
                    String[] names = new String[entries.size()];
                    for (int i = 0; i < args.length; i++) {
                        names[i] = Runtime.str(entries.get(i)[0]);
                        args[i] = entries.get(i)[1];
                    }
                    return StrFormat.format(s, args, names);
                });
            default:
                return null;
        }
    }

    private static PyList rsplit(String s, String sep, long maxsplit) {
        ArrayList<Object> out = new ArrayList<>();
        if (sep == null) {
            int j = s.length();
            long splits = 0;
            while (true) {
                while (j > 0 && Character.isWhitespace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (maxsplit >= 0 && splits >= maxsplit) {
                    int start = 0;
                    while (start < j && Character.isWhitespace(s.charAt(start))) {
                        start++;
                    }
                    out.add(s.substring(start, j));
                    break;
                }
                int i = j;
                while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(s.substring(i, j));
                splits++;
                j = i;
            }
        } else {
            if (sep.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            int end = s.length();
            long splits = 0;
            while (maxsplit < 0 || splits < maxsplit) {
                int hit = s.lastIndexOf(sep, end - sep.length());
                if (hit < 0) {
                    break;
                }
                out.add(s.substring(hit + sep.length(), end));
                end = hit;
                splits++;
            }
            out.add(s.substring(0, end));
        }
        Collections.reverse(out);
        return new PyList(out);
    }
}
