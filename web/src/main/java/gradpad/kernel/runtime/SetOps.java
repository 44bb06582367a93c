package gradpad.kernel.runtime;

import gradpad.kernel.syntax.Expr.CmpOp;
import gradpad.kernel.syntax.Expr.Operator;

/** Set algebra ({@code | & - ^}, subset comparisons, their in-place forms) and dict merging ({@code |}). */
public final class SetOps {
    private SetOps() {
    }

    /** {@code a op b} for two sets or two dicts, or null when this is not such an operation. */
    static Object binary(Operator op, Object a, Object b) {
        if (DictView.setLikePair(a, b)) {
            return combine(op, DictView.asSet(a), DictView.asSet(b));
        }
        if (a instanceof PySet && b instanceof PySet) {
            return combine(op, (PySet) a, (PySet) b);
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
            PySet other = (PySet) b;
            switch (op) {
                case BitOr:
                    s.update(other);
                    return s;
                case BitAnd:
                    s.takeBody(intersection(s, other));
                    return s;
                case Sub:
                    s.differenceUpdate(other);
                    return s;
                case BitXor:
                    symmetricUpdate(s, s == other ? other.copy() : other);
                    return s;
                default:
                    return null;
            }
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

    /** The binary set operators, following CPython's algorithms so results iterate in CPython's order. */
    public static PySet combine(Operator op, PySet a, PySet b) {
        switch (op) {
            case BitOr: {
                PySet out = a.copy();
                out.update(b);
                return out;
            }
            case BitAnd:
                return intersection(a, b);
            case Sub:
                return difference(a, b);
            case BitXor: {
                PySet out = b.copy();
                symmetricUpdate(out, a);
                return out;
            }
            default:
                return null;
        }
    }

    /** set_intersection: walks the smaller set (the right one on a tie). */
    public static PySet intersection(PySet a, PySet b) {
        PySet big = a;
        PySet small = b;
        if (b.size() > a.size()) {
            big = b;
            small = a;
        }
        PySet out = new PySet();
        for (Object v : small.items()) {
            if (big.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** set_difference: copy-then-discard when a is much larger than b. */
    public static PySet difference(PySet a, PySet b) {
        if ((a.size() >> 2) > b.size()) {
            PySet out = a.copy();
            for (Object v : b.items()) {
                out.remove(v);
            }
            return out;
        }
        PySet out = new PySet();
        for (Object v : a.items()) {
            if (!b.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** set_symmetric_difference_update. */
    public static void symmetricUpdate(PySet s, PySet other) {
        for (Object v : other.items()) {
            if (!s.remove(v)) {
                s.add(v);
            }
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
        if (DictView.setLikePair(a, b)) {
            a = DictView.asSet(a);
            b = DictView.asSet(b);
        }
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
