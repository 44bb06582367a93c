package gradpad.kernel.eval;

import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.syntax.Ast;
import gradpad.kernel.syntax.Expr;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code (elt for x in it if cond ...)}, lazy as in Python: the first iterable is evaluated when
 * the expression is, everything else one element at a time as the consumer asks for it, so
 * {@code next(v for v in vals if 10 / v > 4)} stops at the first match and later bindings of
 * free names are seen. Runs in its own comprehension frame, switched in for each step.
 */
final class GeneratorExpression extends PyIterator {
    private final Interpreter in;
    private final List<Ast.Comprehension> gens;
    private final Expr elt;
    private final Frame frame;
    private final PyIterator[] iterators;
    /** The innermost clause with a live iterator; -1 once exhausted. */
    private int level;
    private Object pending;
    private boolean hasPending;

    GeneratorExpression(Interpreter in, Expr.GeneratorExp e) {
        super("generator");
        this.in = in;
        this.gens = e.generators;
        this.elt = e.elt;
        this.iterators = new PyIterator[gens.size()];
        this.iterators[0] = Runtime.iter(in.expr.eval(gens.get(0).iter));
        this.frame = Comprehensions.frame(in.frame, gens);
    }

    @Override
    public boolean hasNext() {
        if (!hasPending && level >= 0) {
            advance();
        }
        return hasPending;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object v = pending;
        pending = null;
        hasPending = false;
        return v;
    }

    private void advance() {
        Frame caller = in.frame;
        in.frame = frame;
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
                pending = in.expr.eval(elt);
                hasPending = true;
                return;
            }
        } catch (RuntimeException ex) {
            level = -1; // a generator that raised is finished, as in Python
            throw ex;
        } finally {
            in.frame = caller;
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
