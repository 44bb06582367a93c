package gradpad.kernel.runtime;

import java.util.ArrayList;
import java.util.List;

/** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views printed as {@code dict_keys([...])}. */
public final class DictView implements PyObj {
    public static final int KEYS = 0;
    public static final int VALUES = 1;
    public static final int ITEMS = 2;

    private static final PyClass[] CLASSES = {
        new PyClass("dict_keys", "builtins", new PyClass[] {Types.OBJECT}, null),
        new PyClass("dict_values", "builtins", new PyClass[] {Types.OBJECT}, null),
        new PyClass("dict_items", "builtins", new PyClass[] {Types.OBJECT}, null),
    };

    private static final PyClass[] ORDERED_CLASSES = {
        new PyClass("odict_keys", "builtins", new PyClass[] {Types.OBJECT}, null),
        new PyClass("odict_values", "builtins", new PyClass[] {Types.OBJECT}, null),
        new PyClass("odict_items", "builtins", new PyClass[] {Types.OBJECT}, null),
    };

    private final PyDict dict;
    private final int kind;

    public DictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    /** keys() and items() views are set-like: ==, & | - ^ and <= work on them as on sets. */
    static PySet asSet(Object o) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        if (o instanceof DictView && ((DictView) o).kind != VALUES) {
            PySet s = new PySet();
            for (Object item : ((DictView) o).items()) {
                s.add(item);
            }
            return s;
        }
        return null;
    }

    /** Whether either operand is a set-like view and both can be read as sets (checked without building them). */
    static boolean setLikePair(Object a, Object b) {
        return (a instanceof DictView || b instanceof DictView) && setLike(a) && setLike(b);
    }

    private static boolean setLike(Object o) {
        return o instanceof PySet || o instanceof DictView && ((DictView) o).kind != VALUES;
    }

    /** The items as a Python list. */
    PyList asList() {
        return new PyList(items());
    }

    /** A snapshot of the view's items. */
    public List<Object> items() {
        if (kind == KEYS) {
            return dict.keys();
        }
        if (kind == VALUES) {
            return dict.values();
        }
        List<Object> out = new ArrayList<>();
        for (Object[] e : dict.entries()) {
            out.add(PyTuple.of(e[0], e[1]));
        }
        return out;
    }

    public int size() {
        return dict.size();
    }

    @Override
    public PyClass cls() {
        return (dict.ordered ? ORDERED_CLASSES : CLASSES)[kind];
    }

    @Override
    public Object getAttr(String name) {
        return null;
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }

    @Override
    public String toString() {
        return (dict.ordered ? ORDERED_CLASSES : CLASSES)[kind].name() + "(" + Runtime.repr(new PyList(items())) + ")";
    }
}
