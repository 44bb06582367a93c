package gradpad.kernel.syntax;

import java.util.List;

/**
 * Python 3.11 tokenizer, a port of the logic of CPython's {@code Parser/tokenizer.c}: INDENT/DEDENT
 * from an indentation stack (tabs to multiples of 8, checked against tab size 1 for TabError), no
 * NEWLINE inside brackets, backslash continuation, comments, whole string literals (decoded later by
 * {@link StringParser}) and number literals with CPython's error messages.
 *
 * <p>Tokenizing stops at the first error, which becomes a final ERROR token: CPython raises
 * tokenizer errors whenever it reaches them, and they outrank parser errors (see {@link Parser}).
 * Error offsets mimic CPython's {@code tok->cur - line_start}.
 */
public final class Tokenizer extends NumberScanner {
    static final int MAXLEVEL = 200;
    static final int MAXINDENT = 100;
    private static final int TABSIZE = 8;

    private final char[] parenStack = new char[MAXLEVEL];
    private final int[] parenStart = new int[MAXLEVEL];
    private final int[] indStack = new int[MAXINDENT + 1];
    private final int[] altIndStack = new int[MAXINDENT + 1];
    private int indent;
    private int pendin;
    private boolean atbol = true;
    /** An f-string field: its virtual bracket is never closed, by design. */
    private final boolean exprMode;

    /** Tokenizes a whole cell. */
    public static List<Token> tokenize(String source) {
        String s = normalize(source);
        return new Tokenizer(s, lineStarts(s), 0, s.length(), false).run();
    }

    /** CPython reads source with universal newlines and appends a final newline if missing. */
    static String normalize(String source) {
        String s = source;
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (!s.isEmpty() && s.charAt(s.length() - 1) != '\n') {
            s = s + "\n";
        }
        return s;
    }

