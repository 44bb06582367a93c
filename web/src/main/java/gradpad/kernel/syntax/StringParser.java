package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.Constant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a run of adjacent STRING tokens into a {@link Constant} or, if any is an f-string, a
 * {@link Expr.JoinedStr}. Follows CPython 3.11's {@code Parser/string_parser.c}: f-string fields are
 * found by scanning (no backslash or '#' inside), then parsed as {@code (expr)} by a sub-parser.
 * Errors without a better place sit at the token after the strings, as in CPython.
 */
final class StringParser {
    private final AtomParser p;
    private final List<Token> toks;
    private final Token after;
    private final String src;
    private final Token first;
    private final Token last;
    private final Escapes escapes;

    /** Literal text waiting to become a Constant, and the parts built so far. */
    private static final class State {
        final StringBuilder lastStr = new StringBuilder();
        final List<Expr> exprs = new ArrayList<>();
    }

    StringParser(AtomParser p, List<Token> toks, Token after) {
        this.p = p;
        this.toks = toks;
        this.after = after;
        this.src = p.src;
        this.first = toks.get(0);
        this.last = toks.get(toks.size() - 1);
        this.escapes = new Escapes(src, this);
    }

    PySyntaxError err(String msg) {
        PySyntaxError e = p.error("SyntaxError", msg, after.line, after.col, after.endLine, after.endCol);
        PySyntaxError hard = new PySyntaxError(e.pythonType, e.msg, e.line, e.offset, e.endLine, e.endOffset, true);
        hard.text = e.text;
        hard.fromString = true;
        return hard;
    }

    private <T extends Node> T whole(T n) {
        n.line = first.line;
        n.col = first.col;
        n.endLine = last.endLine;
        n.endCol = last.endCol;
        return n;
    }

