package gradpad.kernel.syntax;

import java.util.ArrayList;
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
public final class Tokenizer {
    static final int MAXLEVEL = 200;
    static final int MAXINDENT = 100;
    private static final int TABSIZE = 8;

    private final String src;
    private final int end;
    private final int[] lineStarts;
    private final int lineCount;
    private int cur;
    private final List<Token> tokens = new ArrayList<>();

    private int level;
    private final char[] parenStack = new char[MAXLEVEL];
    private final int[] parenStart = new int[MAXLEVEL];
    private final int[] indStack = new int[MAXINDENT + 1];
    private final int[] altIndStack = new int[MAXINDENT + 1];
    private int indent;
    private int pendin;
    private boolean atbol = true;
    private boolean done;
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
        this.src = src;
        this.lineStarts = lineStarts;
        this.lineCount = lineStarts.length;
        this.cur = from;
        this.end = to;
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

    // ---- positions -------------------------------------------------------------------------------

    int lineOf(int pos) {
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    private int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** CPython's current line: the one holding the last consumed char. */
    private int curLine() {
        int c = Math.min(cur, end);
        return c == 0 ? 1 : lineOf(c - 1);
    }

    // ---- char reading (tok_nextc / tok_backup) -----------------------------------------------

    private int nextc() {
        if (cur >= end) {
            cur = end + 1; // so that backup() of EOF is a no-op, like CPython
            return -1;
        }
        return src.charAt(cur++);
    }

    private void backup(int c) {
        if (c != -1) {
            cur--;
        } else {
            cur = end;
        }
    }

    private int peekc() {
        return cur < end ? src.charAt(cur) : -1;
    }

    // ---- token output -------------------------------------------------------------------------

    private void add(Token.Type type, int start, int stop) {
        int line = lineOf(start);
        int endLine = stop > start ? lineOf(stop - 1) : line;
        tokens.add(new Token(type, src.substring(start, stop), line, start - lineStart(line) + 1,
            endLine, stop - lineStart(endLine) + 1, level, start, stop, null, false));
    }

    /** INDENT/DEDENT/ENDMARKER: CPython gives them no start, so errors there use {@code tok->cur}. */
    private void addMarker(Token.Type type) {
        int line = curLine();
        int col = Math.max(0, Math.min(cur, end) - lineStart(line));
        tokens.add(new Token(type, "", line, col, line, col, level, cur, cur, null, false));
    }

    private void fail(PySyntaxError e, boolean eofInBrackets) {
        e.text = lineText(e.line);
        tokens.add(new Token(Token.Type.ERROR, "", e.line, e.offset, e.line, e.offset, level, cur, cur, e,
            eofInBrackets));
        done = true;
    }

    String lineText(int line) {
        if (line < 1 || line > lineCount) {
            return "";
        }
        int s = lineStart(line);
        int e = src.indexOf('\n', s);
        return src.substring(s, e < 0 ? src.length() : e);
    }

    /** CPython's {@code syntaxerror(tok, ...)}: located at {@code tok->cur} on the current line. */
    private void syntaxError(String msg) {
        int line = curLine();
        int off = Math.min(cur, end) - lineStart(line);
        fail(new PySyntaxError("SyntaxError", msg, line, off, line, off, true), false);
    }

    private void errorAt(String type, String msg, int line, int offset) {
        fail(new PySyntaxError(type, msg, line, offset, line, offset, true), false);
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
                        errorAt("IndentationError", "too many levels of indentation", curLine(), 1);
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
                            Math.min(cur, end) - lineStart(line));
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
        errorAt("TabError", "inconsistent use of tabs and spaces in indentation", curLine(), 1);
    }

