package gradpad.kernel.runtime;

/** {@code property(fget, fset)}: computed attributes, with {@code @x.setter} to add a setter. */
public final class Property implements PyObj {
    final Object getter;
    final Object setter;

    public Property(Object getter, Object setter) {
        this.getter = getter == null ? PyNone.NONE : getter;
        this.setter = setter == null ? PyNone.NONE : setter;
    }

    /** {@code fget.__name__}, for error messages. */
    private String name() {
        Object fn = getter != PyNone.NONE ? getter : setter;
        Object n = fn == PyNone.NONE ? null : Runtime.lookupAttr(fn, "__name__");
        return n instanceof String ? (String) n : "?";
    }

    Object get(Object self) {
        if (getter == PyNone.NONE) {
            throw Errors.attributeError("property '" + name() + "' of '" + Runtime.typeName(self)
                    + "' object has no getter");
        }
        return Runtime.call(getter, self);
    }

    void set(Object self, Object value) {
        if (setter == PyNone.NONE) {
            throw Errors.attributeError("property '" + name() + "' of '" + Runtime.typeName(self)
                    + "' object has no setter");
        }
        Runtime.call(setter, self, value);
    }

    @Override
    public PyClass cls() {
        return Types.PROPERTY;
    }

    @Override
    public Object getAttr(String attr) {
        switch (attr) {
            case "fget":
                return getter;
            case "fset":
                return setter;
            case "setter":
                return new Builtin("setter", this, (a, kw) -> new Property(getter, one(a)));
            case "getter":
                return new Builtin("getter", this, (a, kw) -> new Property(one(a), setter));
            case "__doc__":
                return getter == PyNone.NONE ? PyNone.NONE : Runtime.getAttr(getter, "__doc__");
            default:
                return null;
        }
    }

    private static Object one(Object[] a) {
        if (a.length != 1) {
            throw Errors.typeError("expected 1 argument, got " + a.length);
        }
        return a[0];
    }

    @Override
    public boolean setAttr(String attr, Object value) {
        return false;
    }
}
