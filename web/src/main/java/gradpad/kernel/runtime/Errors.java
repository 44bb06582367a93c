package gradpad.kernel.runtime;

/** Factories for the Python exceptions the runtime raises, with CPython's wording at call sites. */
public final class Errors {
    private Errors() {
    }

    public static PyException make(PyClass type, String message) {
        PyTuple args = message == null ? PyTuple.EMPTY : PyTuple.of(message);
        return new PyException(new PyBaseException(type, args));
    }

    public static PyException typeError(String message) {
        return make(Types.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return make(Types.VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return make(Types.INDEX_ERROR, message);
    }

    public static PyException runtimeError(String message) {
        return make(Types.RUNTIME_ERROR, message);
    }

    public static PyException attributeError(String message) {
        return make(Types.ATTRIBUTE_ERROR, message);
    }

    public static PyException nameError(String name) {
        return make(Types.NAME_ERROR, "name '" + name + "' is not defined");
    }

    public static PyException zeroDivision(String message) {
        return make(Types.ZERO_DIVISION_ERROR, message);
    }

    public static PyException overflow(String message) {
        return make(Types.OVERFLOW_ERROR, message);
    }

    public static PyException keyError(Object key) {
        return new PyException(new PyBaseException(Types.KEY_ERROR, PyTuple.of(key)));
    }

    /** {@code 'NoneType' object has no attribute 'zero_'}. */
    public static PyException noAttribute(Object obj, String name) {
        if (obj instanceof PyModule) {
            return attributeError("module '" + ((PyModule) obj).name() + "' has no attribute '" + name + "'");
        }
        if (obj instanceof PyClass) {
            return attributeError("type object '" + ((PyClass) obj).name() + "' has no attribute '" + name + "'");
        }
        return attributeError("'" + Runtime.typeName(obj) + "' object has no attribute '" + name + "'");
    }
}
