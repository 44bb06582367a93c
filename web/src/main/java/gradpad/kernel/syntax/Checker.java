package gradpad.kernel.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The SyntaxErrors CPython raises after parsing, from its symbol table ({@link Symtable}) and
 * compiler, with the same messages and in the same order: all symbol-table errors first, then
 * compiler errors in source order. Runs only on a tree that parsed.
 */
final class Checker {
    private static final String DEBUG = "__debug__";
    private final ParserBase p;

    Checker(ParserBase p) {
        this.p = p;
    }

    void check(Module m) {
        new Symtable(this).module(m.body);
        new Compiler().stmts(m.body);
    }

    /** For a lone expression: only the depth limit applies (as for CPython's eval compile). */
    static void checkDepth(Expr e) {
        new TreeWalker() {
        }.expr(e);
    }

    PySyntaxError err(Node n, String msg) {
        return p.error("SyntaxError", msg, n.line, n.col, n.endLine, n.endCol);
    }

    static List<Ast.Arg> allArgs(Ast.Arguments a) {
        List<Ast.Arg> all = new ArrayList<>(a.posonlyargs);
        all.addAll(a.args);
        if (a.vararg != null) {
            all.add(a.vararg);
        }
        all.addAll(a.kwonlyargs);
        if (a.kwarg != null) {
            all.add(a.kwarg);
        }
        return all;
    }

    /** Compiler checks: return/break/continue placement, starred expressions, repeated keywords. */
    private final class Compiler extends TreeWalker {
        private boolean inFunction;
        private int loops;
        private boolean deleting;
        /** The statement or expression being compiled: CPython locates some errors there. */
        private Node owner;

        @Override
        void function(Ast.Arguments args, List<Stmt> body, Expr lambdaBody) {
            for (Ast.Arg a : allArgs(args)) {
                if (a.arg.equals(DEBUG)) {
                    throw err(owner, "cannot assign to __debug__");
                }
            }
            boolean f = inFunction;
            int l = loops;
            inFunction = true;
            loops = 0;
            if (body != null) {
                stmts(body);
            } else {
                expr(lambdaBody);
            }
            inFunction = f;
            loops = l;
        }

        @Override
        void classBody(List<Stmt> body) {
            boolean f = inFunction;
            int l = loops;
            inFunction = false;
            loops = 0;
            stmts(body);
            inFunction = f;
            loops = l;
        }

        @Override
        void loopBody(List<Stmt> body) {
            loops++;
            stmts(body);
            loops--;
        }

        @Override
        void expr(Expr e) {
            if ((e instanceof Expr.Yield || e instanceof Expr.YieldFrom) && !inFunction) {
                throw err(e, "'yield' outside function");
            }
            Node saved = owner;
            owner = e;
            super.expr(e);
            owner = saved;
        }

        @Override
        void stmt(Stmt s) {
            Node saved = owner;
            owner = s;
            compile(s);
            owner = saved;
        }

        private void compile(Stmt s) {
            if (s instanceof Stmt.Delete) {
                deleting = true;
                super.stmt(s);
                deleting = false;
                return;
            }
            if (s instanceof Stmt.Return && !inFunction) {
                throw err(s, "'return' outside function");
            }
            if (s instanceof Stmt.Break && loops == 0) {
                throw err(s, "'break' outside loop");
            }
            if (s instanceof Stmt.Continue && loops == 0) {
                throw err(s, "'continue' not properly in loop");
            }
            super.stmt(s);
        }

        @Override
        void name(Expr.Name n, boolean store) {
            if (store && n.id.equals(DEBUG)) {
                throw err(n, deleting ? "cannot delete __debug__" : "cannot assign to __debug__");
            }
        }

        @Override
        void target(Expr t) {
            if (t instanceof Expr.Attribute && ((Expr.Attribute) t).attr.equals(DEBUG)) {
                throw err(t, deleting ? "cannot delete __debug__" : "cannot assign to __debug__");
            }
            if (t instanceof Expr.Starred) {
                throw err(t, "starred assignment target must be in a list or tuple");
            }
            List<Expr> elts = t instanceof Expr.Tuple ? ((Expr.Tuple) t).elts
                : t instanceof Expr.ListExpr ? ((Expr.ListExpr) t).elts : null;
            if (elts != null) {
                boolean seen = false;
                for (Expr e : elts) {
                    if (e instanceof Expr.Starred) {
                        if (seen) {
                            throw err(t, "multiple starred expressions in assignment");
                        }
                        seen = true;
                    }
                }
            }
            super.target(t);
        }

        @Override
        void starred(Expr.Starred s, boolean allowed) {
            if (!allowed) {
                throw err(s, "can't use starred expression here");
            }
            super.starred(s, allowed);
        }

        @Override
        void keywords(List<Ast.Keyword> kws) {
            for (int i = 0; i < kws.size(); i++) {
                String a = kws.get(i).arg;
                if (DEBUG.equals(a)) {
                    throw err(owner, "cannot assign to __debug__");
                }
                for (int j = 0; j < i && a != null; j++) {
                    if (a.equals(kws.get(j).arg)) {
                        throw err(kws.get(i), "keyword argument repeated: " + a);
                    }
                }
            }
            super.keywords(kws);
        }
    }
}
