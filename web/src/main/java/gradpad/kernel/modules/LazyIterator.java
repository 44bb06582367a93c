package gradpad.kernel.modules;

import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.Types;
import java.util.NoSuchElementException;

/**
 * An iterator of a C-implemented stdlib type ({@code itertools.product}, {@code itertools._grouper}):
 * computed one item ahead on demand, so endless ones ({@code count}, {@code cycle}) stay lazy, and
 * typed by its own class so {@code type(x)} and {@code isinstance} answer as in CPython.
 */
abstract class LazyIterator extends PyIterator implements PyObj {
    private final PyClass cls;
    private Object pending;
    private boolean done;
    private int steps;

    LazyIterator(PyClass cls) {
        super(cls.name());
        this.cls = cls;
    }

    /** A built-in type named as CPython's tp_name ({@code itertools.count}), which its errors and repr use. */
    static PyClass type(String qualifiedName, Builtin.Body constructor) {
        String shortName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        return new PyClass(qualifiedName, "builtins", new PyClass[] {Types.OBJECT}, new Builtin(shortName, constructor));
    }

    /** The next item, or null when exhausted (Python values are never Java null). */
    protected abstract Object advance();

    /** The kernel's Stop check, for loops that call no Python code (count, cycle, repeat). */
    protected final void poll() {
        if ((++steps & 1023) == 0 && PyIterator.poll != null) {
            PyIterator.poll.run();
        }
    }

    @Override
    public final boolean hasNext() {
        if (pending == null && !done) {
            pending = advance();
            done = pending == null;
        }
        return pending != null;
    }

    @Override
    public final Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object v = pending;
        pending = null;
        return v;
    }

    @Override
    public PyClass cls() {
        return cls;
    }

    @Override
    public Object getAttr(String name) {
        return name.equals("__class__") ? cls : null;
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }
}
