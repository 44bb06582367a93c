package gradpad.kernel.eval;

import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.syntax.Ast;
import gradpad.kernel.syntax.Expr;
import java.util.List;

/**
 * Runs the {@code for ... in ... if ...} clauses of a comprehension in a scope of its own (its
 * loop variables do not leak, as in Python 3); the first iterable is evaluated outside it.
 */
final class Comprehensions {
    private Comprehensions() {
    }

    static void run(Interpreter in, List<Ast.Comprehension> gens, Runnable body) {
        Object firstIterable = in.expr.eval(gens.get(0).iter);
        Frame outer = in.frame;
        Frame inner = frame(outer, gens);
        in.frame = inner;
        try {
            loop(in, gens, 0, firstIterable, body);
        } finally {
            in.frame = outer;
        }
    }

    /** The comprehension's own frame inside {@code outer}: its loop variables are its locals. */
    static Frame frame(Frame outer, List<Ast.Comprehension> gens) {
        Scope scope = new Scope();
        for (Ast.Comprehension g : gens) {
            collect(g.target, scope);
        }
        Frame inner = new Frame(outer.closureFrame(), scope, outer.name, outer.file, false);
        inner.line = outer.line;
        inner.comprehension = true;
        return inner;
    }

    private static void loop(Interpreter in, List<Ast.Comprehension> gens, int i, Object iterable, Runnable body) {
        Ast.Comprehension g = gens.get(i);
        PyIterator it = Runtime.iter(iterable);
        while (it.hasNext()) {
            in.host.checkInterrupt();
            Targets.assign(in, g.target, it.next());
            boolean ok = true;
            for (Expr cond : g.ifs) {
                if (!Runtime.truthy(in.expr.eval(cond))) {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                continue;
            }
            if (i + 1 < gens.size()) {
                loop(in, gens, i + 1, in.expr.eval(gens.get(i + 1).iter), body);
            } else {
                body.run();
            }
        }
    }

    private static void collect(Expr t, Scope scope) {
        if (t instanceof Expr.Name) {
            scope.locals.add(((Expr.Name) t).id);
        } else if (t instanceof Expr.Tuple) {
            for (Expr e : ((Expr.Tuple) t).elts) {
                collect(e, scope);
            }
        } else if (t instanceof Expr.ListExpr) {
            for (Expr e : ((Expr.ListExpr) t).elts) {
                collect(e, scope);
            }
        } else if (t instanceof Expr.Starred) {
            collect(((Expr.Starred) t).value, scope);
        }
    }
}
