package gradpad.kernel.eval;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyException;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Expr;
import gradpad.kernel.syntax.Stmt;
import java.util.ArrayDeque;
import java.util.List;

/**
 * A generator: calling a function whose body yields returns this, and the body runs lazily, one
 * {@code yield} at a time, as in Python. The tree-walking evaluator cannot suspend in the middle
 * of a Java call stack, so the generator keeps its own stack of block and loop cursors: yields may
 * appear as statements ({@code yield x}, {@code y = yield x}, {@code yield from it}) inside any
 * nesting of if/for/while/try/with blocks ({@link YieldRegions}); everything else runs through
 * the ordinary statement executor.
 */
final class Generator extends PyIterator {
    private final Interpreter in;
    private final PyFunction function;
    private final Frame frame;
    private final ArrayDeque<Object> stack = new ArrayDeque<>();
    private Object pending;
    private boolean done;
    private boolean running;
    private PyIterator delegate;
    private List<Expr> assignOnResume;

    /** A statement list and the position in it. */
    static final class Block {
        final List<Stmt> body;
        int index;

        Block(List<Stmt> body) {
            this.body = body;
        }
    }

    /** A for or while loop whose body contains a yield. */
    static final class Loop {
        final Stmt stmt;
        final PyIterator iterator;

        Loop(Stmt stmt, PyIterator iterator) {
            this.stmt = stmt;
            this.iterator = iterator;
        }
    }