    /** After a backslash: the next char must end the line, and the input must go on. */
    private boolean continuationLine() {
        int c = nextc();
        if (c != '\n') {
            int line = curLine();
            errorAt("SyntaxError", "unexpected character after line continuation character", line,
                Math.min(cur, end) - lineStart(line));
            return false;
        }
        c = nextc();
        if (c == -1) {
            cur = end;
            int line = curLine();
            errorAt("SyntaxError", "unexpected EOF while parsing", line, Math.min(cur, end) - lineStart(line));
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
            add(Token.Type.NEWLINE, start, cur);
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

    // ---- names and string prefixes ------------------------------------------------------------

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return isPotentialIdentifierStart(c) || isDigit(c);
    }

    private void scanNameOrPrefixedString(int c, int start) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                scanString(start, c);
                return;
            }
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = nextc();
        }
        backup(c);
        if (nonascii && !verifyIdentifier(start)) {
            return;
        }
        add(Token.Type.NAME, start, cur);
    }

    /** Non-ASCII names must be identifiers; otherwise CPython names the first bad character. */
    private boolean verifyIdentifier(int start) {
        int i = start;
        boolean first = true;
        while (i < cur) {
            int cp = src.codePointAt(i);
            boolean ok = first ? isIdentifierStart(cp) : isIdentifierPart(cp);
            if (!ok) {
                cur = i + Character.charCount(cp);
                String hex = Integer.toHexString(cp).toUpperCase();
                while (hex.length() < 4) {
                    hex = "0" + hex;
                }
                if (isPrintable(cp)) {
                    syntaxError("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")");
                } else {
                    syntaxError("invalid non-printable character U+" + hex);
                }
                return false;
            }
            first = false;
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isIdentifierStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return Character.isLetter(cp) || Character.getType(cp) == Character.LETTER_NUMBER;
    }

    private static boolean isIdentifierPart(int cp) {
        if (cp < 128) {
            return isIdentifierStart(cp) || isDigit(cp);
        }
        if (isIdentifierStart(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
            || t == Character.DECIMAL_DIGIT_NUMBER || t == Character.CONNECTOR_PUNCTUATION;
    }

    /** Python's str.isprintable(): not Other (Cc, Cf, Cs, Co, Cn) nor a separator other than space. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    // ---- strings ------------------------------------------------------------------------------

    /** Finds the end of a string literal; escapes are decoded later by {@link StringParser}. */
    private void scanString(int start, int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == -1 || (quoteSize == 1 && c == '\n')) {
                int detected = curLine();
                int line = lineOf(start);
                int off = start - lineStart(line) + 1;
                String what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
                errorAt("SyntaxError", what + " (detected at line " + detected + ")", line, off);
                return;
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        add(Token.Type.STRING, start, cur);
    }

    // ---- numbers ------------------------------------------------------------------------------

    private void scanNumber(int start, int c) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        syntaxError("invalid hexadecimal literal");
                        return;
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                if (!verifyEndOfNumber(c, "hexadecimal")) {
                    return;
                }
            } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
                boolean octal = c == 'o' || c == 'O';
                char maxDigit = octal ? '8' : '2';
                String kind = octal ? "octal" : "binary";
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= maxDigit) {
                        if (isDigit(c)) {
                            syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                        } else {
                            backup(c);
                            syntaxError("invalid " + kind + " literal");
                        }
                        return;
                    }
                    do {
                        c = nextc();
                    } while (c >= '0' && c < maxDigit);
                } while (c == '_');
                if (isDigit(c)) {
                    syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                    return;
                }
                if (!verifyEndOfNumber(c, kind)) {
                    return;
                }
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            syntaxError("invalid decimal literal");
                            return;
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                    if (c == -2) {
                        return;
                    }
                }
                if (c == '.') {
                    scanFraction(start, nextc());
                    return;
                } else if (c == 'e' || c == 'E') {
                    scanExponent(start, c);
                    return;
                } else if (c == 'j' || c == 'J') {
                    scanImaginary(start);
                    return;
                } else if (nonzero) {
                    backup(c);
                    int line = curLine();
                    int ls = lineStart(line);
                    fail(new PySyntaxError("SyntaxError", "leading zeros in decimal integer literals are not "
                        + "permitted; use an 0o prefix for octal integers", line, start - ls + 1, line,
                        zerosEnd - ls, true), false);
                    return;
                }
                if (!verifyEndOfNumber(c, "decimal")) {
                    return;
                }
            }
        } else {
            c = decimalTail();
            if (c == -2) {
                return;
            }
            if (c == '.') {
                scanFraction(start, nextc());
                return;
            }
            if (c == 'e' || c == 'E') {
                scanExponent(start, c);
                return;
            }
            if (c == 'j' || c == 'J') {
                scanImaginary(start);
                return;
            }
            if (!verifyEndOfNumber(c, "decimal")) {
                return;
            }
        }
        backup(c);
        add(Token.Type.NUMBER, start, cur);
    }

    /** After the '.' of a float; c is the char following it. */
    private void scanFraction(int start, int c) {
        if (isDigit(c)) {
            c = decimalTail();
            if (c == -2) {
                return;
            }
        }
        if (c == 'e' || c == 'E') {
            scanExponent(start, c);
            return;
        }
        if (c == 'j' || c == 'J') {
            scanImaginary(start);
            return;
        }
        if (!verifyEndOfNumber(c, "decimal")) {
            return;
        }
        backup(c);
        add(Token.Type.NUMBER, start, cur);
    }

    private void scanExponent(int start, int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                syntaxError("invalid decimal literal");
                return;
            }
        } else if (!isDigit(c)) {
            backup(c);
            if (!verifyEndOfNumber(e, "decimal")) {
                return;
            }
            backup(e);
            add(Token.Type.NUMBER, start, cur);
            return;
        }
        c = decimalTail();
        if (c == -2) {
            return;
        }
        if (c == 'j' || c == 'J') {
            scanImaginary(start);
            return;
        }
        if (!verifyEndOfNumber(c, "decimal")) {
            return;
        }
        backup(c);
        add(Token.Type.NUMBER, start, cur);
    }

    private void scanImaginary(int start) {
        int c = nextc();
        if (!verifyEndOfNumber(c, "imaginary")) {
            return;
        }
        backup(c);
        add(Token.Type.NUMBER, start, cur);
    }

    /** Digits with single underscores between them; returns the char after, or -2 after an error. */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                syntaxError("invalid decimal literal");
                return -2;
            }
        }
        return c;
    }

    /**
     * A number may be followed by a keyword that can legally follow it ({@code 1if x else 2}, a
     * deprecated but valid form); any other identifier char right after it is an error.
     */
    private boolean verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = peekc();
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            return true;
        }
        if (c != -1 && isPotentialIdentifierChar(c)) {
            backup(c);
            syntaxError("invalid " + kind + " literal");
            return false;
        }
        return true;
    }

    private boolean lookahead(String rest) {
        return src.startsWith(rest, cur) && cur + rest.length() <= end;
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
