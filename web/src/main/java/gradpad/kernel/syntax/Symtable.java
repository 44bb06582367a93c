package gradpad.kernel.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of CPython's symtable.c: duplicate parameters, global/nonlocal declared after use,
 * nonlocal at module level or without an enclosing binding, yield inside a comprehension. Builds
 * one {@link Scope} per module/def/lambda/class while walking, then resolves nonlocal names.
 */
final class Symtable extends TreeWalker {
    private static final int MODULE = 0;
    private static final int FUNCTION = 1;
    private static final int CLASS = 2;

    private static final class Scope {
        final int kind;
        final Scope parent;
        final List<Scope> children = new ArrayList<>();
        final List<String> params = new ArrayList<>();
        final List<String> assigned = new ArrayList<>();
        final List<String> used = new ArrayList<>();
        final List<String> globals = new ArrayList<>();
        final List<String> nonlocals = new ArrayList<>();
        final List<Stmt> nonlocalStmts = new ArrayList<>();

        Scope(int kind, Scope parent) {
            this.kind = kind;
            this.parent = parent;
            if (parent != null) {
                parent.children.add(this);
            }
        }

        boolean isLocal(String name) {
            return (params.contains(name) || assigned.contains(name)) && !globals.contains(name)
                && !nonlocals.contains(name);
        }
    }

    private final Checker checker;
    private Scope cur;
    /** Set while inside a comprehension's own scope: "list comprehension", ... */
    private String comprehension;

    Symtable(Checker checker) {
        this.checker = checker;
    }

    void module(List<Stmt> body) {
        Scope top = new Scope(MODULE, null);
        cur = top;
        stmts(body);
        analyze(top, new ArrayList<>());
    }

    /** CPython's analysis pass: a nonlocal name must be local to an enclosing function. */
    private void analyze(Scope s, List<String> bound) {
        for (Stmt st : s.nonlocalStmts) {
            for (String n : ((Stmt.Nonlocal) st).names) {
                if (!bound.contains(n)) {
                    throw checker.err(st, "no binding for nonlocal '" + n + "' found");
                }
            }
        }
        List<String> inner = bound;
        if (s.kind == FUNCTION) {
            inner = new ArrayList<>(bound);
            for (String n : s.params) {
                if (s.isLocal(n)) {
                    inner.add(n);
                }
            }
            for (String n : s.assigned) {
                if (s.isLocal(n)) {
                    inner.add(n);
                }
            }
        }
        for (Scope c : s.children) {
            analyze(c, inner);
        }
    }

    @Override
    void function(Ast.Arguments args, List<Stmt> body, Expr lambdaBody) {
        Scope saved = cur;
        String savedComp = comprehension;
        cur = new Scope(FUNCTION, saved);
        comprehension = null;
        for (Ast.Arg arg : Checker.allArgs(args)) {
            if (cur.params.contains(arg.arg)) {
                throw checker.err(arg, "duplicate argument '" + arg.arg + "' in function definition");
            }
            cur.params.add(arg.arg);
        }
        if (body != null) {
            stmts(body);
        } else {
            expr(lambdaBody);
        }
        cur = saved;
        comprehension = savedComp;
    }

    @Override
    void classBody(List<Stmt> body) {
        Scope saved = cur;
        cur = new Scope(CLASS, saved);
        stmts(body);
        cur = saved;
    }

    private void bind(String name) {
        cur.assigned.add(name);
    }

    @Override
    void stmt(Stmt s) {
        if (s instanceof Stmt.Nonlocal && cur.kind == MODULE) {
            throw checker.err(s, "nonlocal declaration not allowed at module level");
        }
        if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            boolean global = s instanceof Stmt.Global;
            List<String> names = global ? ((Stmt.Global) s).names : ((Stmt.Nonlocal) s).names;
            String kind = global ? "global" : "nonlocal";
            for (String n : names) {
                if (cur.params.contains(n)) {
                    throw checker.err(s, "name '" + n + "' is parameter and " + kind);
                }
                if (cur.assigned.contains(n)) {
                    throw checker.err(s, "name '" + n + "' is assigned to before " + kind + " declaration");
                }
                if (cur.used.contains(n)) {
                    throw checker.err(s, "name '" + n + "' is used prior to " + kind + " declaration");
                }
                (global ? cur.globals : cur.nonlocals).add(n);
            }
            if (!global) {
                cur.nonlocalStmts.add(s);
            }
        } else if (s instanceof Stmt.FunctionDef) {
            super.stmt(s);
            bind(((Stmt.FunctionDef) s).name);
            return;
        } else if (s instanceof Stmt.ClassDef) {
            super.stmt(s);
            bind(((Stmt.ClassDef) s).name);
            return;
        } else if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
            List<Ast.Alias> names = s instanceof Stmt.Import ? ((Stmt.Import) s).names : ((Stmt.ImportFrom) s).names;
            for (Ast.Alias a : names) {
                String n = a.asname != null ? a.asname : a.name;
                int dot = n.indexOf('.');
                bind(dot >= 0 ? n.substring(0, dot) : n);
            }
        } else if (s instanceof Stmt.Try) {
            for (Ast.ExceptHandler h : ((Stmt.Try) s).handlers) {
                if (h.name != null) {
                    bind(h.name);
                }
            }
        }
        super.stmt(s);
    }

    @Override
    void name(Expr.Name n, boolean store) {
        (store ? cur.assigned : cur.used).add(n.id);
    }

    @Override
    void expr(Expr e) {
        if ((e instanceof Expr.Yield || e instanceof Expr.YieldFrom) && comprehension != null) {
            throw checker.err(e, "'yield' inside " + comprehension);
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
