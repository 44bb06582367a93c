package gradpad.kernel.modules;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import java.util.ArrayList;
import java.util.List;

/**
 * itertools' combinatoric iterators, with the index algorithms of CPython's itertoolsmodule.c so
 * the order of the tuples is the same. Their inputs are read whole first, as CPython reads them.
 */
final class Combinatorics {
    static final PyClass PRODUCT = LazyIterator.type("itertools.product", Combinatorics::product);
    static final PyClass PERMUTATIONS = LazyIterator.type("itertools.permutations", Combinatorics::permutations);
    static final PyClass COMBINATIONS = LazyIterator.type("itertools.combinations", Combinatorics::combinations);
    static final PyClass COMBINATIONS_WR = LazyIterator.type("itertools.combinations_with_replacement",
            Combinatorics::combinationsWithReplacement);

    private Combinatorics() {
    }

    static void register(PyModule m) {
        m.put("product", PRODUCT);
        m.put("permutations", PERMUTATIONS);
        m.put("combinations", COMBINATIONS);
        m.put("combinations_with_replacement", COMBINATIONS_WR);
    }

    static Object[] pool(Object iterable) {
        List<Object> items = new ArrayList<>();
        PyIterator it = Runtime.iter(iterable);
        while (it.hasNext()) {
            items.add(it.next());
        }
        return items.toArray();
    }

    /** product(*iterables, repeat=1): the rightmost element advances fastest, like an odometer. */
    private static Object product(Object[] a, String[] kw) {
        Object[] b = new Signature("product", "*iterables", "repeat=1").bind(a, kw);
        long repeat = b[1] == null ? 1 : Runtime.toIndex(b[1]);
        if (repeat < 0) {
            throw Errors.valueError("repeat argument cannot be negative");
        }
        Object[] iterables = ((PyTuple) b[0]).items();
        Object[][] given = new Object[iterables.length][];
        for (int i = 0; i < iterables.length; i++) {
            given[i] = pool(iterables[i]);
        }
        int n = (int) (given.length * repeat);
        Object[][] pools = new Object[n][];
        for (int i = 0; i < n; i++) {
            pools[i] = given[i % given.length];
        }
        int[] indices = new int[n];
        return new LazyIterator(PRODUCT) {
            boolean started;
            boolean stopped;

            protected Object advance() {
                if (stopped) {
                    return null;
                }
                if (!started) {
                    started = true;
                    for (Object[] p : pools) {
                        if (p.length == 0) {
                            stopped = true;
                            return null;
                        }
                    }
                } else {
                    int i = n - 1;
                    while (i >= 0 && ++indices[i] == pools[i].length) {
                        indices[i--] = 0;
                    }
                    if (i < 0) {
                        stopped = true;
                        return null;
                    }
                }
                Object[] out = new Object[n];
                for (int i = 0; i < n; i++) {
                    out[i] = pools[i][indices[i]];
                }
                return new PyTuple(out);
            }
        };
    }

    private static int r(Object v) {
        long r = Runtime.toIndex(v);
        if (r < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        return (int) Math.min(r, Integer.MAX_VALUE);
    }

    /** The CPython signature check: {@code combinations() missing required argument 'r' (pos 2)}. */
    private static Object[] poolAndR(String name, Object[] a, String[] kw, boolean rOptional) {
        Object[] b = new Signature(name, "iterable", "r=None").bind(a, kw);
        if (b[0] == null) {
            throw Errors.typeError(name + "() missing required argument 'iterable' (pos 1)");
        }
        if (b[1] == null && !rOptional) {
            throw Errors.typeError(name + "() missing required argument 'r' (pos 2)");
        }
        return b;
    }

    private static Object tuple(Object[] pool, int[] indices, int r) {
        Object[] out = new Object[r];
        for (int i = 0; i < r; i++) {
            out[i] = pool[indices[i]];
        }
        return new PyTuple(out);
    }

    private static Object permutations(Object[] a, String[] kw) {
        Object[] b = poolAndR("permutations", a, kw, true);
        Object[] pool = pool(b[0]);
        int n = pool.length;
        int r = b[1] == null || b[1] == gradpad.kernel.runtime.PyNone.NONE ? n : r(b[1]);
        int[] indices = new int[n];
        int[] cycles = new int[r];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        for (int i = 0; i < r; i++) {
            cycles[i] = n - i;
        }
        return new LazyIterator(PERMUTATIONS) {
            boolean started;
            boolean stopped = r > n;

            protected Object advance() {
                if (stopped) {
                    return null;
                }
                if (started) {
                    int i = r - 1;
                    for (; i >= 0; i--) {
                        if (--cycles[i] == 0) {
                            int first = indices[i];
                            System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                            indices[n - 1] = first;
                            cycles[i] = n - i;
                        } else {
                            int j = cycles[i];
                            int t = indices[i];
                            indices[i] = indices[n - j];
                            indices[n - j] = t;
                            break;
                        }
                    }
                    if (i < 0) {
                        stopped = true;
                        return null;
                    }
                }
                started = true;
                return tuple(pool, indices, r);
            }
        };
    }

    private static Object combinations(Object[] a, String[] kw) {
        Object[] b = poolAndR("combinations", a, kw, false);
        Object[] pool = pool(b[0]);
        int r = r(b[1]);
        int n = pool.length;
        int[] indices = new int[Math.max(r, 0)];
        for (int i = 0; i < r; i++) {
            indices[i] = i;
        }
        return new LazyIterator(COMBINATIONS) {
            boolean started;
            boolean stopped = r > n;

            protected Object advance() {
                if (stopped) {
                    return null;
                }
                if (started) {
                    int i = r - 1;
                    while (i >= 0 && indices[i] == i + n - r) {
                        i--;
                    }
                    if (i < 0) {
                        stopped = true;
                        return null;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = indices[j - 1] + 1;
                    }
                }
                started = true;
                return tuple(pool, indices, r);
            }
        };
    }

    private static Object combinationsWithReplacement(Object[] a, String[] kw) {
        Object[] b = poolAndR("combinations_with_replacement", a, kw, false);
        Object[] pool = pool(b[0]);
        int r = r(b[1]);
        int n = pool.length;
        int[] indices = new int[r];
        return new LazyIterator(COMBINATIONS_WR) {
            boolean started;
            boolean stopped = n == 0 && r > 0;

            protected Object advance() {
                if (stopped) {
                    return null;
                }
                if (started) {
                    int i = r - 1;
                    while (i >= 0 && indices[i] == n - 1) {
                        i--;
                    }
                    if (i < 0) {
                        stopped = true;
                        return null;
                    }
                    int v = indices[i] + 1;
                    for (int j = i; j < r; j++) {
                        indices[j] = v;
                    }
                }
                started = true;
                return tuple(pool, indices, r);
            }
        };
    }
}