    Expr parse() {
        State state = new State();
        boolean bytesMode = false;
        boolean fmode = false;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String text = t.text;
            int k = 0;
            boolean raw = false;
            boolean isBytes = false;
            boolean isF = false;
            for (char c = text.charAt(k); c != '\'' && c != '"'; c = text.charAt(++k)) {
                char lc = Character.toLowerCase(c);
                raw |= lc == 'r';
                isBytes |= lc == 'b';
                isF |= lc == 'f';
            }
            char q = text.charAt(k);
            int qlen = text.startsWith("" + q + q + q, k) && text.length() - k >= 6 ? 3 : 1;
            int bodyStart = t.start + k + qlen;
            int bodyEnd = t.end - qlen;
            if (i == 0) {
                bytesMode = isBytes;
            } else if (bytesMode != isBytes) {
                throw err("cannot mix bytes and nonbytes literals");
            }
            if (isF) {
                fmode = true;
                concatFstring(t, state, new int[] {bodyStart}, bodyEnd, raw, 0);
            } else if (isBytes) {
                for (int j = bodyStart; j < bodyEnd; j++) {
                    if (src.charAt(j) >= 128) {
                        throw err("bytes can only contain ASCII literal characters");
                    }
                }
                state.lastStr.append(raw ? src.substring(bodyStart, bodyEnd) : escapes.decode(bodyStart, bodyEnd, true));
            } else {
                state.lastStr.append(raw ? src.substring(bodyStart, bodyEnd) : escapes.decode(bodyStart, bodyEnd, false));
            }
        }
        if (!fmode) {
            Constant c = new Constant(bytesMode ? Constant.Kind.BYTES : Constant.Kind.STR, 0, 0,
                state.lastStr.toString());
            return whole(c);
        }
        return finishJoined(state, true, null);
    }

    private Expr.JoinedStr finishJoined(State state, boolean top, Token t) {
        if (state.lastStr.length() > 0) {
            state.exprs.add(whole(Constant.ofStr(state.lastStr.toString())));
            state.lastStr.setLength(0);
        }
        Expr.JoinedStr j = new Expr.JoinedStr(state.exprs);
        if (top) {
            return whole(j);
        }
        j.line = t.line;
        j.col = t.col;
        j.endLine = t.endLine;
        j.endCol = t.endCol;
        return j;
    }

    // ---- f-strings ----------------------------------------------------------------------------

    private void concatFstring(Token t, State state, int[] cur, int end, boolean raw, int recurse) {
        for (;;) {
            int result = findLiteral(state, cur, end, raw, recurse);
            if (result == 1) {
                continue;
            }
            if (cur[0] >= end || src.charAt(cur[0]) == '}') {
                break;
            }
            Expr.FormattedValue fv = findExpr(t, state, cur, end, raw, recurse);
            if (state.lastStr.length() > 0) {
                state.exprs.add(whole(Constant.ofStr(state.lastStr.toString())));
                state.lastStr.setLength(0);
            }
            state.exprs.add(fv);
        }
        if (recurse != 0 && (cur[0] >= end || src.charAt(cur[0]) != '}')) {
            throw err("f-string: expecting '}'");
        }
    }

    /** Literal text up to a single '{' (or '}' ending a format spec); 1 = stopped after a doubled brace. */
    private int findLiteral(State state, int[] cur, int end, boolean raw, int recurse) {
        int s = cur[0];
        int literalStart = s;
        int result = 0;
        int stop;
        for (;;) {
            if (s >= end) {
                stop = s;
                break;
            }
            char ch = src.charAt(s++);
            if (!raw && ch == '\\' && s < end) {
                ch = src.charAt(s++);
                if (ch == 'N') {
                    if (s < end && src.charAt(s++) == '{') {
                        while (s < end && src.charAt(s++) != '}') {
                            // skip the character name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurse == 0) {
                    if (s < end && src.charAt(s) == ch) {
                        cur[0] = s + 1;
                        stop = s;
                        result = 1;
                        break;
                    }
                    if (ch == '}') {
                        cur[0] = s - 1;
                        throw err("f-string: single '}' is not allowed");
                    }
                }
                s--;
                stop = s;
                break;
            }
        }
        if (result == 0) {
            cur[0] = stop;
        }
        if (stop > literalStart) {
            state.lastStr.append(raw ? src.substring(literalStart, stop) : escapes.decode(literalStart, stop, false));
        }
        return result;
    }

    private Expr.FormattedValue findExpr(Token t, State state, int[] cur, int end, boolean raw, int recurse) {
        if (recurse >= 2) {
            throw err("f-string: expressions nested too deeply");
        }
        int s = cur[0] + 1;
        int exprStart = s;
        char quoteChar = 0;
        int stringType = 0;
        char[] stack = new char[Tokenizer.MAXLEVEL];
        int depth = 0;
        for (; s < end; s++) {
            char ch = src.charAt(s);
            if (ch == '\\') {
                throw err("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (s + 2 < end && src.charAt(s + 1) == ch && src.charAt(s + 2) == ch) {
                            s += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (s + 2 < end && src.charAt(s + 1) == ch && src.charAt(s + 2) == ch) {
                    stringType = 3;
                    s += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= Tokenizer.MAXLEVEL) {
                    throw err("f-string: too many nested parenthesis");
                }
                stack[depth++] = ch;
            } else if (ch == '#') {
                throw err("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (s + 1 < end) {
                    char next = src.charAt(s + 1);
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                        s++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw err("f-string: unmatched '" + ch + "'");
                }
                char opening = stack[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw err("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                        + opening + "'");
                }
            }
        }
        int exprEnd = s;
        if (quoteChar != 0) {
            throw err("f-string: unterminated string");
        }
        if (depth != 0) {
            throw err("f-string: unmatched '" + stack[depth - 1] + "'");
        }
        if (s >= end) {
            throw err("f-string: expecting '}'");
        }
        Expr value = compileExpr(exprStart, exprEnd);
        String exprText = null;
        if (src.charAt(s) == '=') {
            s++;
            while (s < end && isSpace(src.charAt(s))) {
                s++;
            }
            if (s >= end) {
                throw err("f-string: expecting '}'");
            }
            exprText = src.substring(exprStart, s);
        }
        int conversion = -1;
        if (src.charAt(s) == '!') {
            s++;
            if (s >= end) {
                throw err("f-string: expecting '}'");
            }
            conversion = src.charAt(s);
            s++;
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw err("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr.JoinedStr spec = null;
        if (s < end && src.charAt(s) == ':') {
            s++;
            if (s >= end) {
                throw err("f-string: expecting '}'");
            }
            State sub = new State();
            int[] c = {s};
            concatFstring(t, sub, c, end, raw, recurse + 1);
            s = c[0];
            spec = finishJoined(sub, false, t);
        }
        if (s >= end || src.charAt(s) != '}') {
            throw err("f-string: expecting '}'");
        }
        cur[0] = s + 1;
        if (exprText != null) {
            state.lastStr.append(exprText);
            if (spec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        return whole(new Expr.FormattedValue(value, conversion, spec));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    /** Parses a replacement field as CPython does: the text wrapped in parentheses. */
    private Expr compileExpr(int exprStart, int exprEnd) {
        int s = exprStart;
        while (s < exprEnd && " \t\n\f".indexOf(src.charAt(s)) >= 0) {
            s++;
        }
        if (s == exprEnd) {
            char c = src.charAt(exprEnd);
            if (c == '!' || c == ':' || c == '=') {
                throw err("f-string: expression required before '" + c + "'");
            }
            throw err("f-string: empty expression not allowed");
        }
        Tokenizer tz = new Tokenizer(src, p.lineStarts, exprStart, exprEnd, true);
        List<Token> inner = tz.run();
        List<Token> wrapped = new ArrayList<>(inner.size() + 2);
        int openLine = tz.lineOf(exprStart - 1);
        int openCol = exprStart - 1 - p.lineStarts[openLine - 1] + 1;
        wrapped.add(new Token(Token.Type.OP, "(", openLine, openCol, openLine, openCol + 1, 1, exprStart - 1,
            exprStart, null, false));
        Token endMarker = inner.get(inner.size() - 1);
        if (endMarker.type == Token.Type.ERROR) {
            throw endMarker.error;
        }
        wrapped.addAll(inner.subList(0, inner.size() - 1));
        int closeLine = tz.lineOf(exprEnd);
        int closeCol = exprEnd - p.lineStarts[closeLine - 1] + 1;
        wrapped.add(new Token(Token.Type.OP, ")", closeLine, closeCol, closeLine, closeCol + 1, 0, exprEnd,
            exprEnd + 1, null, false));
        wrapped.add(new Token(Token.Type.ENDMARKER, "", closeLine, closeCol + 1, closeLine, closeCol + 1, 0,
            exprEnd + 1, exprEnd + 1, null, false));
        ExpressionParser sub = new ExpressionParser(wrapped, src, p.lineStarts);
        sub.depth = p.depth;
        try {
            Expr e = sub.parenAtom();
            if (!sub.checkType(Token.Type.ENDMARKER)) {
                throw sub.invalidSyntax();
            }
            return e;
        } catch (PySyntaxError e) {
            if (e.fromTokenizer && !e.fromString) {
                throw e;
            }
            // CPython reports columns relative to the "(expr)" string it parsed.
            int exprLine = tz.lineOf(exprStart);
            int base = exprStart - p.lineStarts[exprLine - 1] + 1 - 2;
            int off = e.line == exprLine ? e.offset - base : e.offset;
            int endOff = e.endLine == exprLine && e.endOffset > 0 ? e.endOffset - base : e.endOffset;
            PySyntaxError f = new PySyntaxError(e.pythonType, "f-string: " + e.msg, e.line, off, e.endLine, endOff,
                true);
            f.text = e.text;
            throw f;
        }
    }

}
