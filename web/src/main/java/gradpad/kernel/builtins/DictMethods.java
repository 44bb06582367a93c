package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.DictView;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PySet;
import gradpad.kernel.runtime.SetOps;
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
                    Arity.expected("get", a, kw, 1, 2);
                    Object v = d.get(a[0]);
                    return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
                });
            case "setdefault":
                return new Builtin(name, d, (a, kw) -> {
                    Arity.expected("setdefault", a, kw, 1, 2);
                    Object v = d.get(a[0]);
                    if (v == null) {
                        v = a.length > 1 ? a[1] : PyNone.NONE;
                        d.put(a[0], v);
                    }
                    return v;
                });
            case "pop":
                return new Builtin(name, d, (a, kw) -> {
                    Arity.expected("pop", a, kw, 1, 2);
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
            case "popitem":
                return new Builtin(name, d, (a, kw) -> {
                    if (d.size() == 0) {
                        throw Errors.keyError("popitem(): dictionary is empty");
                    }
                    java.util.List<Object[]> entries = d.entries();
                    Object[] last = entries.get(entries.size() - 1);
                    d.remove(last[0]);
                    return PyTuple.of(last[0], last[1]);
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
                    Arity.takes("set.add", a, kw, 1, 1);
                    s.add(a[0]);
                    return PyNone.NONE;
                });
            case "remove":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes("set.remove", a, kw, 1, 1);
                    if (!s.remove(a[0])) {
                        throw Errors.keyError(a[0]);
                    }
                    return PyNone.NONE;
                });
            case "discard":
                return new Builtin(name, s, (a, kw) -> {
                    Arity.takes("set.discard", a, kw, 1, 1);
                    s.remove(a[0]);
                    return PyNone.NONE;
                });
            case "union":
            case "update":
                return new Builtin(name, s, (a, kw) -> {
                    PySet out = name.equals("update") ? s : s.copy();
                    for (Object other : a) {
                        out.update(other);
                    }
                    return name.equals("update") ? PyNone.NONE : out;
                });
            case "intersection":
            case "difference":
            case "symmetric_difference":
            case "intersection_update":
            case "difference_update":
            case "symmetric_difference_update":
                return new Builtin(name, s, (a, kw) -> {
                    boolean update = name.endsWith("_update");
                    String op = update ? name.substring(0, name.length() - 7) : name;
                    if (op.equals("symmetric_difference") && a.length != 1) {
                        throw Errors.typeError(name + "() takes exactly one argument (" + a.length + " given)");
                    }
                    PySet out = s;
                    if (a.length == 0 && !update) {
                        return s.copy();
                    }
                    for (int i = 0; i < a.length; i++) {
                        PySet other = toSet(a[i]);
                        if (op.equals("intersection")) {
                            out = SetOps.intersection(out, other);
                        } else if (op.equals("difference")) {
                            if (i == 0 && !update) {
                                out = SetOps.difference(s, other);
                            } else {
                                out.differenceUpdate(a[i]);
                            }
                        } else {
                            if (!update) {
                                out = other.copy();
                                SetOps.symmetricUpdate(out, s);
                            } else {
                                SetOps.symmetricUpdate(out, other == s ? other.copy() : other);
                            }
                        }
                    }
                    if (!update) {
                        return out;
                    }
                    if (out != s) {
                        s.takeBody(out);
                    }
                    return PyNone.NONE;
                });
            case "issubset":
            case "issuperset":
            case "isdisjoint":
                return new Builtin(name, s, (a, kw) -> {
                    PySet other = toSet(BuiltinFunctions.one(name, a, kw));
                    PySet small = name.equals("issuperset") ? other : s;
                    PySet big = name.equals("issuperset") ? s : other;
                    for (Object v : small.items()) {
                        if (big.contains(v) == name.equals("isdisjoint")) {
                            return false;
                        }
                    }
                    return true;
                });
            case "pop":
                return new Builtin(name, s, (a, kw) -> {
                    Object v = s.pop();
                    if (v == null) {
                        throw Errors.keyError("pop from an empty set");
                    }
                    return v;
                });
            case "clear":
                return new Builtin(name, s, (a, kw) -> {
                    s.clear();
                    return PyNone.NONE;
                });
            case "copy":
                return new Builtin(name, s, (a, kw) -> s.copy());
            default:
                return null;
        }
    }

    private static PySet toSet(Object o) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        PySet out = new PySet();
        out.update(o);
        return out;
    }

    static PyTuple pair(Object k, Object v) {
        return PyTuple.of(k, v);
    }
}
