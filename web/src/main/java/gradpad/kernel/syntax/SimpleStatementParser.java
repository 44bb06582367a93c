package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.Name;
import gradpad.kernel.syntax.Expr.Tuple;
import java.util.List;

/** Simple statements: expression statements, (augmented/annotated) assignment, del, return, import, ... */
class SimpleStatementParser extends ExpressionParser {

    SimpleStatementParser(List<Token> tokens, String src, int[] lineStarts) {
        super(tokens, src, lineStarts);
    }

    /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE. */
    final void simpleStmts(List<Stmt> out) {
        for (;;) {
            out.add(simpleStmt());
            if (!match(";") || checkType(Token.Type.NEWLINE)) {
                break;
            }
        }
        if (!checkType(Token.Type.NEWLINE)) {
            throw invalidSyntax();
        }
        advance();
    }

    // ---- simple statements --------------------------------------------------------------------

    private Stmt simpleStmt() {
        Token t = peek();
        if (t.type == Token.Type.NAME) {
            switch (t.text) {
                case "pass":
                    advance();
                    return finish(new Stmt.Pass(), t);
                case "break":
                    advance();
                    return finish(new Stmt.Break(), t);
                case "continue":
                    advance();
                    return finish(new Stmt.Continue(), t);
                case "return": {
                    advance();
                    Expr v = startsExpression(peek()) ? starExpressions() : null;
                    return finish(new Stmt.Return(v), t);
                }
                case "raise": {
                    advance();
                    Expr exc = null;
                    Expr cause = null;
                    if (startsExpression(peek())) {
                        exc = expression();
                        if (match("from")) {
                            cause = expression();
                        }
                    }
                    return finish(new Stmt.Raise(exc, cause), t);
                }
                case "global":
                case "nonlocal": {
                    advance();
                    List<String> names = list();
                    do {
                        names.add(mangle(expectName().text));
                    } while (match(","));
                    return finish(t.text.equals("global") ? new Stmt.Global(names) : new Stmt.Nonlocal(names), t);
                }
                case "del":
                    return delStmt();
                case "assert": {
                    advance();
                    Expr test = expression();
                    Expr msg = match(",") ? expression() : null;
                    return finish(new Stmt.Assert(test, msg), t);
                }
                case "import":
                    return new Imports(this).importName();
                case "from":
                    return new Imports(this).importFrom();
                default:
                    break;
            }
        }
        return expressionStatement();
    }

    private Stmt delStmt() {
        Token t = advance();
        Expr e = starExpressions();
        List<Expr> targets = list();
        if (e instanceof Tuple && !((Tuple) e).parenthesized) {
            targets.addAll(((Tuple) e).elts);
        } else {
            targets.add(e);
        }
        Expr bad = Targets.invalidTarget(e, Targets.DEL);
        if (bad != null) {
            throw errorAt(bad, "cannot delete " + Targets.exprName(bad));
        }
        if (!check(";") && !checkType(Token.Type.NEWLINE)) {
            throw invalidSyntax();
        }
        return finish(new Stmt.Delete(targets), t);
    }

    private Expr starExpressionsOrYield() {
        return check("yield") ? yieldExpr() : starExpressions();
    }

    private static Expr.Operator augOp(Token t) {
        if (t.type != Token.Type.OP || t.text.length() < 2 || !t.text.endsWith("=")) {
            return null;
        }
        switch (t.text) {
            case "+=": return Expr.Operator.Add;
            case "-=": return Expr.Operator.Sub;
            case "*=": return Expr.Operator.Mult;
            case "@=": return Expr.Operator.MatMult;
            case "/=": return Expr.Operator.Div;
            case "%=": return Expr.Operator.Mod;
            case "&=": return Expr.Operator.BitAnd;
            case "|=": return Expr.Operator.BitOr;
            case "^=": return Expr.Operator.BitXor;
            case "<<=": return Expr.Operator.LShift;
            case ">>=": return Expr.Operator.RShift;
            case "**=": return Expr.Operator.Pow;
            case "//=": return Expr.Operator.FloorDiv;
            default: return null;
        }
    }

    private static boolean isSingleTarget(Expr e) {
        return e instanceof Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
    }

    /** Expression statement, assignment chain, augmented or annotated assignment. */
    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = starExpressionsOrYield();
        if (check("=")) {
            List<Expr> targets = list();
            targets.add(first);
            Expr value;
            for (;;) {
                advance();
                Expr v = starExpressionsOrYield();
                if (!check("=")) {
                    value = v;
                    break;
                }
                targets.add(v);
            }
            new AssignmentCheck(this).check(targets, value);
            return finish(new Stmt.Assign(targets, value), start);
        }
        Expr.Operator aug = augOp(peek());
        if (aug != null) {
            if (!isSingleTarget(first)) {
                throw errorAt(first, "'" + Targets.exprName(first) + "' is an illegal expression for augmented assignment");
            }
            advance();
            Expr value = starExpressionsOrYield();
            return finish(new Stmt.AugAssign(first, aug, value), start);
        }
        if (check(":")) {
            if (first instanceof Tuple && !((Tuple) first).parenthesized) {
                throw errorAt(((Tuple) first).elts.get(0), "only single target (not tuple) can be annotated");
            }
            if (first instanceof Tuple || first instanceof Expr.ListExpr) {
                throw errorAt(first, "only single target (not " + Targets.exprName(first) + ") can be annotated");
            }
            if (!isSingleTarget(first)) {
                throw errorAt(first, "illegal target for annotation");
            }
            advance();
            Expr annotation = expression();
            Expr value = match("=") ? starExpressionsOrYield() : null;
            boolean simple = first instanceof Name && !start.is("(");
            return finish(new Stmt.AnnAssign(first, annotation, value, simple), start);
        }
        return finish(new Stmt.ExprStmt(first), start);
    }
}
