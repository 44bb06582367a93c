package gradpad.kernel.syntax;

import java.util.List;

/** Parameter lists of def (closed by ')') and lambda (closed by ':'), with CPython's messages. */
final class Parameters {
    private final ExpressionParser p;
    private final boolean lambda;
    private final String closer;

    Parameters(ExpressionParser p, boolean lambda) {
        this.p = p;
        this.lambda = lambda;
        this.closer = lambda ? ":" : ")";
    }

    private boolean atCloser() {
        return p.check(closer);
    }

    Ast.Arguments parse() {
        List<Ast.Arg> posonly = ParserBase.list();
        List<Ast.Arg> args = ParserBase.list();
        List<Expr> defaults = ParserBase.list();
        List<Ast.Arg> kwonly = ParserBase.list();
        List<Expr> kwDefaults = ParserBase.list();
        Ast.Arg vararg = null;
        Ast.Arg kwarg = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        while (!atCloser()) {
            Token t = p.peek();
            if (t.is("/") && t.type == Token.Type.OP) {
                p.advance();
                if (sawSlash) {
                    throw p.errorAt(t, "/ may appear only once");
                }
                if (sawStar) {
                    throw p.errorAt(t, "/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    throw p.errorAt(t, "at least one argument must precede /");
                }
                posonly.addAll(args);
                args.clear();
                sawSlash = true;
            } else if (t.is("*") && t.type == Token.Type.OP) {
                p.advance();
                if (sawStar) {
                    throw p.errorAt(t, "* argument may appear only once");
                }
                sawStar = true;
                if (p.check(",") || atCloser()) {
                    if (atCloser() || p.peek(1).is(closer) || p.peek(1).is("**")) {
                        // def reports at the '*'; lambda at the last token it looked at
                        throw p.errorAt(lambda ? (atCloser() ? p.peek() : p.peek(1)) : t,
                            "named arguments must follow bare *");
                    }
                } else {
                    vararg = param();
                    if (p.check("=")) {
                        throw p.errorAt(p.peek(), "var-positional argument cannot have default value");
                    }
                }
            } else if (t.is("**") && t.type == Token.Type.OP) {
                p.advance();
                kwarg = param();
                if (p.check("=")) {
                    throw p.errorAt(p.peek(), "var-keyword argument cannot have default value");
                }
                if (p.match(",") && !atCloser()) {
                    Token n = p.peek();
                    if (p.checkName() || n.is("*") || n.is("**") || n.is("/")) {
                        throw p.errorAt(n, "arguments cannot follow var-keyword argument");
                    }
                }
                break;
            } else if (t.is("(") && t.type == Token.Type.OP) {
                parenthesizedParams(t);
                throw p.invalidSyntax();
            } else {
                Ast.Arg a = param();
                Expr d = null;
                if (p.check("=")) {
                    Token eq = p.advance();
                    if (p.check(",") || atCloser()) {
                        throw p.errorAt(eq, "expected default value expression");
                    }
                    d = p.expression();
                }
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(d);
                } else {
                    if (d != null) {
                        defaults.add(d);
                    } else if (!defaults.isEmpty()) {
                        throw p.errorAt(a, "non-default argument follows default argument");
                    }
                    args.add(a);
                }
            }
            if (!p.match(",")) {
                break;
            }
        }
        return new Ast.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** {@code def f((a, b))}: a Python 2 habit that CPython 3.11 names. */
    private void parenthesizedParams(Token open) {
        int save = p.pos;
        p.advance();
        boolean ok = p.checkName();
        while (ok && p.checkName()) {
            p.advance();
            if (!p.match(",")) {
                break;
            }
        }
        if (ok && p.check(")")) {
            Token close = p.peek();
            throw p.error("SyntaxError", (lambda ? "Lambda expression" : "Function") + " parameters cannot be parenthesized",
                open.line, open.col, close.endLine, close.endCol);
        }
        p.pos = save;
    }

    /** param: NAME [':' expression] (no annotation in a lambda). */
    private Ast.Arg param() {
        Token n = p.expectName();
        Expr annotation = null;
        if (!lambda && p.match(":")) {
            annotation = p.expression();
        }
        return p.finish(new Ast.Arg(p.mangle(n.text), annotation), n);
    }
}
