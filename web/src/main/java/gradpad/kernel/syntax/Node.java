package gradpad.kernel.syntax;

/**
 * Base of every AST node: its source span. Lines are 1-based; columns are 1-based too (Python's
 * {@code col_offset + 1}); {@code endCol} is exclusive (Python's {@code end_col_offset + 1}), so a
 * node covers [col, endCol). Columns count UTF-16 chars, which equal Python's for ASCII source.
 */
public abstract class Node {
    public int line;
    public int col;
    public int endLine;
    public int endCol;

    /** Copies the span of {@code other}; the parser uses it for nodes synthesised from a child. */
    final void copySpan(Node other) {
        line = other.line;
        col = other.col;
        endLine = other.endLine;
        endCol = other.endCol;
    }
}
