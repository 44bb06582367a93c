package gradpad.engine.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parser for the statements of engine_cases.txt: a call-only subset of Python (names, ints,
 * floats, strings, lists, {@code ...}, calls with keyword arguments, unary minus, and
 * {@code a, b = expr} assignments). gen_engine_cases.py runs the same text as real Python.
 */
final class CaseLanguage {
    private CaseLanguage() {
    }

    /** An expression node. */
    interface Expr {
    }

    record Name(String id) implements Expr {
    }

    /** A Long or a Double (Python int or float). */
    record Num(Object value) implements Expr {
    }

    record Str(String value) implements Expr {
    }

    record ListLit(List<Expr> items) implements Expr {
    }

    record Call(String fn, List<Expr> args, Map<String, Expr> kwargs) implements Expr {
    }

    record Neg(Expr operand) implements Expr {
    }

    record EllipsisLit() implements Expr {
    }

    /** {@code targets = expr}, or just {@code expr} when targets is empty. */
    record Statement(List<String> targets, Expr expr) {
    }

    static Statement parse(String text) {
        Parser p = new Parser(text);
        Statement s = p.statement();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw new IllegalArgumentException("unexpected text at " + p.pos + " in: " + text);
        }
        return s;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Statement statement() {
            int save = pos;
            List<String> targets = new ArrayList<>();
            String first = name();
            if (first != null) {
                targets.add(first);
                skipSpace();
                while (peek(',')) {
                    pos++;
                    skipSpace();
                    targets.add(name());
                    skipSpace();
                }
                if (peek('=') && !s.startsWith("==", pos)) {
                    pos++;
                    return new Statement(targets, expr());
                }
            }
            pos = save;
            return new Statement(List.of(), expr());
        }

        Expr expr() {
            skipSpace();
            if (peek('-')) {
                pos++;
                return new Neg(expr());
            }
            if (s.startsWith("...", pos)) {
                pos += 3;
                return new EllipsisLit();
            }
            char c = s.charAt(pos);
            if (c == '[') {
                pos++;
                return new ListLit(items(']'));
            }
            if (c == '\'' || c == '"') {
                int end = s.indexOf(c, pos + 1);
                String v = s.substring(pos + 1, end);
                pos = end + 1;
                return new Str(v);
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            String id = name();
            if (id == null) {
                throw new IllegalArgumentException("expression expected at " + pos + " in: " + s);
            }
            skipSpace();
            if (!peek('(')) {
                return new Name(id);
            }
            pos++;
            List<Expr> args = new ArrayList<>();
            Map<String, Expr> kwargs = new LinkedHashMap<>();
            skipSpace();
            while (!peek(')')) {
                int save = pos;
                String key = name();
                skipSpace();
                if (key != null && peek('=') && !s.startsWith("==", pos)) {
                    pos++;
                    kwargs.put(key, expr());
                } else {
                    pos = save;
                    args.add(expr());
                }
                skipSpace();
                if (peek(',')) {
                    pos++;
                    skipSpace();
                }
            }
            pos++;
            return new Call(id, args, kwargs);
        }

        private List<Expr> items(char close) {
            List<Expr> out = new ArrayList<>();
            skipSpace();
            while (!peek(close)) {
                out.add(expr());
                skipSpace();
                if (peek(',')) {
                    pos++;
                    skipSpace();
                }
            }
            pos++;
            return out;
        }

        private Expr number() {
            int start = pos;
            boolean isFloat = false;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isDigit(c)) {
                    pos++;
                } else if (c == '.' || c == 'e' || c == 'E') {
                    isFloat = true;
                    pos++;
                    if ((c == 'e' || c == 'E') && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                        pos++;
                    }
                } else {
                    break;
                }
            }
            String t = s.substring(start, pos);
            return new Num(isFloat ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t));
        }

        private String name() {
            skipSpace();
            int start = pos;
            if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '_')) {
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
                return s.substring(start, pos);
            }
            return null;
        }

        private boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        void skipSpace() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
