package gradpad.kernel.modules;

import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.NativeMethod;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code collections.deque}: its methods and dunders live in its class dict as native methods,
 * so len, iteration, indexing, {@code in}, {@code ==} and repr go through the runtime's instance paths.
 */
final class Deque extends PyInstance {
    static final PyClass TYPE = new PyClass("collections.deque", "builtins", new PyClass[] {Types.OBJECT}, (a, kw) -> {
        Object[] b = new Signature("deque", "iterable=None", "maxlen=None").bind(a, kw);
        long maxlen = -1;
        if (b[1] != null && b[1] != PyNone.NONE) {
            maxlen = Runtime.toIndex(b[1]);
            if (maxlen < 0) {
                throw Errors.valueError("maxlen must be non-negative");
            }
        }
        Deque d = new Deque(maxlen);
        if (b[0] != null && b[0] != PyNone.NONE) {
            d.extend(b[0], false);
        }
        return d;
    });

    final List<Object> items = new ArrayList<>();
    /** -1: unbounded. */
    final long maxlen;

    private Deque(long maxlen) {
        super(TYPE);
        this.maxlen = maxlen;
    }

    private void add(Object v, boolean left) {
        if (maxlen == 0) {
            return;
        }
        if (items.size() == maxlen) { // a full deque drops from the other end
            items.remove(left ? items.size() - 1 : 0);
        }
        items.add(left ? 0 : items.size(), v);
    }

    private void extend(Object iterable, boolean left) {
        Object[] values = iterable == this ? items.toArray() : Combinatorics.pool(iterable);
        for (Object v : values) {
            add(v, left);
        }
    }

    private int index(Object key) {
        long i = Runtime.toIndex(key);
        if (i < 0) {
            i += items.size();
        }
        if (i < 0 || i >= items.size()) {
            throw Errors.indexError("deque index out of range");
        }
        return (int) i;
    }

    @Override
    public Object getAttr(String name) {
        if (name.equals("maxlen")) {
            return maxlen < 0 ? PyNone.NONE : (Object) maxlen;
        }
        return super.getAttr(name);
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }

    private static void method(String name, int min, int max, Body body) {
        TYPE.dict.put(name, new NativeMethod(name, (a, kw) -> {
            Arity.takes(name, java.util.Arrays.copyOfRange(a, 1, a.length), kw, min, max);
            Object r = body.call((Deque) a[0], a);
            return r == null ? PyNone.NONE : r;
        }));
    }

    private interface Body {
        Object call(Deque d, Object[] a);
    }

    static {
        method("append", 1, 1, (d, a) -> {
            d.add(a[1], false);
            return null;
        });
        method("appendleft", 1, 1, (d, a) -> {
            d.add(a[1], true);
            return null;
        });
        method("pop", 0, 0, (d, a) -> {
            if (d.items.isEmpty()) {
                throw Errors.indexError("pop from an empty deque");
            }
            return d.items.remove(d.items.size() - 1);
        });
        method("popleft", 0, 0, (d, a) -> {
            if (d.items.isEmpty()) {
                throw Errors.indexError("pop from an empty deque");
            }
            return d.items.remove(0);
        });
        method("extend", 1, 1, (d, a) -> {
            d.extend(a[1], false);
            return null;
        });
        method("extendleft", 1, 1, (d, a) -> {
            d.extend(a[1], true);
            return null;
        });
        method("rotate", 0, 1, (d, a) -> {
            int n = d.items.size();
            if (n > 1) {
                long k = a.length > 1 ? Runtime.toIndex(a[1]) : 1;
                int shift = (int) (((k % n) + n) % n);
                List<Object> rotated = new ArrayList<>(d.items.subList(n - shift, n)); // spelled out for TeaVM
                rotated.addAll(d.items.subList(0, n - shift));
                d.items.clear();
                d.items.addAll(rotated);
            }
            return null;
        });
        method("clear", 0, 0, (d, a) -> {
            d.items.clear();
            return null;
        });
        method("reverse", 0, 0, (d, a) -> {
            java.util.Collections.reverse(d.items);
            return null;
        });
        method("count", 1, 1, (d, a) -> {
            long n = 0;
            for (Object v : d.items) {
                n += Runtime.eq(v, a[1]) ? 1 : 0;
            }
            return n;
        });
        method("remove", 1, 1, (d, a) -> {
            for (int i = 0; i < d.items.size(); i++) {
                if (Runtime.eq(d.items.get(i), a[1])) {
                    d.items.remove(i);
                    return null;
                }
            }
            throw Errors.valueError(Runtime.repr(a[1]) + " is not in deque");
        });
        method("index", 1, 1, (d, a) -> {
            for (int i = 0; i < d.items.size(); i++) {
                if (Runtime.eq(d.items.get(i), a[1])) {
                    return (long) i;
                }
            }
            throw Errors.valueError(Runtime.repr(a[1]) + " is not in deque");
        });
        method("insert", 2, 2, (d, a) -> {
            if (d.maxlen >= 0 && d.items.size() >= d.maxlen) {
                throw Errors.indexError("deque already at its maximum size");
            }
            int n = d.items.size();
            long i = Runtime.toIndex(a[1]);
            i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
            d.items.add((int) i, a[2]);
            return null;
        });
        method("copy", 0, 0, (d, a) -> {
            Deque c = new Deque(d.maxlen);
            c.items.addAll(d.items);
            return c;
        });
        method("__len__", 0, 0, (d, a) -> (long) d.items.size());
        method("__iter__", 0, 0, (d, a) -> {
            int size = d.items.size();
            return new PyIterator("_collections._deque_iterator") {
                int i;

                public boolean hasNext() {
                    if (d.items.size() != size) {
                        throw Errors.runtimeError("deque mutated during iteration");
                    }
                    return i < size;
                }

                public Object next() {
                    return d.items.get(i++);
                }
            };
        });
        method("__getitem__", 1, 1, (d, a) -> d.items.get(d.index(a[1])));
        method("__setitem__", 2, 2, (d, a) -> {
            d.items.set(d.index(a[1]), a[2]);
            return null;
        });
        method("__delitem__", 1, 1, (d, a) -> d.items.remove(d.index(a[1])));
        method("__contains__", 1, 1, (d, a) -> {
            for (Object v : d.items) {
                if (v == a[1] || Runtime.eq(v, a[1])) {
                    return true;
                }
            }
            return false;
        });
        method("__eq__", 1, 1, (d, a) -> a[1] instanceof Deque
                && Runtime.eq(new PyList(new ArrayList<>(d.items)), new PyList(new ArrayList<>(((Deque) a[1]).items))));
        method("__repr__", 0, 0, (d, a) -> "deque(" + Runtime.repr(new PyList(new ArrayList<>(d.items)))
                + (d.maxlen < 0 ? "" : ", maxlen=" + d.maxlen) + ")");
    }
}
