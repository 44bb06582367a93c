package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
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
            Object ordered = ((PyDict) self).ordered
                    ? gradpad.kernel.modules.CollectionsModule.orderedDictMethod((PyDict) self, name) : null;
            return ordered != null ? ordered : DictMethods.get((PyDict) self, name);
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

    /** A value of the built-in type, to find its methods by name; null for other types. */
    private static Object prototype(PyClass cls) {
        if (cls == Types.STR) {
            return "";
        }
        if (cls == Types.LIST) {
            return new PyList();
        }
        if (cls == Types.DICT) {
            return new PyDict();
        }
        if (cls == Types.SET) {
            return new PySet();
        }
        if (cls == Types.TUPLE) {
            return PyTuple.EMPTY;
        }
        if (cls == Types.INT) {
            return 0L;
        }
        if (cls == Types.FLOAT) {
            return 0.0;
        }
        return null;
    }

    /**
     * {@code str.lower}, {@code list.append}...: a method read from a built-in type, taking the
     * instance as its first argument ({@code sorted(words, key=str.lower)}); also {@code dict.fromkeys}.
     */
    public static Object unbound(PyClass cls, String name) {
        if (cls == Types.DICT && name.equals("fromkeys")) {
            return new Builtin(name, (a, kw) -> {
                Object[] b = new Signature("fromkeys", "iterable", "value=None").bind(a, kw);
                PyDict d = new PyDict();
                Object value = b[1] == null ? PyNone.NONE : b[1];
                PyIterator it = Runtime.iter(b[0]);
                while (it.hasNext()) {
                    d.put(it.next(), value);
                }
                return d;
            });
        }
        Object proto = prototype(cls);
        if (proto == null || name.startsWith("__") || lookup(proto, name) == null) {
            return null;
        }
        return new Builtin(name, (a, kw) -> {
            if (a.length - kw.length < 1) {
                throw Errors.typeError("unbound method " + cls.name() + "." + name + "() needs an argument");
            }
            Object self = a[0];
            if (!Runtime.isInstance(self, cls)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + cls.name() + "' objects doesn't apply to a '"
                        + Runtime.typeName(self) + "' object");
            }
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return Runtime.call(lookup(self, name), rest, kw);
        });
    }
}
