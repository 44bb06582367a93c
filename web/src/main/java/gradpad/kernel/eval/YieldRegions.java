package gradpad.kernel.eval;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyException;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.syntax.Ast;
import gradpad.kernel.syntax.Stmt;
import java.util.ArrayDeque;

/**
 * try and with statements whose bodies yield, for {@link Generator}'s cursor stack: a
 * {@link TryCursor} or {@link WithCursor} sits under the block it runs, so an exception, a return,
 * break or continue unwinds through it as Python unwinds: except clauses match, finally blocks
 * run (then re-raise, return or jump), and {@code __exit__} sees the exception and may suppress it.
 */
final class YieldRegions {
    private YieldRegions() {
    }

    /** Where a yielding try statement is. */
    static final class TryCursor {
        static final int BODY = 0;
        static final int HANDLER = 1;
        static final int ELSE = 2;
        static final int FINALLY = 3;
        final Stmt.Try stmt;
        int phase = BODY;
        /** The exception an except clause is handling (for a bare {@code raise} and {@code as name}). */
        PyException handled;
        Ast.ExceptHandler handler;
        /** What the finally block resumes when it ends: an exception to re-raise, or a control signal. */
        PyException pendingException;
        Integer pendingControl;

        TryCursor(Stmt.Try stmt) {
            this.stmt = stmt;
        }
    }

    /** A yielding with statement's context manager: its bound {@code __exit__}. */
    static final class WithCursor {
        final Object exit;

        WithCursor(Object exit) {
            this.exit = exit;
        }
    }

    static void enterTry(ArrayDeque<Object> stack, Stmt.Try t) {
        stack.push(new TryCursor(t));
        stack.push(new Generator.Block(t.body));
    }

    /** Enters each context manager in turn (as nested with statements), then pushes the body. */
    static void enterWith(Interpreter in, ArrayDeque<Object> stack, Stmt.With w) {
        for (Ast.WithItem item : w.items) {
            Object ctx = in.expr.eval(item.contextExpr);
            Object enter = Runtime.lookupAttr(ctx, "__enter__");
            Object exit = Runtime.lookupAttr(ctx, "__exit__");
            if (enter == null || exit == null) {
                throw Errors.typeError("'" + Runtime.typeName(ctx) + "' object does not support the context manager "
                        + "protocol");
            }
            Object value = Runtime.call(enter);
            stack.push(new WithCursor(exit));
            if (item.optionalVars != null) {
                Targets.assign(in, item.optionalVars, value);
            }
        }
        stack.push(new Generator.Block(w.body));
    }

    /**
     * The block above a cursor ended normally: the cursor moves on (else, finally) or is done.
     * Returns the control signal a finished finally block resumes, or null.
     */
    static Integer blockDone(Interpreter in, ArrayDeque<Object> stack, Object cursor) {
        if (cursor instanceof WithCursor) {
            stack.pop();
            Runtime.call(((WithCursor) cursor).exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            return null;
        }
        TryCursor t = (TryCursor) cursor;
        switch (t.phase) {
            case TryCursor.BODY:
                if (!t.stmt.orelse.isEmpty()) {
                    t.phase = TryCursor.ELSE;
                    stack.push(new Generator.Block(t.stmt.orelse));
                    return null;
                }
                return toFinally(stack, t);
            case TryCursor.HANDLER:
                endHandler(in, t);
                return toFinally(stack, t);
            case TryCursor.ELSE:
                return toFinally(stack, t);
            default: // the finally block ended: resume what it interrupted
                stack.pop();
                if (t.pendingException != null) {
                    throw t.pendingException;
                }
                return t.pendingControl;
        }
    }

    private static Integer toFinally(ArrayDeque<Object> stack, TryCursor t) {
        if (t.stmt.finalbody.isEmpty()) {
            stack.pop();
        } else {
            t.phase = TryCursor.FINALLY;
            stack.push(new Generator.Block(t.stmt.finalbody));
        }
        return null;
    }

    private static void endHandler(Interpreter in, TryCursor t) {
        if (t.handler != null && t.handler.name != null) {
            try {
                in.deleteName(t.handler.name);
            } catch (PyException ignored) {
                // the handler body deleted it already
            }
        }
        t.handled = null;
        t.handler = null;
    }

    /**
     * An exception inside the generator's blocks: unwinds to the innermost try that handles it or
     * has a finally, or a with whose {@code __exit__} suppresses it. Returns null when execution
     * continues in the generator, or the exception to raise out of it.
     */
    static PyException unwind(Interpreter in, ArrayDeque<Object> stack, PyException e) {
        while (!stack.isEmpty()) {
            Object top = stack.peek();
            if (top instanceof TryCursor) {
                TryCursor t = (TryCursor) top;
                if (t.phase == TryCursor.BODY) {
                    Ast.ExceptHandler h = in.stmt.match(t.stmt.handlers, e);
                    if (h != null) {
                        t.phase = TryCursor.HANDLER;
                        t.handled = e;
                        t.handler = h;
                        if (h.name != null) {
                            in.storeName(h.name, e.value);
                        }
                        stack.push(new Generator.Block(h.body));
                        return null;
                    }
                }
                if (t.phase == TryCursor.HANDLER) {
                    endHandler(in, t);
                }
                if (t.phase != TryCursor.FINALLY && !t.stmt.finalbody.isEmpty()) {
                    t.phase = TryCursor.FINALLY;
                    t.pendingException = e;
                    t.pendingControl = null;
                    stack.push(new Generator.Block(t.stmt.finalbody));
                    return null;
                }
                stack.pop(); // an exception from a finally block replaces the one it was running for
                continue;
            }
            stack.pop();
            if (top instanceof WithCursor) {
                Object suppress = Runtime.call(((WithCursor) top).exit, e.value.cls(), e.value, PyNone.NONE);
                if (Runtime.truthy(suppress)) {
                    return null;
                }
            }
        }
        return e;
    }

    /**
     * return, break or continue: unwinds to the loop (or out of the generator), running the
     * finally blocks and {@code __exit__}s on the way. True when the signal was fully applied;
     * false when a finally block was started and resumes the signal when it ends.
     */
    static boolean unwindControl(Interpreter in, ArrayDeque<Object> stack, Integer signal) {
        while (!stack.isEmpty()) {
            Object top = stack.peek();
            if (top instanceof Generator.Loop && signal != StmtExec.RETURN) {
                if (signal == StmtExec.BREAK) {
                    stack.pop(); // and skip its else
                }
                return true;
            }
            if (top instanceof TryCursor) {
                TryCursor t = (TryCursor) top;
                if (t.phase == TryCursor.HANDLER) {
                    endHandler(in, t);
                }
                if (t.phase != TryCursor.FINALLY && !t.stmt.finalbody.isEmpty()) {
                    t.phase = TryCursor.FINALLY;
                    t.pendingControl = signal;
                    t.pendingException = null;
                    stack.push(new Generator.Block(t.stmt.finalbody));
                    return false;
                }
            }
            stack.pop();
            if (top instanceof WithCursor) {
                Runtime.call(((WithCursor) top).exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
        }
        return true;
    }

    /** The exception the innermost running except clause handles, for a bare {@code raise}. */
    static PyException handling(ArrayDeque<Object> stack) {
        for (Object o : stack) { // from the top
            if (o instanceof TryCursor && ((TryCursor) o).phase == TryCursor.HANDLER) {
                return ((TryCursor) o).handled;
            }
        }
        return null;
    }

    static boolean isCursor(Object o) {
        return o instanceof TryCursor || o instanceof WithCursor;
    }
}
