package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import java.util.ArrayList;

/** The methods of {@code list} and {@code tuple}. */
final class ListMethods {
    private ListMethods() {
    }

    static Object get(PyList l, String name) {
        ArrayList<Object> items = l.items;
        switch (name) {
            case "append":
                return new Builtin(name, l, (a, kw) -> {
                    expect(name, a, 1);
                    items.add(a[0]);
                    return PyNone.NONE;
                });
            case "extend":
                return new Builtin(name, l, (a, kw) -> {
                    Arity.takes("list.extend", a, kw, 1, 1);
                    ArrayList<Object> add = new ArrayList<>();
                    PyIterator it = Runtime.iter(a[0]);
                    while (it.hasNext()) {
                        add.add(it.next());
                    }
                    items.addAll(add);
                    return PyNone.NONE;
                });
            case "insert":
                return new Builtin(name, l, (a, kw) -> {
                    Arity.expected("insert", a, kw, 2, 2);
                    long i = Runtime.toIndex(a[0]);
                    int n = items.size();
                    int at = (int) (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
                    items.add(at, a[1]);
                    return PyNone.NONE;
                });
            case "pop":
                return new Builtin(name, l, (a, kw) -> {
                    if (items.isEmpty()) {
                        throw Errors.indexError("pop from empty list");
                    }
                    long i = a.length > 0 ? Runtime.toIndex(a[0]) : -1;
                    long j = i < 0 ? i + items.size() : i;
                    if (j < 0 || j >= items.size()) {
                        throw Errors.indexError("pop index out of range");
                    }
                    return items.remove((int) j);
                });
            case "remove":
                return new Builtin(name, l, (a, kw) -> {
                    Arity.takes("list.remove", a, kw, 1, 1);
                    for (int i = 0; i < items.size(); i++) {
                        if (Runtime.eq(items.get(i), a[0])) {
                            items.remove(i);
                            return PyNone.NONE;
                        }
                    }
                    throw Errors.valueError("list.remove(x): x not in list");
                });
            case "index":
                return new Builtin(name, l, (a, kw) -> {
                    Arity.expected("index", a, kw, 1, 3);
                    int[] range = searchRange(a, items.size());
                    for (int i = range[0]; i < range[1]; i++) {
                        if (Runtime.eq(items.get(i), a[0])) {
                            return (long) i;
                        }
                    }
                    throw Errors.valueError(Runtime.repr(a[0]) + " is not in list");
                });
            case "count":
                return new Builtin(name, l, (a, kw) -> {
                    Arity.takes("list.count", a, kw, 1, 1);
                    return count(items.toArray(), a[0]);
                });
            case "reverse":
                return new Builtin(name, l, (a, kw) -> {
                    java.util.Collections.reverse(items);
                    return PyNone.NONE;
                });
            case "sort":
                return new Builtin(name, l, (a, kw) -> {
                    Object[] b = new Signature("sort", "*", "key=None", "reverse=False").bind(a, kw);
                    ArrayList<Object> sorted = Sorting.sorted(items, b[0], b[1] != null && Runtime.truthy(b[1]));
                    items.clear();
                    items.addAll(sorted);
                    return PyNone.NONE;
                });
            case "copy":
                return new Builtin(name, l, (a, kw) -> new PyList(new ArrayList<>(items)));
            case "clear":
                return new Builtin(name, l, (a, kw) -> {
                    items.clear();
                    return PyNone.NONE;
                });
            default:
                return null;
        }
    }

    /** index(x, start, stop)'s bounds, read as a slice's: negative counts from the end, then clamped. */
    private static int[] searchRange(Object[] a, int size) {
        int[] r = {0, size};
        for (int k = 1; k < a.length && k < 3; k++) {
            long v = Runtime.toIndex(a[k]);
            if (v < 0) {
                v = Math.max(0, v + size);
            }
            r[k - 1] = (int) Math.min(v, size);
        }
        return r;
    }

    static Object getTuple(PyTuple t, String name) {
        switch (name) {
            case "index":
                return new Builtin(name, t, (a, kw) -> {
                    Arity.expected("index", a, kw, 1, 3);
                    int[] range = searchRange(a, t.size());
                    for (int i = range[0]; i < range[1]; i++) {
                        if (Runtime.eq(t.get(i), a[0])) {
                            return (long) i;
                        }
                    }
                    throw Errors.valueError("tuple.index(x): x not in tuple");
                });
            case "count":
                return new Builtin(name, t, (a, kw) -> {
                    Arity.takes("tuple.count", a, kw, 1, 1);
                    return count(t.items(), a[0]);
                });
            default:
                return gradpad.kernel.torch.TorchObjects.sizeMethod(t, name);
        }
    }

    private static long count(Object[] items, Object x) {
        long n = 0;
        for (Object o : items) {
            if (Runtime.eq(o, x)) {
                n++;
            }
        }
        return n;
    }

    private static void expect(String name, Object[] a, int n) {
        if (a.length != n) {
            throw Errors.typeError("list." + name + "() takes exactly one argument (" + a.length + " given)");
        }
    }
}
