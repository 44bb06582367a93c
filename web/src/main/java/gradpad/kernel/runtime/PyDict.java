package gradpad.kernel.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python's {@code dict}: insertion-ordered, Python key equality. */
public class PyDict {
    private final LinkedHashMap<DictKey, Object> map = new LinkedHashMap<>();
    /** A {@code collections.OrderedDict} (what {@code state_dict()} returns): its type, repr and views differ. */
    public boolean ordered;

    /**
     * {@code d[key]} for an absent key: null raises KeyError; {@code defaultdict} and {@code Counter}
     * (subclasses) answer as their {@code __missing__} does.
     */
    public Object missing(Object key) {
        return null;
    }

    public int size() {
        return map.size();
    }

    public Object get(Object key) {
        Runtime.checkHashable(key);
        return map.get(new DictKey(key));
    }

    public boolean containsKey(Object key) {
        Runtime.checkHashable(key);
        return map.containsKey(new DictKey(key));
    }

    public void put(Object key, Object value) {
        Runtime.checkHashable(key);
        // An existing equal key keeps its object and position (HashMap.put keeps the old key), as in Python.
        map.put(new DictKey(key), value);
    }

    public Object remove(Object key) {
        Runtime.checkHashable(key);
        return map.remove(new DictKey(key));
    }

    public void clear() {
        map.clear();
    }

    public List<Object> keys() {
        List<Object> out = new ArrayList<>(map.size());
        for (DictKey k : map.keySet()) {
            out.add(k.key);
        }
        return out;
    }

    public List<Object> values() {
        return new ArrayList<>(map.values());
    }

    public List<Object[]> entries() {
        List<Object[]> out = new ArrayList<>(map.size());
        for (Map.Entry<DictKey, Object> e : map.entrySet()) {
            out.add(new Object[] {e.getKey().key, e.getValue()});
        }
        return out;
    }
}
