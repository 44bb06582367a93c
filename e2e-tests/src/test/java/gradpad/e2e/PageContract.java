package gradpad.e2e;

/** The page's testing contract (DESIGN.md): stable hooks the tests rely on. */
final class PageContract {
    private PageContract() {
    }

    /** CSS selector of cell {@code index} (0-based). */
    static String cell(int index) {
        return "[data-testid=cell][data-cell-index=\"" + index + "\"]";
    }
}
