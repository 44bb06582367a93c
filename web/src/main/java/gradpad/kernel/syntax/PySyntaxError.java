package gradpad.kernel.syntax;

/**
 * A Python compile-time error, as CPython 3.11's {@code compile(src, '<cell>', 'exec')} raises it.
 * {@link #pythonType} is the Python class name: {@code SyntaxError}, {@code IndentationError},
 * {@code TabError} or (for absurdly deep nesting) {@code RecursionError}. {@link #offset} is 1-based
 * like {@code SyntaxError.offset}; {@link #text} is the source line, for caret displays.
 */
public final class PySyntaxError extends RuntimeException {
    public final String pythonType;
    public final String msg;
    public final int line;
    public final int offset;
    public final int endLine;
    public final int endOffset;
    public String text;
    /**
     * Set for errors raised while reading tokens or literals: they are never undone by the parser's
     * speculative attempts (CPython raises them as soon as it meets them).
     */
    final boolean fromTokenizer;
    /** A string-literal error: inside an f-string field it gets CPython's "f-string: " prefix. */
    boolean fromString;

    PySyntaxError(String pythonType, String msg, int line, int offset, int endLine, int endOffset,
                  boolean fromTokenizer) {
        super(pythonType + ": " + msg + " (line " + line + ")", null, false, false);
        this.pythonType = pythonType;
        this.msg = msg;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
        this.fromTokenizer = fromTokenizer;
    }

    static PySyntaxError syntax(String msg, int line, int offset, int endLine, int endOffset) {
        return new PySyntaxError("SyntaxError", msg, line, offset, endLine, endOffset, false);
    }

    PySyntaxError withMessage(String type, String newMsg, int newOffset, int newEndOffset) {
        PySyntaxError e = new PySyntaxError(type, newMsg, line, newOffset, endLine, newEndOffset, fromTokenizer);
        e.text = text;
        return e;
    }

    /** Python's {@code str()} of a SyntaxError without a file name: {@code msg (<cell>, line N)}. */
    public String describe() {
        return pythonType + ": " + msg + " (line " + line + ")";
    }
}
