package gradpad.kernel.modules;

import gradpad.kernel.builtins.Methods;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.CustomRepr;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;

/** {@code collections.defaultdict}: a dict that calls default_factory for a missing key and keeps the result. */
final class DefaultDict extends PyDict implements PyObj, CustomRepr {
    static final PyClass TYPE = new PyClass("collections.defaultdict", "builtins", new PyClass[] {Types.DICT},
            (a, kw) -> {
                int npos = a.length - kw.length;
                Object factory = npos > 0 ? a[0] : PyNone.NONE;
                if (factory != PyNone.NONE && !Functools.isCallable(factory)) {
                    throw Errors.typeError("first argument must be callable or None");
                }
                DefaultDict d = new DefaultDict(factory);
                Object[] rest = new Object[a.length - Math.min(npos, 1)];
                System.arraycopy(a, Math.min(npos, 1), rest, 0, rest.length);
                Runtime.call(Methods.lookup(d, "update"), rest, kw);
                return d;
            });

    Object defaultFactory;

    DefaultDict(Object defaultFactory) {
        this.defaultFactory = defaultFactory;
    }

    @Override
    public Object missing(Object key) {
        if (defaultFactory == PyNone.NONE) {
            return null;
        }
        Object v = Runtime.call(defaultFactory);
        put(key, v);
        return v;
    }

    @Override
    public String repr() {
        PyDict plain = new PyDict();
        for (Object[] e : entries()) {
            plain.put(e[0], e[1]);
        }
        return "defaultdict(" + Runtime.repr(defaultFactory) + ", " + Runtime.repr(plain) + ")";
    }

    @Override
    public PyClass cls() {
        return TYPE;
    }

    @Override
    public Object getAttr(String name) {
        switch (name) {
            case "default_factory":
                return defaultFactory;
            case "__class__":
                return TYPE;
            case "copy":
                return new Builtin(name, this, (a, kw) -> {
                    new Signature("copy").bind(a, kw);
                    return CopyModule.shallow(this); // a defaultdict with the same factory
                });
            default:
                return Methods.lookup(this, name);
        }
    }

    @Override
    public boolean setAttr(String name, Object value) {
        if (name.equals("default_factory")) {
            defaultFactory = value;
            return true;
        }
        return false;
    }
}
