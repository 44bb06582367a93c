package gradpad.kernel.syntax;

/** Small helpers shared by the syntax tests. */
final class SyntaxCorpusTestSupport {
    private SyntaxCorpusTestSupport() {
    }

    static String quoted(String s) {
        return AstDump.quote(s);
    }
}
