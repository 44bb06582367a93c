package gradpad.kernel.runtime;

/** Python's {@code tuple}: an immutable array. */
public class PyTuple {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    public PyTuple(Object[] items) {
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** The backing array: callers must not modify it. */
    public Object[] items() {
        return items;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyTuple)) {
            return false;
        }
        PyTuple t = (PyTuple) o;
        if (t.items.length != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (!Runtime.eq(items[i], t.items[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0x345678;
        for (Object o : items) {
            h = h * 1000003 ^ Runtime.hash(o);
        }
        return h;
    }
}
