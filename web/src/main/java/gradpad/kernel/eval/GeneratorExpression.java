package gradpad.kernel.eval;

import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.syntax.Expr;
import java.util.NoSuchElementException;

/**
 * {@code (elt for x in it if cond ...)}, lazy as in Python: the first iterable is evaluated when
 * the expression is, everything else one element at a time as the consumer asks for it, so
 * {@code next(v for v in vals if 10 / v > 4)} stops at the first match and later bindings of
 * free names are seen. Steps {@link Comprehensions.Clauses} in their frame, switched in per step.
 */
final class GeneratorExpression extends PyIterator {
    private final Interpreter in;
    private final Expr elt;
    private final Comprehensions.Clauses clauses;
    private Object pending;
    private boolean hasPending;
    private boolean finished;

    GeneratorExpression(Interpreter in, Expr.GeneratorExp e) {
        super("generator");
        this.in = in;
        this.elt = e.elt;
        this.clauses = new Comprehensions.Clauses(in, e.generators);
    }

    @Override
    public boolean hasNext() {
        if (!hasPending && !finished) {
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
        in.frame = clauses.frame;
        try {
            if (clauses.advance()) {
                pending = in.expr.eval(elt);
                hasPending = true;
            } else {
                finished = true;
            }
        } catch (RuntimeException ex) {
            finished = true; // a generator that raised is finished, as in Python
            throw ex;
        } finally {
            in.frame = caller;
        }
    }
}
