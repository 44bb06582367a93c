package gradpad.e2e;

/** The page's testing contract (DESIGN.md): stable hooks the tests rely on. */
final class PageContract {
    private PageContract() {
    }

    /** CSS selector of cell {@code index} (0-based). */
    static String cell(int index) {
        return "[data-testid=cell][data-cell-index=\"" + index + "\"]";
    }

    /** JavaScript expression: the notebook's code cells, in order. */
    static final String CODE_CELLS = "Array.prototype.slice.call(document.querySelectorAll('[data-testid=cell][data-cell-type=code]'))";

    /** JavaScript expression: every code cell's source, joined by U+0001 (a character no cell holds). */
    static final String CODE_SOURCES = CODE_CELLS
            + ".map(function (c) { return c.querySelector('[data-testid=cell-source]').value; }).join('\\u0001')";

    /** JavaScript expression: every code cell's output text, joined by U+0001. */
    static final String CODE_OUTPUTS = CODE_CELLS
            + ".map(function (c) { return c.querySelector('[data-testid=cell-output]').textContent; }).join('\\u0001')";

    /** JavaScript expression: every cell as "type:source", joined by U+0001. */
    static final String CELLS = "Array.prototype.slice.call(document.querySelectorAll('[data-testid=cell]'))"
            + ".map(function (c) { return c.getAttribute('data-cell-type') + ':'"
            + " + c.querySelector('[data-testid=cell-source]').value; }).join('\\u0001')";

    static java.util.List<String> split(Object joined) {
        return java.util.Arrays.asList(((String) joined).split("\u0001", -1));
    }
}
