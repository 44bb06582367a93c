package gradpad.kernel.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class defined in a cell. */
public class PyInstance implements PyObj {
    private final PyClass cls;
    public final Map<String, Object> dict = new LinkedHashMap<>();

    public PyInstance(PyClass cls) {
        this.cls = cls;
    }

    @Override
    public PyClass cls() {
        return cls;
    }

    @Override
    public Object getAttr(String name) {
        Object v = dict.get(name);
        if (v != null) {
            return v;
        }
        if (name.equals("__class__")) {
            return cls;
        }
        if (name.equals("__dict__")) {
            PyDict d = new PyDict();
            for (Map.Entry<String, Object> e : dict.entrySet()) {
                d.put(e.getKey(), e.getValue());
            }
            return d;
        }
        Object c = cls.lookup(name);
        if (c == null) {
            return null;
        }
        return Instances.bindIfFunction(c, this);
    }

    @Override
    public boolean setAttr(String name, Object value) {
        Object c = cls.lookup(name);
        if (c instanceof Property) {
            ((Property) c).set(this, value);
            return true;
        }
        dict.put(name, value);
        return true;
    }
}
