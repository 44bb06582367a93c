package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.Name;

/**
 * CPython 3.11's second-pass hints for two expressions side by side or a stray '=':
 * "Perhaps you forgot a comma?", "Missing parentheses in call to 'print'", "Maybe you meant '=='".
 * Each tries a speculative parse (with hints switched off) and rewinds when it does not apply.
 */
final class Hints {
    private final ExpressionParser p;

    Hints(ExpressionParser p) {
        this.p = p;
    }

    /** {@code a = b} where an p.expression is expected: CPython suggests '==' (or ':=' for a bare name). */
    void invalidNamedAssignment(Expr a, int startIdx) {
        boolean bareName = a instanceof Name && p.pos == startIdx + 1;
        if (!bareName && (!Targets.isBitwiseOrLevel(a) || Targets.startsWithDisplayOrSingleton(a))) {
            return;
        }
        int save = p.pos;
        p.advance();
        Expr b = attempt(p::bitwiseOr);
        if (b == null || p.check("=") || p.check(":=")) {
            p.pos = save;
            return;
        }
        if (bareName) {
            throw p.errorRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        throw p.errorAt(a, "cannot assign to " + Targets.exprName(a) + " here. Maybe you meant '==' instead of '='?");
    }

    /**
     * Parses one rule with the invalid_* rules off, as CPython's second pass does; a syntax error
     * (not the tokenizer's) gives null with the position restored.
     */
    private Expr attempt(java.util.function.Supplier<Expr> rule) {
        int save = p.pos;
        p.noInvalid++;
        try {
            return rule.get();
        } catch (PySyntaxError e) {
            if (e.fromTokenizer) {
                throw e;
            }
            p.pos = save;
            return null;
        } finally {
            p.noInvalid--;
        }
    }

    /** Tokens that can start an p.expression but cannot continue the one before them. */
    private boolean startsJuxtaposed(Token t) {
        if (t.type == Token.Type.OP) {
            return t.text.equals("{") || t.text.equals("~") || t.text.equals("...");
        }
        return p.startsExpression(t);
    }

    /** invalid_expression / invalid_legacy_expression: two expressions side by side. */
    void invalidExpression(int startIdx, Expr a) {
        if (!startsJuxtaposed(p.peek())) {
            return;
        }
        Token first = p.tokens.get(startIdx);
        boolean bareName = a instanceof Name && p.pos == startIdx + 1;
        if (bareName && (first.text.equals("print") || first.text.equals("exec"))) {
            Expr b = attempt(p::starExpressions);
            if (b == null) {
                return;
            }
            String id = first.text;
            throw p.errorRange(a, b, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
        }
        boolean nameString = first.type == Token.Type.NAME && p.tokens.get(startIdx + 1).type == Token.Type.STRING;
        boolean softKeyword = first.type == Token.Type.NAME
            && (first.text.equals("match") || first.text.equals("case") || first.text.equals("_"));
        if (nameString || softKeyword) {
            return;
        }
        int save = p.pos;
        Expr b = attempt(p::expression);
        if (b == null) {
            return;
        }
        if (p.previous().level == 0) {
            p.pos = save;
            return;
        }
        throw p.errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
    }

}
