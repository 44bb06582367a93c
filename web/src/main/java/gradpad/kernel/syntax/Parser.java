package gradpad.kernel.syntax;

import java.util.List;

/**
 * Entry points: source text to a {@link Module} (or one expression), raising {@link PySyntaxError}
 * exactly where CPython 3.11's {@code compile(src, '<cell>', 'exec')} would.
 *
 * <p>Error priority follows CPython: a tokenizer error anywhere in the cell beats any parser error
 * (CPython re-tokenizes the rest of the source after a failed parse), except "'(' was never closed",
 * which wins only if the parser got past the line of that bracket; errors from the symbol table and
 * compiler ({@code 'return' outside function}, ...) come only after a successful parse.
 */
public final class Parser {
    private Parser() {
    }

    public static Module parse(String source) {
        StatementParser p = parserFor(source);
        List<Stmt> body;
        try {
            body = p.file();
        } catch (PySyntaxError e) {
            throw resolve(p, e);
        }
        Module m = new Module(body);
        new Checker(p).check(m);
        return m;
    }

    /** Parses one expression, like {@code eval} input: {@code a, b} gives a Tuple. */
    public static Expr parseExpression(String source) {
        StatementParser p = parserFor(source);
        try {
            Expr e = p.starExpressions();
            while (p.checkType(Token.Type.NEWLINE)) {
                p.advance();
            }
            if (!p.checkType(Token.Type.ENDMARKER)) {
                throw p.invalidSyntax();
            }
            Checker.checkDepth(e);
            return e;
        } catch (PySyntaxError e) {
            throw resolve(p, e);
        }
    }

    private static StatementParser parserFor(String source) {
        String src = Tokenizer.normalize(source);
        int[] lineStarts = Tokenizer.lineStarts(src);
        List<Token> tokens = new Tokenizer(src, lineStarts, 0, src.length(), false).run();
        Token last = tokens.get(tokens.size() - 1);
        if (last.type == Token.Type.ERROR && !last.eofInBrackets) {
            throw last.error;
        }
        return new StatementParser(tokens, src, lineStarts);
    }

    /** The error CPython would report, given the parser's own error and an unclosed bracket, if any. */
    private static PySyntaxError resolve(StatementParser p, PySyntaxError e) {
        List<Token> tokens = p.tokens;
        Token last = tokens.get(tokens.size() - 1);
        if (last.type != Token.Type.ERROR || e == last.error || "RecursionError".equals(e.pythonType)) {
            return e;
        }
        Token furthest = tokens.get(Math.min(p.furthest, tokens.size() - 1));
        if (furthest.type == Token.Type.ERROR || furthest.line > last.error.line) {
            return last.error;
        }
        return e;
    }
}
