package gradpad.kernel.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Python's {@code set} (iteration in insertion order: CPython's order differs, documented). */
public final class PySet {
    private final LinkedHashMap<DictKey, Boolean> map = new LinkedHashMap<>();

    public int size() {
        return map.size();
    }

    public boolean contains(Object v) {
        Runtime.checkHashable(v);
        return map.containsKey(new DictKey(v));
    }

    public void add(Object v) {
        Runtime.checkHashable(v);
        DictKey k = new DictKey(v);
        if (!map.containsKey(k)) {
            map.put(k, Boolean.TRUE);
        }
    }

    public boolean remove(Object v) {
        return map.remove(new DictKey(v)) != null;
    }

    public void clear() {
        map.clear();
    }

    public List<Object> items() {
        List<Object> out = new ArrayList<>(map.size());
        for (DictKey k : map.keySet()) {
            out.add(k.key);
        }
        return out;
    }
}
