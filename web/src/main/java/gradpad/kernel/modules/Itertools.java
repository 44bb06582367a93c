package gradpad.kernel.modules;

import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Numbers;
import gradpad.kernel.runtime.Operators;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.syntax.Expr.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code itertools}: lazy iterators, so {@code count()} and {@code cycle()} are endless
 * without hanging, with CPython's argument errors. The combinatoric ones are in {@link Combinatorics},
 * groupby in {@link GroupBy}.
 */
public final class Itertools {
    private Itertools() {
    }

    private static PyClass type(String name, Builtin.Body body) {
        return LazyIterator.type("itertools." + name, body);
    }

    private static final PyClass COUNT = type("count", Itertools::count);
    private static final PyClass CYCLE = type("cycle", Itertools::cycle);
    private static final PyClass REPEAT = type("repeat", Itertools::repeat);
    private static final PyClass CHAIN = type("chain", (a, kw) -> {
        if (kw.length > 0) {
            throw Errors.typeError("chain() takes no keyword arguments");
        }
        return chain(PyIterator.overArray(a.clone(), "tuple_iterator"));
    });
    private static final PyClass ACCUMULATE = type("accumulate", Itertools::accumulate);
    private static final PyClass ISLICE = type("islice", Itertools::islice);
    private static final PyClass ZIP_LONGEST = type("zip_longest", Itertools::zipLongest);
    private static final PyClass STARMAP = type("starmap", Itertools::starmap);
    private static final PyClass TAKEWHILE = type("takewhile", (a, kw) -> whileIterator(a, kw, true));
    private static final PyClass DROPWHILE = type("dropwhile", (a, kw) -> whileIterator(a, kw, false));
    private static final PyClass PAIRWISE = type("pairwise", Itertools::pairwise);
    private static final PyClass COMPRESS = type("compress", Itertools::compress);
    private static final PyClass FILTERFALSE = type("filterfalse", Itertools::filterfalse);
    private static final PyClass TEE = type("_tee", (a, kw) -> {
        throw Errors.typeError("cannot create 'itertools._tee' instances");
    });

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        CHAIN.dict.put("from_iterable", new Builtin("from_iterable", (a, kw) -> {
            Arity.takes("from_iterable", a, kw, 1, 1);
            return chain(Runtime.iter(a[0]));
        }));
        m.put("count", COUNT).put("cycle", CYCLE).put("repeat", REPEAT).put("chain", CHAIN);
        m.put("accumulate", ACCUMULATE).put("islice", ISLICE).put("zip_longest", ZIP_LONGEST);
        m.put("starmap", STARMAP).put("takewhile", TAKEWHILE).put("dropwhile", DROPWHILE);
        m.put("pairwise", PAIRWISE).put("compress", COMPRESS).put("filterfalse", FILTERFALSE);
        m.put("groupby", GroupBy.GROUPBY);
        Combinatorics.register(m);
        m.function("tee", Itertools::tee);
        return m;
    }

    private static Object count(Object[] a, String[] kw) {
        Object[] b = new Signature("count", "start=0", "step=1").bind(a, kw);
        Object start = b[0] == null ? (Object) 0L : b[0];
        Object step = b[1] == null ? (Object) 1L : b[1];
        if (!Numbers.isNumber(start) || !Numbers.isNumber(step)) {
            throw Errors.typeError("a number is required");
        }
        return new LazyIterator(COUNT) {
            Object current = start;

            protected Object advance() {
                poll();
                Object v = current;
                current = Operators.binary(Operator.Add, current, step);
                return v;
            }

            @Override
            public String toString() { // count(5), count(0, 2): the step shows unless it is the int 1
                boolean unitStep = step instanceof Long && (Long) step == 1;
                return "count(" + Runtime.repr(current) + (unitStep ? "" : ", " + Runtime.repr(step)) + ")";
            }
        };
    }

    private static Object cycle(Object[] a, String[] kw) {
        Arity.expected("cycle", a, kw, 1, 1);
        PyIterator it = Runtime.iter(a[0]);
        List<Object> saved = new ArrayList<>();
        return new LazyIterator(CYCLE) {
            int i = -1;

            protected Object advance() {
                poll();
                if (i < 0) { // the first pass reads (and saves) the iterable lazily
                    if (it.hasNext()) {
                        Object v = it.next();
                        saved.add(v);
                        return v;
                    }
                    if (saved.isEmpty()) {
                        return null;
                    }
                    i = 0;
                }
                Object v = saved.get(i);
                i = (i + 1) % saved.size();
                return v;
            }
        };
    }

    private static Object repeat(Object[] a, String[] kw) {
        Object[] b = new Signature("repeat", "object", "times=None").bind(a, kw);
        long times = b[1] == null ? -1 : Math.max(0, Runtime.toIndex(b[1]));
        return new LazyIterator(REPEAT) {
            long left = times;

            protected Object advance() {
                poll();
                if (left == 0) {
                    return null;
                }
                if (left > 0) {
                    left--;
                }
                return b[0];
            }

            @Override
            public String toString() {
                return "repeat(" + Runtime.repr(b[0]) + (left < 0 ? "" : ", " + left) + ")";
            }
        };
    }

    private static Object chain(PyIterator sources) {
        return new LazyIterator(CHAIN) {
            PyIterator current;

            protected Object advance() {
                while (current == null || !current.hasNext()) {
                    if (!sources.hasNext()) {
                        return null;
                    }
                    current = Runtime.iter(sources.next());
                }
                return current.next();
            }
        };
    }

    private static Object accumulate(Object[] a, String[] kw) {
        Object[] b = new Signature("accumulate", "iterable", "func=None", "*", "initial=None").bind(a, kw);
        PyIterator it = Runtime.iter(b[0]);
        Object func = b[1] == null ? PyNone.NONE : b[1];
        Object initial = b[2] == null ? PyNone.NONE : b[2];
        return new LazyIterator(ACCUMULATE) {
            Object total = initial == PyNone.NONE ? null : initial;
            boolean initialPending = total != null;

            protected Object advance() {
                if (initialPending) {
                    initialPending = false;
                    return total;
                }
                if (!it.hasNext()) {
                    return null;
                }
                Object v = it.next();
                total = total == null ? v : func == PyNone.NONE ? Operators.binary(Operator.Add, total, v)
                        : Runtime.call(func, total, v);
                return total;
            }
        };
    }

    private static long sliceIndex(Object v, long absent, String message) {
        if (v == PyNone.NONE) {
            return absent;
        }
        long i;
        try {
            i = Runtime.toIndex(v);
        } catch (gradpad.kernel.runtime.PyException e) {
            throw Errors.valueError(message);
        }
        if (i < 0) {
            throw Errors.valueError(message);
        }
        return i;
    }

    /** islice(iterable, stop) or islice(iterable, start, stop[, step]); stop None is endless. */
    private static Object islice(Object[] a, String[] kw) {
        Arity.expected("islice", a, kw, 2, 4);
        String stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        String indexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        PyIterator it = Runtime.iter(a[0]);
        long start = 0;
        long stop;
        long step = 1;
        if (a.length == 2) {
            stop = sliceIndex(a[1], -1, stopMessage);
        } else {
            start = sliceIndex(a[1], 0, indexMessage);
            stop = sliceIndex(a[2], -1, stopMessage);
            if (a.length == 4) {
                if (a[3] != PyNone.NONE && (!(a[3] instanceof Long || a[3] instanceof Boolean)
                        || Runtime.toIndex(a[3]) < 1)) {
                    throw Errors.valueError("Step for islice() must be a positive integer or None.");
                }
                step = a[3] == PyNone.NONE ? 1 : Runtime.toIndex(a[3]);
            }
        }
        long first = start;
        long last = stop;
        long stride = step;
        return new LazyIterator(ISLICE) {
            long consumed; // items read from the source
            long next = first; // the index of the next item to yield

            protected Object advance() {
                if (last >= 0 && next >= last) {
                    return null;
                }
                while (consumed < next) {
                    if (!it.hasNext()) {
                        return null;
                    }
                    it.next();
                    consumed++;
                }
                if (!it.hasNext()) {
                    return null;
                }
                Object v = it.next();
                consumed++;
                next += stride;
                return v;
            }
        };
    }

    private static Object zipLongest(Object[] a, String[] kw) {
        Object fill = PyNone.NONE;
        for (int k = 0; k < kw.length; k++) {
            if (!kw[k].equals("fillvalue")) {
                throw Errors.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = a[a.length - kw.length + k];
        }
        Object fillvalue = fill;
        int n = a.length - kw.length;
        PyIterator[] its = new PyIterator[n];
        for (int i = 0; i < n; i++) {
            its[i] = Runtime.iter(a[i]);
        }
        return new LazyIterator(ZIP_LONGEST) {
            protected Object advance() {
                Object[] out = new Object[n];
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    if (its[i] != null && its[i].hasNext()) {
                        out[i] = its[i].next();
                        any = true;
                    } else {
                        its[i] = null; // an exhausted input is not asked again
                        out[i] = fillvalue;
                    }
                }
                return any ? new PyTuple(out) : null;
            }
        };
    }

    private static Object starmap(Object[] a, String[] kw) {
        Arity.expected("starmap", a, kw, 2, 2);
        PyIterator it = Runtime.iter(a[1]);
        return new LazyIterator(STARMAP) {
            protected Object advance() {
                if (!it.hasNext()) {
                    return null;
                }
                return Runtime.call(a[0], Combinatorics.pool(it.next()), Signature.NO_KW);
            }
        };
    }

    private static Object whileIterator(Object[] a, String[] kw, boolean take) {
        Arity.expected(take ? "takewhile" : "dropwhile", a, kw, 2, 2);
        PyIterator it = Runtime.iter(a[1]);
        return new LazyIterator(take ? TAKEWHILE : DROPWHILE) {
            boolean switched; // takewhile: the predicate failed; dropwhile: it has passed once

            protected Object advance() {
                if (take) { // nothing is read past the first failing item
                    if (switched || !it.hasNext()) {
                        return null;
                    }
                    Object v = it.next();
                    if (Runtime.truthy(Runtime.call(a[0], v))) {
                        return v;
                    }
                    switched = true;
                    return null;
                }
                while (it.hasNext()) {
                    Object v = it.next();
                    if (switched || !Runtime.truthy(Runtime.call(a[0], v))) {
                        switched = true;
                        return v;
                    }
                }
                return null;
            }
        };
    }

    private static Object pairwise(Object[] a, String[] kw) {
        Arity.expected("pairwise", a, kw, 1, 1);
        PyIterator it = Runtime.iter(a[0]);
        return new LazyIterator(PAIRWISE) {
            Object previous;

            protected Object advance() {
                if (previous == null) {
                    if (!it.hasNext()) {
                        return null;
                    }
                    previous = it.next();
                }
                if (!it.hasNext()) {
                    return null;
                }
                Object v = it.next();
                PyTuple pair = PyTuple.of(previous, v);
                previous = v;
                return pair;
            }
        };
    }

    private static Object compress(Object[] a, String[] kw) {
        Object[] b = new Signature("compress", "data", "selectors").bind(a, kw);
        PyIterator data = Runtime.iter(b[0]);
        PyIterator selectors = Runtime.iter(b[1]);
        return new LazyIterator(COMPRESS) {
            protected Object advance() {
                while (data.hasNext() && selectors.hasNext()) {
                    Object v = data.next();
                    if (Runtime.truthy(selectors.next())) {
                        return v;
                    }
                }
                return null;
            }
        };
    }

    private static Object filterfalse(Object[] a, String[] kw) {
        Arity.expected("filterfalse", a, kw, 2, 2);
        PyIterator it = Runtime.iter(a[1]);
        return new LazyIterator(FILTERFALSE) {
            protected Object advance() {
                while (it.hasNext()) {
                    Object v = it.next();
                    if (!Runtime.truthy(a[0] == PyNone.NONE ? v : Runtime.call(a[0], v))) {
                        return v;
                    }
                }
                return null;
            }
        };
    }

    /** tee(iterable, n=2): n iterators over one source, sharing what any of them has read. */
    private static Object tee(Object[] a, String[] kw) {
        Arity.expected("tee", a, kw, 1, 2);
        long n = a.length > 1 ? Runtime.toIndex(a[1]) : 2;
        if (n < 0) {
            throw Errors.valueError("n must be >= 0");
        }
        PyIterator source = Runtime.iter(a[0]);
        List<Object> buffer = new ArrayList<>();
        Object[] out = new Object[(int) n];
        for (int k = 0; k < n; k++) {
            out[k] = new LazyIterator(TEE) {
                int i;

                protected Object advance() {
                    if (i == buffer.size()) {
                        if (!source.hasNext()) {
                            return null;
                        }
                        buffer.add(source.next());
                    }
                    return buffer.get(i++);
                }
            };
        }
        return new PyTuple(out);
    }
}
