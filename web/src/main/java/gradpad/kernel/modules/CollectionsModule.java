package gradpad.kernel.modules;

import gradpad.kernel.builtins.Methods;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import java.util.List;

/**
 * Python's {@code collections}: OrderedDict (the kernel's ordered PyDict, as state_dict returns),
 * defaultdict, Counter, deque and namedtuple.
 */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    public static PyModule create() {
        Types.ORDERED_DICT.setConstructor((a, kw) -> {
            PyDict d = new PyDict();
            d.ordered = true;
            if (a.length - kw.length > 1) {
                throw Errors.typeError("expected at most 1 arguments, got " + (a.length - kw.length));
            }
            Runtime.call(Methods.lookup(d, "update"), a, kw);
            return d;
        });
        PyModule m = new PyModule("collections");
        m.put("OrderedDict", Types.ORDERED_DICT);
        m.put("defaultdict", DefaultDict.TYPE);
        m.put("Counter", Counter.TYPE);
        m.put("deque", Deque.TYPE);
        m.function("namedtuple", NamedTuples::namedtuple);
        return m;
    }

    /** The methods only an OrderedDict has: {@code move_to_end} and {@code popitem(last=...)}; else null. */
    public static Object orderedDictMethod(PyDict d, String name) {
        switch (name) {
            case "move_to_end":
                return new Builtin(name, d, (a, kw) -> {
                    Object[] b = new Signature("move_to_end", "key", "last=True").bind(a, kw);
                    Object v = d.get(b[0]);
                    if (v == null) {
                        throw Errors.keyError(b[0]);
                    }
                    boolean last = b[1] == null || Runtime.truthy(b[1]);
                    if (last) {
                        d.remove(b[0]);
                        d.put(b[0], v);
                    } else {
                        List<Object[]> entries = d.entries();
                        d.clear();
                        d.put(b[0], v);
                        for (Object[] e : entries) {
                            d.put(e[0], e[1]);
                        }
                    }
                    return PyNone.NONE;
                });
            case "popitem":
                return new Builtin(name, d, (a, kw) -> {
                    Object[] b = new Signature("popitem", "last=True").bind(a, kw);
                    if (d.size() == 0) {
                        throw Errors.keyError("dictionary is empty");
                    }
                    List<Object[]> entries = d.entries();
                    Object[] e = entries.get(b[0] == null || Runtime.truthy(b[0]) ? entries.size() - 1 : 0);
                    d.remove(e[0]);
                    return PyTuple.of(e[0], e[1]);
                });
            default:
                return null;
        }
    }
}
