package gradpad.kernel.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** A module object: {@code torch}, {@code math}, {@code torch.nn.functional}. */
public final class PyModule implements PyObj {
    private final String name;
    public final Map<String, Object> dict = new LinkedHashMap<>();

    public PyModule(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public PyModule put(String attr, Object value) {
        dict.put(attr, value);
        return this;
    }

    public PyModule function(String attr, Builtin.Body body) {
        dict.put(attr, new Builtin(attr, body));
        return this;
    }

    @Override
    public PyClass cls() {
        return Types.MODULE;
    }

    @Override
    public Object getAttr(String attr) {
        if (attr.equals("__name__")) {
            return name;
        }
        return dict.get(attr);
    }

    @Override
    public boolean setAttr(String attr, Object value) {
        dict.put(attr, value);
        return true;
    }

    @Override
    public String toString() {
        return "<module '" + name + "' (built-in)>";
    }
}
