package gradpad.kernel.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Character-level half of the {@link Tokenizer}: reading chars ({@code tok_nextc}/{@code tok_backup}),
 * positions, token output, errors, and the name/string scanners (string bodies are decoded later).
 */
abstract class ScannerBase {
    final String src;
    final int end;
    final int[] lineStarts;
    final int lineCount;
    int cur;
    final List<Token> tokens = new ArrayList<>();
    /** Bracket depth, recorded in each token (CPython's {@code tok->level}). */
    int level;
    boolean done;

    ScannerBase(String src, int[] lineStarts, int from, int to) {
        this.src = src;
        this.lineStarts = lineStarts;
        this.lineCount = lineStarts.length;
        this.cur = from;
        this.end = to;
    }

    /** Numbers are scanned by the subclass; names may turn out to be string prefixes. */
    abstract void scanNumber(int start, int c);

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

    int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** CPython's current line: the one holding the last consumed char. */
    int curLine() {
        int c = Math.min(cur, end);
        return c == 0 ? 1 : lineOf(c - 1);
    }

    // ---- char reading (tok_nextc / tok_backup) -----------------------------------------------

    int nextc() {
        if (cur >= end) {
            cur = end + 1; // so that backup() of EOF is a no-op, like CPython
            return -1;
        }
        return src.charAt(cur++);
    }

    void backup(int c) {
        if (c != -1) {
            cur--;
        } else {
            cur = end;
        }
    }

    int peekc() {
        return cur < end ? src.charAt(cur) : -1;
    }

    // ---- token output -------------------------------------------------------------------------

    void add(Token.Type type, int start, int stop) {
        int line = lineOf(start);
        int endLine = stop > start ? lineOf(stop - 1) : line;
        tokens.add(new Token(type, src.substring(start, stop), line, start - lineStart(line) + 1,
            endLine, stop - lineStart(endLine) + 1, level, start, stop, null, false));
    }

    /** INDENT/DEDENT/ENDMARKER: CPython gives them no start, so errors there use {@code tok->cur}. */
    void addMarker(Token.Type type) {
        int line = curLine();
        int col = Math.max(0, Math.min(cur, end) - lineStart(line));
        tokens.add(new Token(type, "", line, col, line, col, level, cur, cur, null, false));
    }

    void fail(PySyntaxError e, boolean eofInBrackets) {
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
    void syntaxError(String msg) {
        int line = curLine();
        int off = Math.min(cur, end) - lineStart(line);
        fail(new PySyntaxError("SyntaxError", msg, line, off, line, off, true), false);
    }

    void errorAt(String type, String msg, int line, int offset) {
        errorAt(type, msg, line, offset, offset);
    }

    /** endOffset as CPython leaves it: -1 or 0 where it has no end position. */
    void errorAt(String type, String msg, int line, int offset, int endOffset) {
        fail(new PySyntaxError(type, msg, line, offset, line, endOffset, true), false);
    }

    // ---- names and string prefixes ------------------------------------------------------------

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return isPotentialIdentifierStart(c) || isDigit(c);
    }

    void scanNameOrPrefixedString(int c, int start) {
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
    boolean verifyIdentifier(int start) {
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

    static boolean isIdentifierStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return Character.isLetter(cp) || Character.getType(cp) == Character.LETTER_NUMBER;
    }

    static boolean isIdentifierPart(int cp) {
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
    void scanString(int start, int quote) {
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

}
