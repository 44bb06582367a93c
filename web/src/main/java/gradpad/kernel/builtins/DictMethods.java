package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.DictView;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PySet;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;

/** The methods of {@code dict} and {@code set}. */
final class DictMethods {
    private DictMethods() {
    }

    static Object get(PyDict d, String name) {
        switch (name) {
            case "keys":
                return new Builtin(name, d, (a, kw) -> new DictView(d, DictView.KEYS));
            case "values":
                return new Builtin(name, d, (a, kw) -> new DictView(d, DictView.VALUES));
            case "items":
                return new Builtin(name, d, (a, kw) -> new DictView(d, DictView.ITEMS));
            case "get":
                return new Builtin(name, d, (a, kw) -> {
                    Object v = d.get(a[0]);
                    return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
                });
            case "setdefault":
                return new Builtin(name, d, (a, kw) -> {
                    Object v = d.get(a[0]);
                    if (v == null) {
                        v = a.length > 1 ? a[1] : PyNone.NONE;
                        d.put(a[0], v);
                    }
                    return v;
                });
            case "pop":
                return new Builtin(name, d, (a, kw) -> {
                    Object v = d.remove(a[0]);
                    if (v == null) {
                        if (a.length > 1) {
                            return a[1];
                        }
                        throw Errors.keyError(a[0]);
                    }
                    return v;
                });
            case "update":
                return new Builtin(name, d, (a, kw) -> {
                    int npos = a.length - kw.length;
                    if (npos > 0) {
                        Object src = a[0];
                        if (src instanceof PyDict) {
                            for (Object[] e : ((PyDict) src).entries()) {
                                d.put(e[0], e[1]);
                            }
                        } else {
                            PyIterator it = Runtime.iter(src);
                            while (it.hasNext()) {
                                Object pair = it.next();
                                PyIterator p = Runtime.iter(pair);
                                Object k = p.nextOrStop();
                                d.put(k, p.nextOrStop());
                            }
                        }
                    }
                    for (int i = 0; i < kw.length; i++) {
                        d.put(kw[i], a[npos + i]);
                    }
                    return PyNone.NONE;
                });
            case "copy":
                return new Builtin(name, d, (a, kw) -> {
                    PyDict c = new PyDict();
                    for (Object[] e : d.entries()) {
                        c.put(e[0], e[1]);
                    }
                    return c;
                });
            case "clear":
                return new Builtin(name, d, (a, kw) -> {
                    d.clear();
                    return PyNone.NONE;
                });
            default:
                return null;
        }
    }

    static Object getSet(PySet s, String name) {
        switch (name) {
            case "add":
                return new Builtin(name, s, (a, kw) -> {
                    s.add(a[0]);
                    return PyNone.NONE;
                });
            case "remove":
                return new Builtin(name, s, (a, kw) -> {
                    if (!s.remove(a[0])) {
                        throw Errors.keyError(a[0]);
                    }
                    return PyNone.NONE;
                });
            case "discard":
                return new Builtin(name, s, (a, kw) -> {
                    s.remove(a[0]);
                    return PyNone.NONE;
                });
            case "union":
            case "update":
                return new Builtin(name, s, (a, kw) -> {
                    PySet out = name.equals("update") ? s : copy(s);
                    for (Object other : a) {
                        PyIterator it = Runtime.iter(other);
                        while (it.hasNext()) {
                            out.add(it.next());
                        }
                    }
                    return name.equals("update") ? PyNone.NONE : out;
                });
            case "intersection":
            case "difference":
                return new Builtin(name, s, (a, kw) -> {
                    PySet other = new PySet();
                    PyIterator it = Runtime.iter(a[0]);
                    while (it.hasNext()) {
                        other.add(it.next());
                    }
                    PySet out = new PySet();
                    for (Object v : s.items()) {
                        if (other.contains(v) == name.equals("intersection")) {
                            out.add(v);
                        }
                    }
                    return out;
                });
            case "copy":
                return new Builtin(name, s, (a, kw) -> copy(s));
            default:
                return null;
        }
    }

    private static PySet copy(PySet s) {
        PySet out = new PySet();
        for (Object v : s.items()) {
            out.add(v);
        }
        return out;
    }

    static PyTuple pair(Object k, Object v) {
        return PyTuple.of(k, v);
    }
}
