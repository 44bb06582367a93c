package gradpad.kernel.modules;

import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.PyCallable;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;

/** Python's {@code functools}: reduce, partial, lru_cache/cache and wraps. */
public final class Functools {
    private Functools() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("functools");
        m.function("reduce", Functools::reduce);
        m.put("partial", Partial.TYPE);
        m.function("lru_cache", (a, kw) -> {
            Object[] b = new Signature("lru_cache", "maxsize=128", "typed=False").bind(a, kw);
            Object maxsize = b[0] == null ? (Object) 128L : b[0];
            if (isCallable(maxsize)) {
                return new LruCache(maxsize, 128); // @lru_cache without parentheses
            }
            if (maxsize != PyNone.NONE && !(maxsize instanceof Long || maxsize instanceof Boolean)) {
                throw Errors.typeError("Expected first argument to be an integer, a callable, or None");
            }
            long size = maxsize == PyNone.NONE ? -1 : Math.max(0, Runtime.toIndex(maxsize));
            return new Builtin("decorating_function", (f, fkw) -> {
                Arity.expected("decorating_function", f, fkw, 1, 1);
                return new LruCache(f[0], size);
            });
        });
        m.function("cache", (a, kw) -> {
            Object[] b = new Signature("cache", "user_function").bind(a, kw);
            return new LruCache(b[0], -1);
        });
        m.function("wraps", (a, kw) -> {
            Object[] b = new Signature("wraps", "wrapped", "assigned=None", "updated=None").bind(a, kw);
            return new Builtin("update_wrapper", (f, fkw) -> {
                Arity.expected("update_wrapper", f, fkw, 1, 1);
                return new Wrapped(f[0], b[0]);
            });
        });
        m.function("update_wrapper", (a, kw) -> {
            Object[] b = new Signature("update_wrapper", "wrapper", "wrapped", "assigned=None", "updated=None")
                    .bind(a, kw);
            return new Wrapped(b[0], b[1]);
        });
        return m;
    }

    /** reduce(function, iterable[, initial]): a left fold. */
    private static Object reduce(Object[] a, String[] kw) {
        Arity.expected("reduce", a, kw, 2, 3);
        PyIterator it = Runtime.iter(a[1]);
        Object total = a.length > 2 ? a[2] : null;
        if (total == null) {
            if (!it.hasNext()) {
                throw Errors.typeError("reduce() of empty iterable with no initial value");
            }
            total = it.next();
        }
        while (it.hasNext()) {
            total = Runtime.call(a[0], total, it.next());
        }
        return total;
    }

    static boolean isCallable(Object o) {
        return o instanceof PyCallable || Runtime.lookupAttr(o, "__call__") != null;
    }

    /** The metadata of a wrapped function ({@code __name__}, {@code __doc__}...), or null. */
    static Object metadata(Object wrapped, String name) {
        switch (name) {
            case "__name__":
            case "__qualname__":
            case "__doc__":
            case "__module__":
                return Runtime.lookupAttr(wrapped, name);
            default:
                return null;
        }
    }

    /**
     * What {@code @functools.wraps(f)} makes of a wrapper: the wrapper, called as before, showing f's
     * name and docstring (the kernel's functions have fixed names, so this stands in for them).
     */
    static final class Wrapped implements Instances.Function, PyObj {
        private final Object wrapper;
        private final Object wrapped;

        Wrapped(Object wrapper, Object wrapped) {
            this.wrapper = wrapper;
            this.wrapped = wrapped;
        }

        @Override
        public Object call(Object[] args, String[] kwNames) {
            return Runtime.call(wrapper, args, kwNames);
        }

        @Override
        public PyClass cls() {
            return Runtime.typeOf(wrapper);
        }

        @Override
        public Object getAttr(String name) {
            if (name.equals("__wrapped__")) {
                return wrapped;
            }
            Object v = metadata(wrapped, name);
            return v != null ? v : Runtime.lookupAttr(wrapper, name);
        }

        @Override
        public boolean setAttr(String name, Object value) {
            return false;
        }

        @Override
        public String toString() {
            Object q = metadata(wrapped, "__qualname__");
            return "<function " + (q == null ? "?" : Runtime.str(q)) + " at " + Runtime.address(this) + ">";
        }
    }

    /** {@code functools.partial}: a callable with some arguments filled in. */
    static final class Partial implements PyCallable, PyObj {
        static final PyClass TYPE = new PyClass("partial", "functools", new PyClass[] {Types.OBJECT}, (a, kw) -> {
            int npos = a.length - kw.length;
            if (npos == 0) {
                throw Errors.typeError("type 'partial' takes at least one argument");
            }
            Object func = a[0];
            if (!isCallable(func)) {
                throw Errors.typeError("the first argument must be callable");
            }
            Object[] args = new Object[npos - 1];
            System.arraycopy(a, 1, args, 0, npos - 1);
            PyDict keywords = new PyDict();
            if (func instanceof Partial) { // partial(partial(f, 1), 2) is partial(f, 1, 2)
                Partial inner = (Partial) func;
                Object[] joined = new Object[inner.args.length + args.length];
                System.arraycopy(inner.args, 0, joined, 0, inner.args.length);
                System.arraycopy(args, 0, joined, inner.args.length, args.length);
                args = joined;
                for (Object[] e : inner.keywords.entries()) {
                    keywords.put(e[0], e[1]);
                }
                func = inner.func;
            }
            for (int k = 0; k < kw.length; k++) {
                keywords.put(kw[k], a[npos + k]);
            }
            return new Partial(func, args, keywords);
        });

        final Object func;
        final Object[] args;
        final PyDict keywords;

        Partial(Object func, Object[] args, PyDict keywords) {
            this.func = func;
            this.args = args;
            this.keywords = keywords;
        }

        @Override
        public Object call(Object[] a, String[] kwNames) {
            int npos = a.length - kwNames.length;
            PyDict merged = new PyDict();
            for (Object[] e : keywords.entries()) {
                merged.put(e[0], e[1]);
            }
            for (int k = 0; k < kwNames.length; k++) {
                merged.put(kwNames[k], a[npos + k]);
            }
            Object[] all = new Object[args.length + npos + merged.size()];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(a, 0, all, args.length, npos);
            String[] names = new String[merged.size()];
            int i = 0;
            for (Object[] e : merged.entries()) {
                names[i] = (String) e[0];
                all[args.length + npos + i++] = e[1];
            }
            return Runtime.call(func, all, names);
        }

        @Override
        public PyClass cls() {
            return TYPE;
        }

        @Override
        public Object getAttr(String name) {
            switch (name) {
                case "func":
                    return func;
                case "args":
                    return new PyTuple(args.clone());
                case "keywords":
                    return keywords;
                case "__class__":
                    return TYPE;
                default:
                    return null;
            }
        }

        @Override
        public boolean setAttr(String name, Object value) {
            return false;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("functools.partial(").append(Runtime.repr(func));
            for (Object arg : args) {
                sb.append(", ").append(Runtime.repr(arg));
            }
            for (Object[] e : keywords.entries()) {
                sb.append(", ").append(e[0]).append('=').append(Runtime.repr(e[1]));
            }
            return sb.append(')').toString();
        }
    }
}