    Generator(Interpreter in, PyFunction function, Frame frame) {
        super("generator");
        this.in = in;
        this.function = function;
        this.frame = frame;
        stack.push(new Block(function.body));
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            pending = resume();
        }
        return pending != null;
    }

    @Override
    public Object next() {
        hasNext();
        Object v = pending;
        pending = null;
        return v;
    }

    @Override
    public String toString() {
        return "<generator object " + function.qualname + " at " + Runtime.address(this) + ">";
    }

    /** Runs the body to its next yield: the yielded value, or null when it finished. */
    private Object resume() {
        if (running) {
            throw Errors.valueError("generator already executing");
        }
        if (in.depth >= in.recursionLimit()) {
            throw Errors.make(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        Frame saved = in.frame;
        in.frame = frame;
        in.depth++;
        running = true;
        try {
            if (assignOnResume != null) {
                List<Expr> targets = assignOnResume;
                assignOnResume = null;
                for (Expr t : targets) {
                    Targets.assign(in, t, PyNone.NONE); // send() is not supported: yield evaluates to None
                }
            }
            return run();
        } catch (RuntimeException | StackOverflowError e) {
            done = true;
            stack.clear();
            throw e;
        } finally {
            running = false;
            in.depth--;
            in.frame = saved;
        }
    }

    /** What {@link #runStep} returns when the generator should go on without yielding. */
    private static final Object CONTINUE = new Object();

    private Object run() {
        PyException outerHandling = in.handling;
        try {
            while (true) {
                PyException inner = YieldRegions.handling(stack);
                in.handling = inner != null ? inner : outerHandling;
                try {
                    Object r = runStep();
                    if (r != CONTINUE) {
                        return r;
                    }
                } catch (PyException e) {
                    PyException escaping = YieldRegions.unwind(in, stack, e);
                    if (escaping != null) {
                        throw escaping;
                    }
                }
            }
        } finally {
            in.handling = outerHandling;
        }
    }

    /** One step of the body: the yielded value, null when it finished, or {@link #CONTINUE}. */
    private Object runStep() {
        if (delegate != null) {
            if (delegate.hasNext()) {
                return delegate.next();
            }
            delegate = null;
        }
        Object top = stack.peek();
        if (top == null) {
            done = true;
            return null;
        }
        if (top instanceof Loop) {
            advance((Loop) top);
            return CONTINUE;
        }
        if (YieldRegions.isCursor(top)) { // the block it ran ended normally
            Integer resumed = YieldRegions.blockDone(in, stack, top);
            return resumed == null ? CONTINUE : control(resumed);
        }
        Block b = (Block) top;
        if (b.index >= b.body.size()) {
            stack.pop();
            return CONTINUE;
        }
        Stmt s = b.body.get(b.index++);
        if (!hasYield(s)) {
            Integer sig = in.stmt.exec(s);
            return sig == StmtExec.NORMAL ? CONTINUE : control(sig);
        }
        Object[] yielded = new Object[1];
        return step(s, yielded) ? yielded[0] : CONTINUE;
    }

    /** return, break or continue: unwinds through loops, finally blocks and with statements. */
    private Object control(Integer sig) {
        if (!YieldRegions.unwindControl(in, stack, sig)) {
            return CONTINUE; // a finally block runs first
        }
        if (sig == StmtExec.RETURN) {
            done = true;
            stack.clear();
            return null;
        }
        return CONTINUE;
    }

    /** Starts a statement that contains a yield; true when it yielded a value. */
    private boolean step(Stmt s, Object[] yielded) {
        frame.line = s.line;
        in.host.checkInterrupt();
        try {
            if (s instanceof Stmt.ExprStmt || s instanceof Stmt.Assign) {
                Expr v = s instanceof Stmt.ExprStmt ? ((Stmt.ExprStmt) s).value : ((Stmt.Assign) s).value;
                if (v instanceof Expr.YieldFrom) {
                    delegate = Runtime.iter(in.expr.eval(((Expr.YieldFrom) v).value));
                    return false;
                }
                Expr y = ((Expr.Yield) v).value;
                yielded[0] = y == null ? PyNone.NONE : in.expr.eval(y);
                if (s instanceof Stmt.Assign) {
                    assignOnResume = ((Stmt.Assign) s).targets;
                }
                return true;
            }
            if (s instanceof Stmt.If) {
                Stmt.If i = (Stmt.If) s;
                stack.push(new Block(Runtime.truthy(in.expr.eval(i.test)) ? i.body : i.orelse));
                return false;
            }
            if (s instanceof Stmt.For) {
                stack.push(new Loop(s, Runtime.iter(in.expr.eval(((Stmt.For) s).iter))));
                return false;
            }
            if (s instanceof Stmt.While) {
                stack.push(new Loop(s, null));
                return false;
            }
            if (s instanceof Stmt.Try) {
                YieldRegions.enterTry(stack, (Stmt.Try) s);
                return false;
            }
            if (s instanceof Stmt.With) {
                YieldRegions.enterWith(in, stack, (Stmt.With) s);
                return false;
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw in.traced(e);
        }
        throw in.traced(Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad supports yield only as a statement "
                + "inside if/for/while/try/with blocks of a generator"));
    }

    /** Next iteration of a loop cursor: pushes its body, or replaces it by its else block when done. */
    private void advance(Loop l) {
        frame.line = l.stmt.line;
        in.host.checkInterrupt();
        boolean more;
        List<Stmt> body;
        List<Stmt> orelse;
        try {
            if (l.stmt instanceof Stmt.For) {
                Stmt.For f = (Stmt.For) l.stmt;
                more = l.iterator.hasNext();
                if (more) {
                    Targets.assign(in, f.target, l.iterator.next());
                }
                body = f.body;
                orelse = f.orelse;
            } else {
                Stmt.While w = (Stmt.While) l.stmt;
                more = Runtime.truthy(in.expr.eval(w.test));
                body = w.body;
                orelse = w.orelse;
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw in.traced(e);
        }
        if (more) {
            stack.push(new Block(body));
        } else {
            stack.pop();
            stack.push(new Block(orelse));
        }
    }

    /** Whether a statement yields (directly or in a nested block); nested defs are their own scopes. */
    static boolean hasYield(Stmt s) {
        if (s instanceof Stmt.ExprStmt) {
            Expr v = ((Stmt.ExprStmt) s).value;
            return v instanceof Expr.Yield || v instanceof Expr.YieldFrom;
        }
        if (s instanceof Stmt.Assign) {
            return ((Stmt.Assign) s).value instanceof Expr.Yield;
        }
        if (s instanceof Stmt.If) {
            return anyYield(((Stmt.If) s).body) || anyYield(((Stmt.If) s).orelse);
        }
        if (s instanceof Stmt.For) {
            return anyYield(((Stmt.For) s).body) || anyYield(((Stmt.For) s).orelse);
        }
        if (s instanceof Stmt.While) {
            return anyYield(((Stmt.While) s).body) || anyYield(((Stmt.While) s).orelse);
        }
        if (s instanceof Stmt.Try) {
            Stmt.Try t = (Stmt.Try) s;
            boolean any = anyYield(t.body) || anyYield(t.orelse) || anyYield(t.finalbody);
            for (gradpad.kernel.syntax.Ast.ExceptHandler h : t.handlers) {
                any |= anyYield(h.body);
            }
            return any;
        }
        if (s instanceof Stmt.With) {
            return anyYield(((Stmt.With) s).body);
        }
        return false;
    }

    private static boolean anyYield(List<Stmt> body) {
        for (Stmt s : body) {
            if (hasYield(s)) {
                return true;
            }
        }
        return false;
    }
}
