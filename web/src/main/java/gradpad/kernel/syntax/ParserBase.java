package gradpad.kernel.syntax;

import java.util.ArrayList;
import java.util.List;

/** Token cursor, span bookkeeping and error construction shared by the expression and statement parsers. */
abstract class ParserBase {
    /** Python keywords (soft keywords like {@code match} are plain names here). */
    private static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield"};

    /** Nesting budget for recursive rules; deeper input gets CPython's RecursionError, not a Java crash. */
    static final int MAX_DEPTH = 250;

    final List<Token> tokens;
    final String src;
    final int[] lineStarts;
    int pos;
    /** Furthest token index looked at: CPython reports generic errors and unclosed brackets from there. */
    int furthest;
    /** > 0 while parsing a speculative sub-expression (CPython's {@code *_without_invalid} rules). */
    int noInvalid;
    int depth;
    /** The class whose body is being parsed: {@code __name} identifiers in it are mangled. */
    String privateClass;

    /**
     * CPython's private name mangling ({@code _Py_Mangle}), done at parse time as CPython's compiler
     * does: inside a class body {@code __x} becomes {@code _Class__x}; dunder names, dotted names
     * and classes named only with underscores are left alone.
     */
    final String mangle(String name) {
        if (privateClass == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateClass.length() && privateClass.charAt(i) == '_') {
            i++;
        }
        return i == privateClass.length() ? name : "_" + privateClass.substring(i) + name;
    }

    ParserBase(List<Token> tokens, String src, int[] lineStarts) {
        this.tokens = tokens;
        this.src = src;
        this.lineStarts = lineStarts;
    }

    static boolean isKeyword(String s) {
        for (String k : KEYWORDS) {
            if (k.equals(s)) {
                return true;
            }
        }
        return false;
    }

    // ---- cursor -------------------------------------------------------------------------------

    /** The token at index i; reaching the tokenizer's ERROR token raises its error, as CPython does. */
    final Token at(int i) {
        int n = tokens.size();
        int k = i < n ? i : n - 1;
        if (k > furthest) {
            furthest = k;
        }
        Token t = tokens.get(k);
        if (t.type == Token.Type.ERROR) {
            throw t.error;
        }
        return t;
    }

    final Token peek() {
        return at(pos);
    }

    final Token peek(int ahead) {
        return at(pos + ahead);
    }

    final Token previous() {
        return tokens.get(pos - 1);
    }

    final Token advance() {
        Token t = peek();
        pos++;
        return t;
    }

    final boolean check(String op) {
        Token t = peek();
        return (t.type == Token.Type.OP || t.type == Token.Type.NAME) && t.text.equals(op);
    }

    final boolean checkType(Token.Type type) {
        return peek().type == type;
    }

    final boolean match(String op) {
        if (check(op)) {
            pos++;
            return true;
        }
        return false;
    }

    /** An identifier that is not a keyword. */
    final boolean checkName() {
        Token t = peek();
        return t.type == Token.Type.NAME && !isKeyword(t.text);
    }

    final Token expect(String op) {
        if (!check(op)) {
            throw invalidSyntax();
        }
        return advance();
    }

    /** CPython's forced token {@code &&'x'}: "expected 'x'" at the current token. */
    final Token expectForced(String op) {
        if (!check(op)) {
            throw errorAt(peek(), "expected '" + op + "'");
        }
        return advance();
    }

    final Token expectName() {
        if (!checkName()) {
            throw invalidSyntax();
        }
        return advance();
    }

    // ---- spans --------------------------------------------------------------------------------

    /** Gives n the span from token {@code start} to the last consumed token. */
    final <T extends Node> T finish(T n, Token start) {
        Token last = previous();
        n.line = start.line;
        n.col = start.col;
        n.endLine = last.endLine;
        n.endCol = last.endCol;
        return n;
    }

    static <T extends Node> T span(T n, Node from, Node to) {
        n.line = from.line;
        n.col = from.col;
        n.endLine = to.endLine;
        n.endCol = to.endCol;
        return n;
    }

    static <T extends Node> T span(T n, Token from, Node to) {
        n.line = from.line;
        n.col = from.col;
        n.endLine = to.endLine;
        n.endCol = to.endCol;
        return n;
    }

    static <E> List<E> list() {
        return new ArrayList<>();
    }

    // ---- errors -------------------------------------------------------------------------------

    final PySyntaxError error(String type, String msg, int line, int offset, int endLine, int endOffset) {
        PySyntaxError e = new PySyntaxError(type, msg, line, offset, endLine, endOffset, false);
        e.text = lineText(line);
        return e;
    }

    final PySyntaxError errorAt(Token t, String msg) {
        return error("SyntaxError", msg, t.line, t.col, t.endLine, endOffset(t));
    }

    /** CPython gives INDENT, DEDENT and ENDMARKER no end position. */
    static int endOffset(Token t) {
        boolean marker = t.type == Token.Type.INDENT || t.type == Token.Type.DEDENT || t.type == Token.Type.ENDMARKER;
        return marker ? -1 : t.endCol;
    }

    final PySyntaxError errorAt(Node n, String msg) {
        return error("SyntaxError", msg, n.line, n.col, n.endLine, n.endCol);
    }

    final PySyntaxError errorRange(Node a, Node b, String msg) {
        return error("SyntaxError", msg, a.line, a.col, b.endLine, b.endCol);
    }

    final PySyntaxError errorRange(Token a, Node b, String msg) {
        return error("SyntaxError", msg, a.line, a.col, b.endLine, b.endCol);
    }

    /** CPython's generic failure: "invalid syntax", or an IndentationError when stuck at INDENT/DEDENT. */
    final PySyntaxError invalidSyntax() {
        Token t = peek();
        if (t.type == Token.Type.INDENT) {
            return error("IndentationError", "unexpected indent", t.line, t.col, t.line, -1);
        }
        if (t.type == Token.Type.DEDENT) {
            return error("IndentationError", "unexpected unindent", t.line, t.col, t.line, -1);
        }
        return errorAt(t, "invalid syntax");
    }

    final String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int s = lineStarts[line - 1];
        int e = src.indexOf('\n', s);
        return src.substring(s, e < 0 ? src.length() : e);
    }

    final void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = peek();
            throw error("RecursionError", "maximum recursion depth exceeded during compilation", t.line, t.col,
                t.line, t.col);
        }
    }

    final void leave() {
        depth--;
    }
}
