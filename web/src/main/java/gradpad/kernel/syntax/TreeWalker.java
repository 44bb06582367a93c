package gradpad.kernel.syntax;

import java.util.List;

/**
 * Walks a tree in CPython's compile order (decorators and defaults before bodies, values before
 * targets), with hooks for the post-parse checks in {@link Checker}.
 */
abstract class TreeWalker {

    void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    /** Hook: a def or lambda body (lambdaBody set for a lambda). */
    void function(Ast.Arguments args, List<Stmt> body, Expr lambdaBody) {
        if (body != null) {
            stmts(body);
        } else {
            expr(lambdaBody);
        }
    }

    void classBody(List<Stmt> body) {
        stmts(body);
    }

    void loopBody(List<Stmt> body) {
        stmts(body);
    }

    void name(Expr.Name n, boolean store) {
    }

    /** Hook: {@code target := value}. */
    void walrus(Expr.NamedExpr e) {
        expr(e.value);
        name(e.target, true);
    }

    /** Hook: a {@code yield} or {@code yield from} expression. */
    void yielded(Expr e) {
        if (e instanceof Expr.Yield) {
            optional(((Expr.Yield) e).value);
        } else {
            expr(((Expr.YieldFrom) e).value);
        }
    }

    void keywords(List<Ast.Keyword> kws) {
        for (Ast.Keyword k : kws) {
            expr(k.value);
        }
    }

    /** A starred expression; allowed inside displays and call arguments only. */
    void starred(Expr.Starred s, boolean allowed) {
        expr(s.value);
    }

