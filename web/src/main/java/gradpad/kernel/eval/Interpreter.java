package gradpad.kernel.eval;

import gradpad.engine.TorchException;
import gradpad.engine.format.FormatError;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyException;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Module;
import gradpad.kernel.syntax.Stmt;
import java.util.List;
import java.util.Map;

/**
 * Runs parsed Python against a persistent module namespace: the tree-walking heart of the
 * kernel. Expressions are evaluated by {@link ExprEval}, statements by {@link StmtExec}; this
 * class holds the current frame, calls functions, enforces the recursion limit, polls for
 * interruption and turns engine errors into Python exceptions.
 */
public final class Interpreter {
    /** CPython's default {@code sys.getrecursionlimit()}. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;
    private int recursionLimit = DEFAULT_RECURSION_LIMIT;

    /**
     * Lowers the limit where the host's stack is small: a browser's Wasm/JS stack overflows near
     * 600 Python calls, and an overflow there is a trap Java cannot catch, so RecursionError must
     * come first.
     */
    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    final Map<String, Object> globals;
    final Map<String, Object> builtins;
    final Host host;
    final ExprEval expr = new ExprEval(this);
    final StmtExec stmt = new StmtExec(this);
    Frame frame;
    int depth;
    /** The exception being handled, for a bare {@code raise}. */
    PyException handling;

    /** What the interpreter needs from the kernel around it. */
    public interface Host {
        void stdout(String text);

        /** Called often (each statement); throws a KeyboardInterrupt PyException when the user asked to stop. */
        void checkInterrupt();

        /** The {@code gradpad} and other host-provided modules, or null. */
        Object importModule(String name);
    }

    public Interpreter(Map<String, Object> globals, Map<String, Object> builtins, Host host) {
        this.globals = globals;
        this.builtins = builtins;
        this.host = host;
        builtins.put("super", new gradpad.kernel.runtime.Builtin("super", (a, kw) -> Super.create(this, a, kw)));
    }

    /** Executes a module's statements at top level; returns the value of a trailing expression if asked. */
    public Object execModule(Module module, String file, boolean displayLast) {
        Frame saved = frame;
        frame = new Frame(globals, file);
        try {
            List<Stmt> body = module.body;
            int n = body.size();
            for (int i = 0; i < n; i++) {
                Stmt s = body.get(i);
                if (displayLast && i == n - 1 && s instanceof Stmt.ExprStmt) {
                    frame.line = s.line;
                    try {
                        return expr.eval(((Stmt.ExprStmt) s).value);
                    } catch (RuntimeException | StackOverflowError e) {
                        throw traced(e);
                    }
                }
                stmt.exec(s);
            }
            return null;
        } finally {
            frame = saved;
        }
    }

    /** Adds the current frame's line to the exception's traceback (once per frame). */
    PyException traced(Throwable e) {
        PyException p = toPython(e);
        if (p.tracedFrame != frame) {
            p.tracedFrame = frame;
            p.trace.add(new PyException.TraceEntry(frame.file, frame.line, frame.name));
        }
        return p;
    }

    /** The line being executed, for warnings. */
    public int currentLine() {
        return frame == null ? 0 : frame.line;
    }

    public String currentFile() {
        return frame == null ? "<cell>" : frame.file;
    }

    /** Any Java exception as the Python exception it stands for (public for the kernel's last resort). */
    public static PyException toPythonException(Throwable e) {
        return toPython(e);
    }

    /** Any Java exception as the Python exception it stands for. */
    static PyException toPython(Throwable e) {
        if (e instanceof PyException) {
            return (PyException) e;
        }
        if (e instanceof TorchException) {
            TorchException t = (TorchException) e;
            return Errors.make(Types.exceptionByName(t.pythonType()), t.getMessage());
        }
        if (e instanceof FormatError) {
            FormatError f = (FormatError) e;
            return Errors.make(Types.exceptionByName(f.pythonType()), f.getMessage());
        }
        if (e instanceof StackOverflowError || isHostStackOverflow(e)) {
            return Errors.make(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (e instanceof OutOfMemoryError) {
            return Errors.make(Types.MEMORY_ERROR, null);
        }
        PyException p = Errors.make(Types.SYSTEM_ERROR,
                "gradpad internal error: this is a bug in gradpad, not in your code");
        p.internalCause = e;
        return p;
    }

    /**
     * In the browser a deep recursion can exhaust the JavaScript/Wasm stack before Python's limit
     * of 1000 calls; TeaVM surfaces that as the host's RangeError, which is Python's RecursionError.
     */
    private static boolean isHostStackOverflow(Throwable e) {
        String m = e.getMessage();
        return m != null && (m.contains("Maximum call stack size exceeded") || m.contains("too much recursion"));
    }

    /** Calls a cell-defined function: binds arguments, runs the body in a new frame. */
    Object callFunction(PyFunction f, Object[] args, String[] kwNames) {
        if (depth >= recursionLimit) {
            throw Errors.make(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        Frame callee = new Frame(f.closure, f.scope, f.qualname, f.file, false);
        callee.function = f;
        ArgBinder.bind(f, args, kwNames, callee.locals);
        if (f.scope.generator) {
            return new Generator(this, f, callee);
        }
        Frame saved = frame;
        frame = callee;
        depth++;
        try {
            for (Stmt s : f.body) {
                if (stmt.exec(s) == StmtExec.RETURN) {
                    return callee.returnValue;
                }
            }
            return gradpad.kernel.runtime.PyNone.NONE;
        } finally {
            depth--;
            frame = saved;
        }
    }

    // ---- names ---------------------------------------------------------------------------------

    Object loadName(String name) {
        Frame f = frame;
        if (!f.isModule()) {
            if (f.scope != null && f.scope.isLocal(name) || f.classBody) {
                Object v = f.locals.get(name);
                if (v != null) {
                    return v;
                }
                if (!f.classBody) {
                    throw Errors.make(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                            + "' where it is not associated with a value");
                }
            }
            if (f.scope == null || !f.scope.globals.contains(name)) {
                for (Frame e = f.enclosing; e != null && !e.isModule(); e = e.enclosing) {
                    if (e.classBody) {
                        continue;
                    }
                    Object v = e.locals.get(name);
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        Object v = globals.get(name);
        if (v != null) {
            return v;
        }
        v = builtins.get(name);
        if (v != null) {
            return v;
        }
        throw Errors.nameError(name);
    }

    void storeName(String name, Object value) {
        storeName(frame, name, value);
    }

    /** {@code target := value}: in a comprehension, the target belongs to the enclosing scope. */
    void storeWalrusTarget(String name, Object value) {
        Frame f = frame;
        while (f.comprehension && f.enclosing != null) {
            f = f.enclosing;
        }
        storeName(f, name, value);
    }

    private void storeName(Frame f, String name, Object value) {
        if (f.isModule() || f.classBody) {
            f.locals.put(name, value);
            return;
        }
        if (f.scope.globals.contains(name)) {
            globals.put(name, value);
            return;
        }
        if (f.scope.nonlocals.contains(name)) {
            for (Frame e = f.enclosing; e != null && !e.isModule(); e = e.enclosing) {
                if (e.locals.containsKey(name) || (e.scope != null && e.scope.isLocal(name))) {
                    e.locals.put(name, value);
                    return;
                }
            }
        }
        f.locals.put(name, value);
    }

    void deleteName(String name) {
        Frame f = frame;
        Map<String, Object> target = !f.isModule() && f.scope != null && f.scope.globals.contains(name) ? globals
                : f.locals;
        if (target.remove(name) == null) {
            throw Errors.nameError(name);
        }
    }
}
