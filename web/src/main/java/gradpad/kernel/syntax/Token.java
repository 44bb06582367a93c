package gradpad.kernel.syntax;

/** One token. Positions follow {@link Node}: 1-based line and column, {@code endCol} exclusive. */
public final class Token {
    public enum Type { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, ERROR }

    public final Type type;
    public final String text;
    public final int line;
    public final int col;
    public final int endLine;
    public final int endCol;
    /** Bracket depth after this token (CPython's {@code tok->level}); the comma hint needs it. */
    final int level;
    /** Source offsets of the token text. */
    final int start;
    final int end;
    /** For ERROR tokens: the error to raise when the parser reaches this token. */
    final PySyntaxError error;
    /** For ERROR tokens: end of input inside brackets ("'(' was never closed"). */
    final boolean eofInBrackets;

    Token(Type type, String text, int line, int col, int endLine, int endCol, int level, int start, int end,
          PySyntaxError error, boolean eofInBrackets) {
        this.type = type;
        this.text = text;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.level = level;
        this.start = start;
        this.end = end;
        this.error = error;
        this.eofInBrackets = eofInBrackets;
    }

    boolean is(String op) {
        return (type == Type.OP || type == Type.NAME) && text.equals(op);
    }

    @Override
    public String toString() {
        return type + " " + text + " " + line + ":" + col;
    }
}
