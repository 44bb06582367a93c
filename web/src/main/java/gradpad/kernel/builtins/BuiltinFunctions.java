package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Operators;
import gradpad.kernel.runtime.PyException;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyRange;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Expr.CmpOp;
import gradpad.kernel.syntax.Expr.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The functions of Python's {@code builtins} that work on values ({@code len}, {@code sum}, {@code zip}...). */
final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static void register(Map<String, Object> b) {
        put(b, "len", (a, kw) -> Runtime.len(one("len", a, kw)));
        put(b, "repr", (a, kw) -> Runtime.repr(one("repr", a, kw)));
        put(b, "ascii", (a, kw) -> Runtime.repr(one("ascii", a, kw)));
        put(b, "id", (a, kw) -> Runtime.id(one("id", a, kw)));
        put(b, "hash", (a, kw) -> gradpad.kernel.runtime.PyHash.of(one("hash", a, kw)));
        put(b, "callable", (a, kw) -> {
            Object o = one("callable", a, kw);
            return o instanceof gradpad.kernel.runtime.PyCallable || Runtime.lookupAttr(o, "__call__") != null;
        });
        put(b, "iter", (a, kw) -> Runtime.iter(one("iter", a, kw)));
        put(b, "next", (a, kw) -> {
            Arity.expected("next", a, kw, 1, 2);
            Object userNext = a[0] instanceof PyInstance ? ((PyInstance) a[0]).cls().lookup("__next__") : null;
            if (userNext != null) { // a class with __next__: an iterator too
                try {
                    return Runtime.call(userNext, new Object[] {a[0]}, Signature.NO_KW);
                } catch (PyException e) {
                    if (a.length > 1 && e.value.cls().isSubclassOf(Types.STOP_ITERATION)) {
                        return a[1];
                    }
                    throw e;
                }
            }
            if (!(a[0] instanceof PyIterator)) {
                throw Errors.typeError("'" + Runtime.typeName(a[0]) + "' object is not an iterator");
            }
            PyIterator it = (PyIterator) a[0];
            if (!it.hasNext() && a.length > 1) {
                return a[1];
            }
            return it.nextOrStop();
        });
        NumberBuiltins.register(b);
        put(b, "sum", (a, kw) -> {
            Object[] s = new Signature("sum", "iterable", "start=0").bind(a, kw);
            Object acc = s[1] == null ? (Object) 0L : s[1];
            if (acc instanceof String) {
                throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            PyIterator it = Runtime.iter(s[0]);
            while (it.hasNext()) {
                acc = Operators.binary(Operator.Add, acc, it.next());
            }
            return acc;
        });
        put(b, "min", (a, kw) -> extreme("min", a, kw, CmpOp.Lt));
        put(b, "max", (a, kw) -> extreme("max", a, kw, CmpOp.Gt));
        put(b, "any", (a, kw) -> {
            PyIterator it = Runtime.iter(one("any", a, kw));
            while (it.hasNext()) {
                if (Runtime.truthy(it.next())) {
                    return true;
                }
            }
            return false;
        });
        put(b, "all", (a, kw) -> {
            PyIterator it = Runtime.iter(one("all", a, kw));
            while (it.hasNext()) {
                if (!Runtime.truthy(it.next())) {
                    return false;
                }
            }
            return true;
        });
        put(b, "sorted", (a, kw) -> {
            Object[] s = new Signature("sorted", "iterable", "*", "key=None", "reverse=False").bind(a, kw);
            return new PyList(Sorting.sorted(toList(s[0]), s[1], Convert.truthy(s[2])));
        });
        put(b, "reversed", (a, kw) -> {
            List<Object> items = toList(one("reversed", a, kw));
            java.util.Collections.reverse(items);
            return PyIterator.overList(items, "list_reverseiterator");
        });
        put(b, "enumerate", (a, kw) -> {
            Object[] s = new Signature("enumerate", "iterable", "start=0").bind(a, kw);
            PyIterator it = Runtime.iter(s[0]);
            long start = s[1] == null ? 0 : Runtime.toIndex(s[1]);
            return new PyIterator("enumerate") {
                long i = start;

                public boolean hasNext() {
                    return it.hasNext();
                }

                public Object next() {
                    return PyTuple.of(i++, it.next());
                }
            };
        });
        put(b, "zip", (a, kw) -> {
            int n = a.length - kw.length;
            PyIterator[] its = new PyIterator[n];
            for (int i = 0; i < n; i++) {
                its[i] = Runtime.iter(a[i]);
            }
            return new PyIterator("zip") {
                public boolean hasNext() {
                    if (its.length == 0) {
                        return false;
                    }
                    for (PyIterator it : its) {
                        if (!it.hasNext()) {
                            return false;
                        }
                    }
                    return true;
                }

                public Object next() {
                    Object[] items = new Object[its.length];
                    for (int i = 0; i < its.length; i++) {
                        items[i] = its[i].next();
                    }
                    return new PyTuple(items);
                }
            };
        });
        put(b, "map", (a, kw) -> {
            if (kw.length > 0) {
                throw Errors.typeError("map() takes no keyword arguments");
            }
            if (a.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            Object f = a[0];
            PyIterator[] its = new PyIterator[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                its[i - 1] = Runtime.iter(a[i]);
            }
            return new PyIterator("map") {
                public boolean hasNext() {
                    for (PyIterator it : its) {
                        if (!it.hasNext()) {
                            return false;
                        }
                    }
                    return its.length > 0;
                }

                public Object next() {
                    Object[] args = new Object[its.length];
                    for (int i = 0; i < its.length; i++) {
                        args[i] = its[i].next();
                    }
                    return Runtime.call(f, args, Signature.NO_KW);
                }
            };
        });
        put(b, "filter", (a, kw) -> {
            Arity.expected("filter", a, kw, 2, 2);
            Object f = a[0];
            PyIterator it = Runtime.iter(a[1]);
            // Lazy, as in Python: next(filter(pred, endless)) stops at the first match.
            return new PyIterator("filter") {
                private Object pending;
                private boolean hasPending;

                public boolean hasNext() {
                    while (!hasPending && it.hasNext()) {
                        Object v = it.next();
                        if (Runtime.truthy(f == PyNone.NONE ? v : Runtime.call(f, v))) {
                            pending = v;
                            hasPending = true;
                        }
                    }
                    return hasPending;
                }

                public Object next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    hasPending = false;
                    Object v = pending;
                    pending = null;
                    return v;
                }
            };
        });
        put(b, "isinstance", (a, kw) -> {
            Object[] s = new Signature("isinstance", "obj", "class_or_tuple").bind(a, kw);
            return matchesClass(s[0], s[1], "isinstance");
        });
        put(b, "issubclass", (a, kw) -> {
            Object[] s = new Signature("issubclass", "cls", "class_or_tuple").bind(a, kw);
            if (!(s[0] instanceof PyClass)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            Object[] options = s[1] instanceof PyTuple ? ((PyTuple) s[1]).items() : new Object[] {s[1]};
            for (Object o : options) {
                if (o instanceof PyClass && ((PyClass) s[0]).isSubclassOf((PyClass) o)) {
                    return true;
                }
            }
            return false;
        });
        put(b, "hasattr", (a, kw) -> {
            Arity.expected("hasattr", a, kw, 2, 2);
            return Runtime.lookupAttr(a[0], attrName(a[1], "hasattr")) != null;
        });
        put(b, "vars", (a, kw) -> { // vars(obj) is obj.__dict__; vars() (the locals) is not provided
            Arity.expected("vars", a, kw, 0, 1);
            if (a.length == 0) {
                throw Errors.make(gradpad.kernel.runtime.Types.NOT_IMPLEMENTED_ERROR,
                        "gradpad: vars() without an argument is not supported");
            }
            Object d = Runtime.lookupAttr(a[0], "__dict__");
            if (d == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        put(b, "getattr", (a, kw) -> {
            Arity.expected("getattr", a, kw, 2, 3);
            Object v = Runtime.lookupAttr(a[0], attrName(a[1], "getattr"));
            if (v == null) {
                if (a.length > 2) {
                    return a[2];
                }
                return Runtime.getAttr(a[0], (String) a[1]);
            }
            return v;
        });
        put(b, "setattr", (a, kw) -> {
            Arity.expected("setattr", a, kw, 3, 3);
            Runtime.setAttr(a[0], attrName(a[1], "setattr"), a[2]);
            return PyNone.NONE;
        });
        put(b, "chr", (a, kw) -> {
            long c = Runtime.toIndex(one("chr", a, kw));
            if (c > Integer.MAX_VALUE || c < Integer.MIN_VALUE) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            if (c < 0 || c > 0x10FFFF) {
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) c));
        });
        put(b, "ord", (a, kw) -> {
            Object s = one("ord", a, kw);
            if (!(s instanceof String)) {
                throw Errors.typeError("ord() expected string of length 1, but " + Runtime.typeName(s) + " found");
            }
            int n = ((String) s).codePointCount(0, ((String) s).length());
            if (n != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return (long) ((String) s).codePointAt(0);
        });
        put(b, "format", (a, kw) -> {
            Arity.expected("format", a, kw, 1, 2);
            if (a.length > 1 && !(a[1] instanceof String)) {
                throw Errors.typeError("format() argument 2 must be str, not " + Runtime.typeName(a[1]));
            }
            return Formatting.format(a[0], a.length > 1 ? (String) a[1] : "");
        });
        put(b, "input", (a, kw) -> {
            throw Errors.make(Types.exceptionByName("NotImplementedError"),
                    "input() is not available in gradpad: set the value in the cell instead");
        });
        put(b, "open", (a, kw) -> {
            throw Errors.make(Types.exceptionByName("NotImplementedError"),
                    "gradpad runs in the browser and has no files: open() is not available");
        });
    }

    static void put(Map<String, Object> b, String name, Builtin.Body body) {
        b.put(name, new Builtin(name, body));
    }

    /**
     * Positional argument {@code i} of a method taking 1 to {@code max} positional arguments and
     * no keywords, with CPython's TypeErrors for other counts.
     */
    static Object argAt(String name, Object[] a, String[] kw, int i, int max) {
        if (kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        if (a.length == 0 || a.length > max) {
            throw Errors.typeError(max == 1 ? name + "() takes exactly one argument (" + a.length + " given)"
                    : a.length == 0 ? name + "() takes at least 1 argument (0 given)"
                    : name + "() takes at most " + max + " arguments (" + a.length + " given)");
        }
        return i < a.length ? a[i] : null;
    }

    static Object one(String name, Object[] a, String[] kw) {
        if (a.length != 1 || kw.length != 0) {
            throw Errors.typeError(name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    private static String attrName(Object o, String fn) {
        if (!(o instanceof String)) {
            throw Errors.typeError(fn + "(): attribute name must be string");
        }
        return (String) o;
    }

    static boolean matchesClass(Object obj, Object spec, String fn) {
        Object[] options = spec instanceof PyTuple ? ((PyTuple) spec).items() : new Object[] {spec};
        for (Object o : options) {
            if (!(o instanceof PyClass)) {
                throw Errors.typeError(fn + "() arg 2 must be a type, a tuple of types, or a union");
            }
            if (Runtime.isInstance(obj, (PyClass) o)) {
                return true;
            }
        }
        return false;
    }

    static List<Object> toList(Object iterable) {
        List<Object> out = new ArrayList<>();
        PyIterator it = Runtime.iter(iterable);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    private static Object extreme(String name, Object[] a, String[] kw, CmpOp better) {
        Object[] s = new Signature(name, "*args", "key=None", "default=None").bind(a, kw);
        Object[] args = ((PyTuple) s[0]).items();
        if (args.length == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        List<Object> items = args.length == 1 ? toList(args[0]) : java.util.Arrays.asList(args);
        if (items.isEmpty()) {
            if (s[2] != null) {
                return s[2];
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        Object best = items.get(0);
        Object bestKey = s[1] == null || s[1] == PyNone.NONE ? best : Runtime.call(s[1], best);
        for (int i = 1; i < items.size(); i++) {
            Object v = items.get(i);
            Object k = s[1] == null || s[1] == PyNone.NONE ? v : Runtime.call(s[1], v);
            if (Runtime.truthy(Operators.compare(better, k, bestKey))) {
                best = v;
                bestKey = k;
            }
        }
        return best;
    }

    /** {@code pow(base, exp, mod)}: Python's result (the sign of mod), a negative exp inverts base. */
    static final class Convert {
        private Convert() {
        }

        static boolean truthy(Object o) {
            return o != null && o != PyNone.NONE && Runtime.truthy(o);
        }
    }

    static PyRange range(Object[] a, String[] kw) {
        if (kw.length > 0) {
            throw Errors.typeError("range() takes no keyword arguments");
        }
        switch (a.length) {
            case 1: return new PyRange(0, rangeArg(a[0]), 1);
            case 2: return new PyRange(rangeArg(a[0]), rangeArg(a[1]), 1);
            case 3: return new PyRange(rangeArg(a[0]), rangeArg(a[1]), rangeArg(a[2]));
            default:
                throw Errors.typeError(a.length == 0 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + a.length);
        }
    }

    private static long rangeArg(Object o) {
        if (o instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        return Runtime.toIndex(o);
    }

}
