package gradpad.kernel.modules;

import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;

/**
 * What {@code @functools.lru_cache} and {@code @functools.cache} return: the function memoised by
 * its arguments (which must be hashable, as in CPython), least recently used evicted first.
 */
final class LruCache implements Instances.Function, PyObj {
    private static final PyClass TYPE = new PyClass("functools._lru_cache_wrapper", "builtins",
            new PyClass[] {Types.OBJECT}, null);
    private static final PyClass CACHE_INFO = NamedTuples.make("CacheInfo", "functools",
            new String[] {"hits", "misses", "maxsize", "currsize"}, new Object[0]);
    /** Separates positional from keyword arguments in a key, as CPython's kwd_mark. */
    private static final Object KEYWORD_MARK = new Object();

    private final Object function;
    /** -1: unbounded ({@code maxsize=None}). */
    private final long maxsize;
    private final PyDict cache = new PyDict();
    private long hits;
    private long misses;

    LruCache(Object function, long maxsize) {
        if (!Functools.isCallable(function)) {
            throw Errors.typeError("the first argument must be callable");
        }
        this.function = function;
        this.maxsize = maxsize;
    }

    @Override
    public Object call(Object[] args, String[] kwNames) {
        Object[] keyItems = args;
        if (kwNames.length > 0) {
            keyItems = new Object[args.length + 1 + kwNames.length];
            int npos = args.length - kwNames.length;
            System.arraycopy(args, 0, keyItems, 0, npos);
            keyItems[npos] = KEYWORD_MARK;
            for (int k = 0; k < kwNames.length; k++) {
                keyItems[npos + 1 + 2 * k] = kwNames[k];
                keyItems[npos + 2 + 2 * k] = args[npos + k];
            }
        }
        PyTuple key = new PyTuple(keyItems.clone());
        Object v = cache.get(key);
        if (v != null) {
            hits++;
            cache.remove(key); // most recently used goes last
            cache.put(key, v);
            return v;
        }
        misses++;
        v = Runtime.call(function, args, kwNames);
        if (maxsize != 0) {
            cache.put(key, v);
            if (maxsize > 0 && cache.size() > maxsize) {
                cache.remove(cache.keys().get(0));
            }
        }
        return v;
    }

    @Override
    public PyClass cls() {
        return TYPE;
    }

    @Override
    public Object getAttr(String name) {
        switch (name) {
            case "__wrapped__":
                return function;
            case "cache_info":
                return new Builtin(name, this, (a, kw) -> NamedTuples.value(CACHE_INFO, hits, misses,
                        maxsize < 0 ? PyNone.NONE : (Object) maxsize, (long) cache.size()));
            case "cache_clear":
                return new Builtin(name, this, (a, kw) -> {
                    cache.clear();
                    hits = 0;
                    misses = 0;
                    return PyNone.NONE;
                });
            default:
                return Functools.metadata(function, name);
        }
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }

    @Override
    public String toString() {
        return "<functools._lru_cache_wrapper object at " + Runtime.address(this) + ">";
    }
}
