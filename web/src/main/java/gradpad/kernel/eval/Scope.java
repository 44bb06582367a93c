package gradpad.kernel.eval;

import gradpad.kernel.syntax.Ast;
import gradpad.kernel.syntax.Expr;
import gradpad.kernel.syntax.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which names a function body binds locally, as Python decides at compile time: parameters and
 * every assignment target, unless declared {@code global} or {@code nonlocal}. Nested defs,
 * classes, lambdas and comprehensions are their own scopes and are not entered.
 */
final class Scope {
    final Set<String> locals = new HashSet<>();
    final Set<String> globals = new HashSet<>();
    final Set<String> nonlocals = new HashSet<>();
    /** Whether the body contains {@code yield}: calling it then makes a {@link Generator}. */
    boolean generator;

    static Scope ofFunction(Ast.Arguments args, List<Stmt> body) {
        Scope s = new Scope();
        for (Ast.Arg a : args.posonlyargs) {
            s.locals.add(a.arg);
        }
        for (Ast.Arg a : args.args) {
            s.locals.add(a.arg);
        }
        for (Ast.Arg a : args.kwonlyargs) {
            s.locals.add(a.arg);
        }
        if (args.vararg != null) {
            s.locals.add(args.vararg.arg);
        }
        if (args.kwarg != null) {
            s.locals.add(args.kwarg.arg);
        }
        s.block(body);
        s.locals.removeAll(s.globals);
        s.locals.removeAll(s.nonlocals);
        return s;
    }

    boolean isLocal(String name) {
        return locals.contains(name);
    }

    private void block(List<Stmt> body) {
        for (Stmt st : body) {
            stmt(st);
        }
    }

    private void stmt(Stmt st) {
        if (st instanceof Stmt.Assign) {
            for (Expr t : ((Stmt.Assign) st).targets) {
                target(t);
            }
            expr(((Stmt.Assign) st).value);
        } else if (st instanceof Stmt.AugAssign) {
            target(((Stmt.AugAssign) st).target);
            expr(((Stmt.AugAssign) st).value);
        } else if (st instanceof Stmt.AnnAssign) {
            if (((Stmt.AnnAssign) st).value != null) {
                target(((Stmt.AnnAssign) st).target);
                expr(((Stmt.AnnAssign) st).value);
            }
        } else if (st instanceof Stmt.For) {
            Stmt.For f = (Stmt.For) st;
            target(f.target);
            expr(f.iter);
            block(f.body);
            block(f.orelse);
        } else if (st instanceof Stmt.While) {
            expr(((Stmt.While) st).test);
            block(((Stmt.While) st).body);
            block(((Stmt.While) st).orelse);
        } else if (st instanceof Stmt.If) {
            expr(((Stmt.If) st).test);
            block(((Stmt.If) st).body);
            block(((Stmt.If) st).orelse);
        } else if (st instanceof Stmt.With) {
            for (Ast.WithItem item : ((Stmt.With) st).items) {
                expr(item.contextExpr);
                if (item.optionalVars != null) {
                    target(item.optionalVars);
                }
            }
            block(((Stmt.With) st).body);
        } else if (st instanceof Stmt.Try) {
            Stmt.Try t = (Stmt.Try) st;
            block(t.body);
            for (Ast.ExceptHandler h : t.handlers) {
                if (h.name != null) {
                    locals.add(h.name);
                }
                block(h.body);
            }
            block(t.orelse);
            block(t.finalbody);
        } else if (st instanceof Stmt.FunctionDef) {
            locals.add(((Stmt.FunctionDef) st).name);
        } else if (st instanceof Stmt.ClassDef) {
            locals.add(((Stmt.ClassDef) st).name);
        } else if (st instanceof Stmt.Import) {
            for (Ast.Alias a : ((Stmt.Import) st).names) {
                locals.add(a.asname != null ? a.asname : (a.name.indexOf('.') >= 0 ? a.name.substring(0, a.name.indexOf('.')) : a.name));
            }
        } else if (st instanceof Stmt.ImportFrom) {
            for (Ast.Alias a : ((Stmt.ImportFrom) st).names) {
                locals.add(a.asname != null ? a.asname : a.name);
            }
        } else if (st instanceof Stmt.Global) {
            globals.addAll(((Stmt.Global) st).names);
        } else if (st instanceof Stmt.Nonlocal) {
            nonlocals.addAll(((Stmt.Nonlocal) st).names);
        } else if (st instanceof Stmt.Delete) {
            for (Expr t : ((Stmt.Delete) st).targets) {
                target(t);
            }
        } else if (st instanceof Stmt.ExprStmt) {
            expr(((Stmt.ExprStmt) st).value);
        } else if (st instanceof Stmt.Return) {
            expr(((Stmt.Return) st).value);
        } else if (st instanceof Stmt.Assert) {
            expr(((Stmt.Assert) st).test);
            expr(((Stmt.Assert) st).msg);
        } else if (st instanceof Stmt.Raise) {
            expr(((Stmt.Raise) st).exc);
            expr(((Stmt.Raise) st).cause);
        }
    }

    private void target(Expr t) {
        if (t instanceof Expr.Name) {
            locals.add(((Expr.Name) t).id);
        } else if (t instanceof Expr.Tuple) {
            for (Expr e : ((Expr.Tuple) t).elts) {
                target(e);
            }
        } else if (t instanceof Expr.ListExpr) {
            for (Expr e : ((Expr.ListExpr) t).elts) {
                target(e);
            }
        } else if (t instanceof Expr.Starred) {
            target(((Expr.Starred) t).value);
        }
    }

    /** Only walrus targets and yields matter inside expressions, at any depth. */
    private void expr(Expr e) {
        if (e != null && gradpad.kernel.syntax.WalrusTargets.scan(e, locals)) {
            generator = true;
        }
    }
}
