package gradpad.kernel.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * One activation: a module (locals are the globals), a function call, a class body or a
 * comprehension. {@code enclosing} is the frame the code was defined in, for closures.
 */
final class Frame {
    final Map<String, Object> locals;
    final Map<String, Object> globals;
    final Frame enclosing;
    final Scope scope;
    final String name;
    final String file;
    final boolean classBody;
    int line;
    Object returnValue;
    /** A comprehension's own scope: a {@code :=} inside binds in the frame around it (PEP 572). */
    boolean comprehension;
    /** The function this frame runs (null for modules, class bodies, comprehensions): for super(). */
    PyFunction function;
    /** In a class body: the functions defined directly in it, which get the class as their owner. */
    java.util.List<PyFunction> classFunctions;

    Frame(Map<String, Object> globals, String file) {
        this.locals = globals;
        this.globals = globals;
        this.enclosing = null;
        this.scope = null;
        this.name = "<module>";
        this.file = file;
        this.classBody = false;
    }

    Frame(Frame enclosing, Scope scope, String name, String file, boolean classBody) {
        this.locals = new HashMap<>();
        this.globals = enclosing == null ? null : enclosing.globals;
        this.enclosing = enclosing;
        this.scope = scope;
        this.name = name;
        this.file = file;
        this.classBody = classBody;
    }

    boolean isModule() {
        return locals == globals;
    }

    /** The frame new functions close over: class bodies are skipped, as in Python. */
    Frame closureFrame() {
        return classBody ? enclosing : this;
    }
}
