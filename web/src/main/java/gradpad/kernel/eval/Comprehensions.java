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
        Frame outer = in.frame;
        Clauses clauses = new Clauses(in, gens);
        in.frame = clauses.frame;
        try {
            while (clauses.advance()) {
                body.run();
            }
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

    /**
     * The clauses as a stepper, for both the eager comprehensions and the lazy generator
     * expressions: each {@link #advance} binds the loop targets to the next combination that
     * passes every {@code if}. The first iterable is taken when the stepper is made, the others
     * as their clause is reached.
     */
    static final class Clauses {
        private final Interpreter in;
        private final List<Ast.Comprehension> gens;
        final Frame frame;
        private final PyIterator[] iterators;
        /** The innermost clause with a live iterator; -1 once exhausted. */
        private int level;

        Clauses(Interpreter in, List<Ast.Comprehension> gens) {
            this.in = in;
            this.gens = gens;
            this.iterators = new PyIterator[gens.size()];
            this.iterators[0] = Runtime.iter(in.expr.eval(gens.get(0).iter));
            this.frame = frame(in.frame, gens);
        }

        /** Runs with {@link #frame} current; false once exhausted (and after an exception, as a generator). */
        boolean advance() {
            try {
                while (level >= 0) {
                    in.host.checkInterrupt();
                    PyIterator it = iterators[level];
                    if (!it.hasNext()) {
                        iterators[level] = null;
                        level--;
                        continue;
                    }
                    Ast.Comprehension g = gens.get(level);
                    Targets.assign(in, g.target, it.next());
                    if (!passes(g.ifs)) {
                        continue;
                    }
                    if (level + 1 < gens.size()) {
                        iterators[level + 1] = Runtime.iter(in.expr.eval(gens.get(level + 1).iter));
                        level++;
                        continue;
                    }
                    return true;
                }
                return false;
            } catch (RuntimeException ex) {
                level = -1;
                throw ex;
            }
        }

        private boolean passes(List<Expr> conditions) {
            for (Expr cond : conditions) {
                if (!Runtime.truthy(in.expr.eval(cond))) {
                    return false;
                }
            }
            return true;
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
