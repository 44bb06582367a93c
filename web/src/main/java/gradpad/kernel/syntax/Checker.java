package gradpad.kernel.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The SyntaxErrors CPython raises after parsing, from its symbol table and compiler: names of the
 * same messages, in the same order (all symbol-table errors first, then compiler errors in source
 * order). Runs only on a tree that parsed.
 */
final class Checker {
    private final ParserBase p;

    Checker(ParserBase p) {
        this.p = p;
    }

    void check(Module m) {
        new Symtable().module(m.body);
        new Compiler().stmts(m.body);
    }

    /** For a lone expression: only the depth limit applies (as for CPython's eval compile). */
    static void checkDepth(Expr e) {
        new TreeWalker() {
        }.expr(e);
    }

    private PySyntaxError err(Node n, String msg) {
        return p.error("SyntaxError", msg, n.line, n.col, n.endLine, n.endCol);
    }

    /** Symbol-table checks: where yield/nonlocal/global may appear, duplicate parameters. */
    private final class Symtable extends TreeWalker {
        /** 0 = module, 1 = function, 2 = class. */
        private int scope;
        private final List<String> assigned = new ArrayList<>();
        private final List<String> used = new ArrayList<>();
        private final List<String> params = new ArrayList<>();

        void module(List<Stmt> body) {
            scope = 0;
            stmts(body);
        }

        @Override
        void function(Ast.Arguments args, List<Stmt> body, Expr lambdaBody) {
            int savedScope = scope;
            List<String> a = new ArrayList<>(assigned);
            List<String> u = new ArrayList<>(used);
            List<String> ps = new ArrayList<>(params);
            assigned.clear();
            used.clear();
            params.clear();
            scope = 1;
            for (Ast.Arg arg : allArgs(args)) {
                if (params.contains(arg.arg)) {
                    throw err(arg, "duplicate argument '" + arg.arg + "' in function definition");
                }
                params.add(arg.arg);
            }
            if (body != null) {
                stmts(body);
            } else {
                expr(lambdaBody);
            }
            scope = savedScope;
            assigned.clear();
            assigned.addAll(a);
            used.clear();
            used.addAll(u);
            params.clear();
            params.addAll(ps);
        }

        @Override
        void classBody(List<Stmt> body) {
            int savedScope = scope;
            scope = 2;
            stmts(body);
            scope = savedScope;
        }

        @Override
        void stmt(Stmt s) {
            if (s instanceof Stmt.Nonlocal && scope == 0) {
                throw err(s, "nonlocal declaration not allowed at module level");
            }
            if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
                boolean global = s instanceof Stmt.Global;
                List<String> names = global ? ((Stmt.Global) s).names : ((Stmt.Nonlocal) s).names;
                String kind = global ? "global" : "nonlocal";
                for (String n : names) {
                    if (params.contains(n)) {
                        throw err(s, "name '" + n + "' is parameter and " + kind);
                    }
                    if (assigned.contains(n)) {
                        throw err(s, "name '" + n + "' is assigned to before " + kind + " declaration");
                    }
                    if (used.contains(n)) {
                        throw err(s, "name '" + n + "' is used prior to " + kind + " declaration");
                    }
                }
            }
            super.stmt(s);
        }

        @Override
        void name(Expr.Name n, boolean store) {
            (store ? assigned : used).add(n.id);
        }

        /** Set while inside a comprehension's own scope: "list comprehension", ... */
        private String comprehension;

        @Override
        void expr(Expr e) {
            if ((e instanceof Expr.Yield || e instanceof Expr.YieldFrom) && comprehension != null) {
                throw err(e, "'yield' inside " + comprehension);
            }
            List<Ast.Comprehension> gens = null;
            String kind = null;
            if (e instanceof Expr.ListComp) {
                gens = ((Expr.ListComp) e).generators;
                kind = "list comprehension";
            } else if (e instanceof Expr.SetComp) {
                gens = ((Expr.SetComp) e).generators;
                kind = "set comprehension";
            } else if (e instanceof Expr.DictComp) {
                gens = ((Expr.DictComp) e).generators;
                kind = "dict comprehension";
            } else if (e instanceof Expr.GeneratorExp) {
                gens = ((Expr.GeneratorExp) e).generators;
                kind = "generator expression";
            }
            if (gens == null) {
                super.expr(e);
                return;
            }
            // The first iterable is evaluated outside; everything else runs in the comprehension's scope.
            expr(gens.get(0).iter);
            String saved = comprehension;
            comprehension = kind;
            for (int i = 0; i < gens.size(); i++) {
                Ast.Comprehension c = gens.get(i);
                if (i > 0) {
                    expr(c.iter);
                }
                target(c.target);
                for (Expr cond : c.ifs) {
                    expr(cond);
                }
            }
            if (e instanceof Expr.DictComp) {
                expr(((Expr.DictComp) e).key);
                expr(((Expr.DictComp) e).value);
            } else if (e instanceof Expr.ListComp) {
                expr(((Expr.ListComp) e).elt);
            } else if (e instanceof Expr.SetComp) {
                expr(((Expr.SetComp) e).elt);
            } else {
                expr(((Expr.GeneratorExp) e).elt);
            }
            comprehension = saved;
        }
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

        @Override
        void function(Ast.Arguments args, List<Stmt> body, Expr lambdaBody) {
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
            super.expr(e);
        }

        @Override
        void stmt(Stmt s) {
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
        void target(Expr t) {
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