    private void optional(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void elements(List<Expr> es) {
        for (Expr e : es) {
            if (e instanceof Expr.Starred) {
                starred((Expr.Starred) e, true);
            } else {
                expr(e);
            }
        }
    }

    private void signature(Ast.Arguments a) {
        exprs(a.defaults);
        exprs(a.kwDefaults);
        for (Ast.Arg arg : Checker.allArgs(a)) {
            optional(arg.annotation);
        }
    }

    void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef) {
            Stmt.FunctionDef f = (Stmt.FunctionDef) s;
            exprs(f.decorators);
            signature(f.args);
            optional(f.returns);
            function(f.args, f.body, null);
        } else if (s instanceof Stmt.ClassDef) {
            Stmt.ClassDef c = (Stmt.ClassDef) s;
            exprs(c.decorators);
            elements(c.bases);
            keywords(c.keywords);
            classBody(c.body);
        } else if (s instanceof Stmt.Return) {
            optional(((Stmt.Return) s).value);
        } else if (s instanceof Stmt.Delete) {
            for (Expr t : ((Stmt.Delete) s).targets) {
                target(t);
            }
        } else if (s instanceof Stmt.Assign) {
            Stmt.Assign a = (Stmt.Assign) s;
            expr(a.value);
            for (Expr t : a.targets) {
                target(t);
            }
        } else if (s instanceof Stmt.AugAssign) {
            Stmt.AugAssign a = (Stmt.AugAssign) s;
            target(a.target);
            expr(a.value);
        } else if (s instanceof Stmt.AnnAssign) {
            Stmt.AnnAssign a = (Stmt.AnnAssign) s;
            optional(a.value);
            target(a.target);
            expr(a.annotation);
        } else if (s instanceof Stmt.For) {
            Stmt.For f = (Stmt.For) s;
            expr(f.iter);
            target(f.target);
            loopBody(f.body);
            stmts(f.orelse);
        } else if (s instanceof Stmt.While) {
            Stmt.While w = (Stmt.While) s;
            expr(w.test);
            loopBody(w.body);
            stmts(w.orelse);
        } else if (s instanceof Stmt.If) {
            Stmt.If i = (Stmt.If) s;
            expr(i.test);
            stmts(i.body);
            stmts(i.orelse);
        } else if (s instanceof Stmt.With) {
            Stmt.With w = (Stmt.With) s;
            for (Ast.WithItem item : w.items) {
                expr(item.contextExpr);
                if (item.optionalVars != null) {
                    target(item.optionalVars);
                }
            }
            stmts(w.body);
        } else if (s instanceof Stmt.Raise) {
            optional(((Stmt.Raise) s).exc);
            optional(((Stmt.Raise) s).cause);
        } else if (s instanceof Stmt.Try) {
            Stmt.Try t = (Stmt.Try) s;
            stmts(t.body);
            for (Ast.ExceptHandler h : t.handlers) {
                optional(h.type);
                stmts(h.body);
            }
            stmts(t.orelse);
            stmts(t.finalbody);
        } else if (s instanceof Stmt.Assert) {
            expr(((Stmt.Assert) s).test);
            optional(((Stmt.Assert) s).msg);
        } else if (s instanceof Stmt.ExprStmt) {
            expr(((Stmt.ExprStmt) s).value);
        }
    }

    /** An expression in a store (or del) context. */
    void target(Expr t) {
        if (t instanceof Expr.Name) {
            name((Expr.Name) t, true);
        } else if (t instanceof Expr.Tuple || t instanceof Expr.ListExpr) {
            List<Expr> elts = t instanceof Expr.Tuple ? ((Expr.Tuple) t).elts : ((Expr.ListExpr) t).elts;
            for (Expr e : elts) {
                target(e instanceof Expr.Starred ? ((Expr.Starred) e).value : e);
            }
        } else if (t instanceof Expr.Attribute) {
            expr(((Expr.Attribute) t).value);
        } else if (t instanceof Expr.Subscript) {
            expr(((Expr.Subscript) t).value);
            expr(((Expr.Subscript) t).slice);
        } else if (t instanceof Expr.Starred) {
            target(((Expr.Starred) t).value);
        } else {
            expr(t);
        }
    }

    private void comprehension(List<Ast.Comprehension> gens) {
        for (Ast.Comprehension c : gens) {
            expr(c.iter);
            target(c.target);
            exprs(c.ifs);
        }
    }

    /** Current expression nesting; like CPython's compiler, refuse trees too deep to walk safely. */
    private int level;

    void expr(Expr e) {
        if (++level > ParserBase.MAX_DEPTH) {
            PySyntaxError err = new PySyntaxError("RecursionError", "maximum recursion depth exceeded during compilation",
                e.line, e.col, e.endLine, e.endCol, false);
            throw err;
        }
        try {
            walk(e);
        } finally {
            level--;
        }
    }

    private void walk(Expr e) {
        if (e instanceof Expr.Name) {
            name((Expr.Name) e, false);
        } else if (e instanceof Expr.Starred) {
            starred((Expr.Starred) e, false);
        } else if (e instanceof Expr.BinOp) {
            expr(((Expr.BinOp) e).left);
            expr(((Expr.BinOp) e).right);
        } else if (e instanceof Expr.UnaryOp) {
            expr(((Expr.UnaryOp) e).operand);
        } else if (e instanceof Expr.BoolOp) {
            exprs(((Expr.BoolOp) e).values);
        } else if (e instanceof Expr.Compare) {
            expr(((Expr.Compare) e).left);
            exprs(((Expr.Compare) e).comparators);
        } else if (e instanceof Expr.Call) {
            Expr.Call c = (Expr.Call) e;
            expr(c.func);
            elements(c.args);
            keywords(c.keywords);
        } else if (e instanceof Expr.Attribute) {
            expr(((Expr.Attribute) e).value);
        } else if (e instanceof Expr.Subscript) {
            expr(((Expr.Subscript) e).value);
            Expr s = ((Expr.Subscript) e).slice;
            if (s instanceof Expr.Tuple) {
                elements(((Expr.Tuple) s).elts);
            } else {
                expr(s);
            }
        } else if (e instanceof Expr.Slice) {
            optional(((Expr.Slice) e).lower);
            optional(((Expr.Slice) e).upper);
            optional(((Expr.Slice) e).step);
        } else if (e instanceof Expr.Tuple) {
            elements(((Expr.Tuple) e).elts);
        } else if (e instanceof Expr.ListExpr) {
            elements(((Expr.ListExpr) e).elts);
        } else if (e instanceof Expr.Set) {
            elements(((Expr.Set) e).elts);
        } else if (e instanceof Expr.Dict) {
            exprs(((Expr.Dict) e).keys);
            exprs(((Expr.Dict) e).values);
        } else if (e instanceof Expr.ListComp) {
            comprehension(((Expr.ListComp) e).generators);
            expr(((Expr.ListComp) e).elt);
        } else if (e instanceof Expr.SetComp) {
            comprehension(((Expr.SetComp) e).generators);
            expr(((Expr.SetComp) e).elt);
        } else if (e instanceof Expr.GeneratorExp) {
            comprehension(((Expr.GeneratorExp) e).generators);
            expr(((Expr.GeneratorExp) e).elt);
        } else if (e instanceof Expr.DictComp) {
            comprehension(((Expr.DictComp) e).generators);
            expr(((Expr.DictComp) e).key);
            expr(((Expr.DictComp) e).value);
        } else if (e instanceof Expr.Lambda) {
            Expr.Lambda l = (Expr.Lambda) e;
            signature(l.args);
            function(l.args, null, l.body);
        } else if (e instanceof Expr.IfExp) {
            expr(((Expr.IfExp) e).test);
            expr(((Expr.IfExp) e).body);
            expr(((Expr.IfExp) e).orelse);
        } else if (e instanceof Expr.NamedExpr) {
            walrus((Expr.NamedExpr) e);
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            yielded(e);
        } else if (e instanceof Expr.JoinedStr) {
            exprs(((Expr.JoinedStr) e).values);
        } else if (e instanceof Expr.FormattedValue) {
            expr(((Expr.FormattedValue) e).value);
            if (((Expr.FormattedValue) e).formatSpec != null) {
                expr(((Expr.FormattedValue) e).formatSpec);
            }
        }
    }
}
