package gradpad.kernel.modules;

import gradpad.kernel.builtins.Methods;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.CustomRepr;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.NativeOperators;
import gradpad.kernel.runtime.Operators;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Expr.CmpOp;
import gradpad.kernel.syntax.Expr.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code collections.Counter}: a dict of counts (absent keys count 0), following Lib/collections:
 * most_common is a stable sort by count, and the arithmetic keeps only positive counts.
 */
final class Counter extends PyDict implements PyObj, CustomRepr, NativeOperators {
    static final PyClass TYPE = new PyClass("Counter", "collections", new PyClass[] {Types.DICT}, (a, kw) -> {
        if (a.length - kw.length > 1) {
            throw Errors.typeError("expected at most 1 argument, got " + (a.length - kw.length));
        }
        Counter c = new Counter();
        c.update(a, kw, 1);
        return c;
    });

    @Override
    public Object missing(Object key) {
        return 0L;
    }

    private Object count(Object key) {
        Object v = get(key);
        return v == null ? (Object) 0L : v;
    }

    /** update (sign 1) or subtract (sign -1) from an iterable of elements or a mapping of counts. */
    private void update(Object[] a, String[] kw, int sign) {
        Operator op = sign > 0 ? Operator.Add : Operator.Sub;
        int npos = a.length - kw.length;
        if (npos > 0 && a[0] != PyNone.NONE) {
            if (a[0] instanceof PyDict) {
                for (Object[] e : ((PyDict) a[0]).entries()) {
                    put(e[0], Operators.binary(op, count(e[0]), e[1]));
                }
            } else {
                PyIterator it = Runtime.iter(a[0]);
                while (it.hasNext()) {
                    Object k = it.next();
                    put(k, Operators.binary(op, count(k), 1L));
                }
            }
        }
        for (int k = 0; k < kw.length; k++) {
            put(kw[k], Operators.binary(op, count(kw[k]), a[npos + k]));
        }
    }

    /** (element, count) pairs by count, largest first; ties keep insertion order. */
    private List<Object[]> mostCommon() {
        List<Object[]> entries = new ArrayList<>(entries());
        entries.sort((x, y) -> Runtime.truthy(Operators.compare(CmpOp.Gt, x[1], y[1])) ? -1
                : Runtime.truthy(Operators.compare(CmpOp.Lt, x[1], y[1])) ? 1 : 0);
        return entries;
    }

    @Override
    public String repr() {
        if (size() == 0) {
            return "Counter()";
        }
        PyDict d = new PyDict();
        for (Object[] e : mostCommon()) {
            d.put(e[0], e[1]);
        }
        return "Counter(" + Runtime.repr(d) + ")";
    }

    @Override
    public PyClass cls() {
        return TYPE;
    }

    @Override
    public Object getAttr(String name) {
        switch (name) {
            case "__class__":
                return TYPE;
            case "most_common":
                return new Builtin(name, this, (a, kw) -> {
                    Object[] b = new Signature("most_common", "n=None").bind(a, kw);
                    List<Object[]> entries = mostCommon();
                    long n = b[0] == null || b[0] == PyNone.NONE ? entries.size()
                            : Math.max(0, Math.min(entries.size(), Runtime.toIndex(b[0])));
                    PyList out = new PyList();
                    for (int i = 0; i < n; i++) {
                        out.items.add(PyTuple.of(entries.get(i)[0], entries.get(i)[1]));
                    }
                    return out;
                });
            case "elements":
                return new Builtin(name, this, (a, kw) -> {
                    new Signature("elements").bind(a, kw);
                    List<Object> out = new ArrayList<>();
                    for (Object[] e : entries()) {
                        for (long i = Runtime.toIndex(e[1]); i > 0; i--) {
                            out.add(e[0]);
                        }
                    }
                    return PyIterator.overList(out, "itertools.chain");
                });
            case "update":
            case "subtract":
                return new Builtin(name, this, (a, kw) -> {
                    update(a, kw, name.equals("update") ? 1 : -1);
                    return PyNone.NONE;
                });
            case "total":
                return new Builtin(name, this, (a, kw) -> {
                    Object sum = 0L;
                    for (Object v : values()) {
                        sum = Operators.binary(Operator.Add, sum, v);
                    }
                    return sum;
                });
            case "copy":
                return new Builtin(name, this, (a, kw) -> CopyModule.shallow(this));
            default:
                return Methods.lookup(this, name);
        }
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }

    private static boolean positive(Object v) {
        return Runtime.truthy(Operators.compare(CmpOp.Gt, v, 0L));
    }

    @Override
    public Object binary(Operator op, Object other) {
        if (!(other instanceof Counter)) {
            return null;
        }
        Counter o = (Counter) other;
        Counter out = new Counter();
        for (Object[] e : entries()) {
            Object theirs = o.count(e[0]);
            Object v;
            switch (op) {
                case Add: v = Operators.binary(Operator.Add, e[1], theirs); break;
                case Sub: v = Operators.binary(Operator.Sub, e[1], theirs); break;
                case BitOr: v = positive(Operators.binary(Operator.Sub, theirs, e[1])) ? theirs : e[1]; break;
                case BitAnd: v = positive(Operators.binary(Operator.Sub, theirs, e[1])) ? e[1] : theirs; break;
                default: return null;
            }
            if (positive(v)) {
                out.put(e[0], v);
            }
        }
        for (Object[] e : o.entries()) {
            if (containsKey(e[0]) || op == Operator.BitAnd) {
                continue;
            }
            Object v = op == Operator.Sub ? Operators.binary(Operator.Sub, 0L, e[1]) : e[1];
            if (positive(v)) {
                out.put(e[0], v);
            }
        }
        return out;
    }
}
