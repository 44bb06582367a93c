package gradpad.kernel.modules;

import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/**
 * {@code itertools.groupby}, following CPython's groupbyobject: each group's iterator reads the
 * shared source, and advancing the groupby invalidates the previous group (it then yields nothing).
 */
final class GroupBy extends LazyIterator {
    static final PyClass GROUPBY = LazyIterator.type("itertools.groupby", (a, kw) -> {
        Object[] b = new Signature("groupby", "iterable", "key=None").bind(a, kw);
        return new GroupBy(Runtime.iter(b[0]), b[1] == null ? PyNone.NONE : b[1]);
    });
    private static final PyClass GROUPER = LazyIterator.type("itertools._grouper", (a, kw) -> {
        throw gradpad.kernel.runtime.Errors.typeError("cannot create 'itertools._grouper' instances");
    });

    private final PyIterator source;
    private final Object keyFunction;
    private Object targetKey;
    private Object currentKey;
    private Object currentValue;
    private Object currentGrouper;

    private GroupBy(PyIterator source, Object keyFunction) {
        super(GROUPBY);
        this.source = source;
        this.keyFunction = keyFunction;
    }

    /** Reads the next value and its key; false at the end. */
    private boolean step() {
        if (!source.hasNext()) {
            return false;
        }
        Object v = source.next();
        currentKey = keyFunction == PyNone.NONE ? v : Runtime.call(keyFunction, v);
        currentValue = v;
        return true;
    }

    @Override
    protected Object advance() {
        currentGrouper = null;
        while (true) {
            if (currentKey != null) {
                if (targetKey == null || !Runtime.eq(targetKey, currentKey)) {
                    break;
                }
            }
            if (!step()) {
                return null;
            }
        }
        targetKey = currentKey;
        Object key = targetKey;
        LazyIterator grouper = new LazyIterator(GROUPER) {
            protected Object advance() {
                if (currentGrouper != this) {
                    return null;
                }
                if (currentValue == null && !step()) {
                    return null;
                }
                if (!Runtime.eq(key, currentKey)) {
                    return null;
                }
                Object v = currentValue;
                currentValue = null;
                currentKey = null;
                return v;
            }
        };
        currentGrouper = grouper;
        return PyTuple.of(key, grouper);
    }
}
