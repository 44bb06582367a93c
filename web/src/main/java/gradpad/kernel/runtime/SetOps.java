package gradpad.kernel.runtime;

import gradpad.kernel.syntax.Expr.CmpOp;
import gradpad.kernel.syntax.Expr.Operator;

/** Set algebra ({@code | & - ^}, subset comparisons, their in-place forms) and dict merging ({@code |}). */
public final class SetOps {
    private SetOps() {
    }

    /** {@code a op b} for two sets or two dicts, or null when this is not such an operation. */
    static Object binary(Operator op, Object a, Object b) {
        if (a instanceof PySet && b instanceof PySet) {
            return combine(op, (PySet) a, (PySet) b, new PySet(), true);
        }
        if (a instanceof PyDict && b instanceof PyDict && op == Operator.BitOr) {
            PyDict out = new PyDict();
            merge(out, (PyDict) a);
            merge(out, (PyDict) b);
            return out;
        }
        return null;
    }

    /** {@code a op= b}: sets and dicts are updated in place (a is returned), or null. */
    static Object inPlace(Operator op, Object a, Object b) {
        if (a instanceof PySet && b instanceof PySet) {
            PySet s = (PySet) a;
            PySet r = (PySet) combine(op, s, (PySet) b, new PySet(), true);
            if (r == null) {
                return null;
            }
            s.clear();
            for (Object v : r.items()) {
                s.add(v);
            }
            return s;
        }
        if (a instanceof PyDict && op == Operator.BitOr) {
            if (!(b instanceof PyDict)) {
                return null;
            }
            merge((PyDict) a, (PyDict) b);
            return a;
        }
        return null;
    }

    private static void merge(PyDict into, PyDict from) {
        for (Object[] e : from.entries()) {
            into.put(e[0], e[1]);
        }
    }

    private static Object combine(Operator op, PySet a, PySet b, PySet out, boolean ordered) {
        switch (op) {
            case BitOr:
                addAll(out, a);
                addAll(out, b);
                return out;
            case BitAnd:
                for (Object v : a.items()) {
                    if (b.contains(v)) {
                        out.add(v);
                    }
                }
                return out;
            case Sub:
                for (Object v : a.items()) {
                    if (!b.contains(v)) {
                        out.add(v);
                    }
                }
                return out;
            case BitXor:
                for (Object v : a.items()) {
                    if (!b.contains(v)) {
                        out.add(v);
                    }
                }
                for (Object v : b.items()) {
                    if (!a.contains(v)) {
                        out.add(v);
                    }
                }
                return out;
            default:
                return null;
        }
    }

    private static void addAll(PySet out, PySet from) {
        for (Object v : from.items()) {
            out.add(v);
        }
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (Object v : a.items()) {
            if (!b.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code <= < >= >} between sets: subset and superset tests, or null. */
    static Object compare(CmpOp op, Object a, Object b) {
        if (!(a instanceof PySet && b instanceof PySet)) {
            return null;
        }
        PySet x = (PySet) a;
        PySet y = (PySet) b;
        switch (op) {
            case LtE:
                return isSubset(x, y);
            case Lt:
                return x.size() < y.size() && isSubset(x, y);
            case GtE:
                return isSubset(y, x);
            case Gt:
                return y.size() < x.size() && isSubset(y, x);
            default:
                return null;
        }
    }
}