    static int[] lineStarts(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    /**
     * @param exprMode tokenize an f-string replacement field: CPython parses it as {@code (expr)}, so
     *                 it starts inside a virtual bracket (no NEWLINE/INDENT) and ends at {@code to}.
     */
    Tokenizer(String src, int[] lineStarts, int from, int to, boolean exprMode) {
        super(src, lineStarts, from, to);
        this.exprMode = exprMode;
        if (exprMode) {
            level = 1;
            parenStack[0] = '(';
            parenStart[0] = from;
            atbol = false;
        }
    }

    List<Token> run() {
        while (!done) {
            next();
        }
        return tokens;
    }

    // ---- the tokenizer proper (tok_get) -------------------------------------------------------

    private void next() {
        boolean blankline = false;
        if (atbol) {
            atbol = false;
            int col = 0;
            int altcol = 0;
            int contLineCol = 0;
            int c;
            for (;;) {
                c = nextc();
                if (c == ' ') {
                    col++;
                    altcol++;
                } else if (c == '\t') {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    altcol = altcol + 1;
                } else if (c == '\014') {
                    col = altcol = 0;
                } else if (c == '\\') {
                    contLineCol = contLineCol != 0 ? contLineCol : col;
                    if (!continuationLine()) {
                        return;
                    }
                } else {
                    break;
                }
            }
            backup(c);
            if (c == '#' || c == '\n') {
                blankline = true;
            }
            if (!blankline && level == 0) {
                if (contLineCol != 0) {
                    col = contLineCol;
                    altcol = contLineCol;
                }
                if (col == indStack[indent]) {
                    if (altcol != altIndStack[indent]) {
                        indentError();
                        return;
                    }
                } else if (col > indStack[indent]) {
                    if (indent + 1 >= MAXINDENT) {
                        cur = lineEnd();
                        errorAt("IndentationError", "too many levels of indentation", curLine(), 1, 0);
                        return;
                    }
                    if (altcol <= altIndStack[indent]) {
                        indentError();
                        return;
                    }
                    pendin++;
                    indStack[++indent] = col;
                    altIndStack[indent] = altcol;
                } else {
                    while (indent > 0 && col < indStack[indent]) {
                        pendin--;
                        indent--;
                    }
                    if (col != indStack[indent]) {
                        cur = lineEnd();
                        int line = curLine();
                        errorAt("IndentationError", "unindent does not match any outer indentation level", line,
                            Math.min(cur, end) - lineStart(line), -1);
                        return;
                    }
                    if (altcol != altIndStack[indent]) {
                        indentError();
                        return;
                    }
                }
            }
        }
        while (pendin != 0) {
            if (pendin < 0) {
                pendin++;
                addMarker(Token.Type.DEDENT);
            } else {
                pendin--;
                addMarker(Token.Type.INDENT);
            }
        }
        scanToken(blankline);
    }

    private int lineEnd() {
        int e = src.indexOf('\n', Math.min(cur, end));
        return e < 0 || e >= end ? end : e + 1;
    }

    private void indentError() {
        cur = lineEnd();
        errorAt("TabError", "inconsistent use of tabs and spaces in indentation", curLine(), 1, 0);
    }

    /** After a backslash: the next char must end the line, and the input must go on. */
    private boolean continuationLine() {
        int c = nextc();
        if (c != '\n') {
            int line = curLine();
            errorAt("SyntaxError", "unexpected character after line continuation character", line,
                Math.min(cur, end) - lineStart(line), 0);
            return false;
        }
        c = nextc();
        if (c == -1) {
            cur = end;
            int line = curLine();
            errorAt("SyntaxError", "unexpected EOF while parsing", line, Math.min(cur, end) - lineStart(line), -1);
            return false;
        }
        backup(c);
        return true;
    }

    private void scanToken(boolean blankline) {
        int c;
        int start;
        for (;;) {
            do {
                c = nextc();
            } while (c == ' ' || c == '\t' || c == '\014');
            start = cur - 1;
            if (c == '#') {
                while (c != -1 && c != '\n') {
                    c = nextc();
                }
            }
            if (c == -1) {
                if (level > 0 && !(exprMode && level == 1)) {
                    int open = parenStart[level - 1];
                    int line = lineOf(open);
                    int off = open - lineStart(line) + 1;
                    fail(new PySyntaxError("SyntaxError", "'" + parenStack[level - 1] + "' was never closed",
                        line, off, line, 0, true), true);
                    return;
                }
                cur = end;
                addMarker(Token.Type.ENDMARKER);
                done = true;
                return;
            }
            if (c == '\\') {
                if (!continuationLine()) {
                    return;
                }
                continue;
            }
            break;
        }
        if (c == '\n') {
            atbol = true;
            if (blankline || level > 0) {
                return;
            }
            // CPython's NEWLINE ends before the '\n' (it starts at a comment, if any)
            add(Token.Type.NEWLINE, start, cur - 1);
            return;
        }
        if (isPotentialIdentifierStart(c)) {
            scanNameOrPrefixedString(c, start);
            return;
        }
        if (c == '.') {
            int c2 = nextc();
            if (isDigit(c2)) {
                scanFraction(start, c2);
                return;
            }
            if (c2 == '.') {
                int c3 = nextc();
                if (c3 == '.') {
                    add(Token.Type.OP, start, cur);
                    return;
                }
                backup(c3);
            }
            backup(c2);
            add(Token.Type.OP, start, cur);
            return;
        }
        if (isDigit(c)) {
            scanNumber(start, c);
            return;
        }
        if (c == '\'' || c == '"') {
            scanString(start, c);
            return;
        }
        scanOperator(start, c);
    }

    private void scanOperator(int start, int c) {
        int c2 = nextc();
        int c3 = c2 == -1 ? -1 : nextc();
        int len = threeCharOp(c, c2, c3) ? 3 : twoCharOp(c, c2) ? 2 : 1;
        cur = start + len;
        switch (c) {
            case '(':
            case '[':
            case '{':
                if (level >= MAXLEVEL) {
                    syntaxError("too many nested parentheses");
                    return;
                }
                parenStack[level] = (char) c;
                parenStart[level] = start;
                level++;
                break;
            case ')':
            case ']':
            case '}': {
                if (level == 0) {
                    syntaxError("unmatched '" + (char) c + "'");
                    return;
                }
                level--;
                char opening = parenStack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    int openLine = lineOf(parenStart[level]);
                    if (openLine != curLine()) {
                        syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + opening + "' on line " + openLine);
                    } else {
                        syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + opening + "'");
                    }
                    return;
                }
                break;
            }
            default:
                break;
        }
        add(Token.Type.OP, start, cur);
    }

    private static boolean threeCharOp(int c1, int c2, int c3) {
        if (c3 != '=') {
            return c1 == '.' && c2 == '.' && c3 == '.';
        }
        return (c1 == '*' && c2 == '*') || (c1 == '/' && c2 == '/') || (c1 == '>' && c2 == '>')
            || (c1 == '<' && c2 == '<');
    }

    private static boolean twoCharOp(int c1, int c2) {
        switch (c2) {
            case '=':
                return "!%&*+-/<=>@^|:".indexOf(c1) >= 0;
            case '*':
                return c1 == '*';
            case '/':
                return c1 == '/';
            case '<':
                return c1 == '<';
            case '>':
                return c1 == '>' || c1 == '-' || c1 == '<';
            default:
                return false;
        }
    }

}
