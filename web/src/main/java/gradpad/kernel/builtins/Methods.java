package gradpad.kernel.builtins;

import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PySet;
import gradpad.kernel.runtime.PyTuple;

/** Finds the built-in method {@code name} of a str, list, dict, tuple, set, int or float. */
public final class Methods {
    private Methods() {
    }

    /** A method bound to {@code self}, or null when the type has no such method. */
    public static Object lookup(Object self, String name) {
        if (self instanceof String) {
            return StrMethods.get((String) self, name);
        }
        if (self instanceof PyList) {
            return ListMethods.get((PyList) self, name);
        }
        if (self instanceof PyDict) {
            return DictMethods.get((PyDict) self, name);
        }
        if (self instanceof PyTuple) {
            return ListMethods.getTuple((PyTuple) self, name);
        }
        if (self instanceof PySet) {
            return DictMethods.getSet((PySet) self, name);
        }
        if (self instanceof Double || self instanceof Long || self instanceof Boolean) {
            return NumberMethods.get(self, name);
        }
        return null;
    }
}
