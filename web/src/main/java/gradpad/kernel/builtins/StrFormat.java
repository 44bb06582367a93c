package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Runtime;

/** {@code "...".format(*args, **kwargs)}: fields {@code {}}, {@code {0}}, {@code {name.attr[0]!r:spec}}. */
final class StrFormat {
    private StrFormat() {
    }

    static String format(String s, Object[] args, String[] kwNames) {
        int npos = args.length - kwNames.length;
        StringBuilder out = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            while (j < s.length() && depth > 0) {
                char d = s.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                }
                j++;
            }
            if (depth > 0) {
                throw Errors.valueError("expected '}' before end of string");
            }
            String field = s.substring(i + 1, j - 1);
            i = j;
            String spec = "";
            int colon = indexOutsideBrackets(field, ':');
            if (colon >= 0) {
                spec = format(field.substring(colon + 1), args, kwNames);
                field = field.substring(0, colon);
            }
            char conversion = 0;
            int bang = field.indexOf('!');
            if (bang >= 0) {
                conversion = field.charAt(bang + 1);
                field = field.substring(0, bang);
            }
            int end = 0;
            while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
                end++;
            }
            String head = field.substring(0, end);
            Object value;
            if (head.isEmpty()) {
                if (auto >= npos) {
                    throw Errors.indexError("Replacement index " + auto + " out of range for positional args tuple");
                }
                value = args[auto++];
            } else if (isDigits(head) && head.length() < 9) {
                int k = Integer.parseInt(head);
                if (k >= npos) {
                    throw Errors.indexError("Replacement index " + k + " out of range for positional args tuple");
                }
                value = args[k];
            } else {
                value = null;
                for (int k = 0; k < kwNames.length; k++) {
                    if (kwNames[k].equals(head)) {
                        value = args[npos + k];
                    }
                }
                if (value == null) {
                    throw Errors.keyError(head);
                }
            }
            value = accessors(value, field.substring(end));
            if (conversion == 'r') {
                value = Runtime.repr(value);
            } else if (conversion == 's') {
                value = Runtime.str(value);
            }
            out.append(Formatting.format(value, spec));
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String field, char target) {
        int depth = 0;
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == target && depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Object accessors(Object value, String rest) {
        int k = 0;
        while (k < rest.length()) {
            if (rest.charAt(k) == '.') {
                int e = k + 1;
                while (e < rest.length() && rest.charAt(e) != '.' && rest.charAt(e) != '[') {
                    e++;
                }
                value = Runtime.getAttr(value, rest.substring(k + 1, e));
                k = e;
            } else {
                int e = rest.indexOf(']', k);
                String key = rest.substring(k + 1, e);
                Object idx = isDigits(key) ? (Object) Long.parseLong(key) : key;
                value = Runtime.getItem(value, idx);
                k = e + 1;
            }
        }
        return value;
    }
}
