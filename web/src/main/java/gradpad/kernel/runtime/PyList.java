package gradpad.kernel.runtime;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code list}. */
public final class PyList {
    public final ArrayList<Object> items;

    public PyList() {
        this.items = new ArrayList<>();
    }

    public PyList(List<Object> items) {
        this.items = items instanceof ArrayList ? (ArrayList<Object>) items : new ArrayList<>(items);
    }

    public static PyList of(Object... values) {
        PyList l = new PyList();
        for (Object v : values) {
            l.items.add(v);
        }
        return l;
    }

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }
}
