package gradpad.kernel.runtime;

import gradpad.engine.Tensor;
import gradpad.kernel.syntax.Expr.CmpOp;
import gradpad.kernel.syntax.Expr.Operator;
import gradpad.kernel.syntax.Expr.UnaryOperator;
import gradpad.kernel.torch.TorchObjects;
import java.util.ArrayList;
import java.util.Arrays;

/** Python's operators: binary (with reflected dunders), augmented, comparisons and unary. */
public final class Operators {
    private Operators() {
    }

    private static String dunder(Operator op) {
        switch (op) {
            case Add: return "add";
            case Sub: return "sub";
            case Mult: return "mul";
            case MatMult: return "matmul";
            case Div: return "truediv";
            case Mod: return "mod";
            case Pow: return "pow";
            case LShift: return "lshift";
            case RShift: return "rshift";
            case BitOr: return "or";
            case BitXor: return "xor";
            case BitAnd: return "and";
            default: return "floordiv";
        }
    }

    public static Object binary(Operator op, Object a, Object b) {
        Object r = Numbers.binary(op, a, b);
        if (r != null) {
            return r;
        }
        if (a instanceof Tensor || b instanceof Tensor) {
            r = TorchObjects.binary(op, a, b);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof NativeOperators) { // before sequences and SetOps: Counter's + and | are its own
            r = ((NativeOperators) a).binary(op, b);
            if (r != null) {
                return r;
            }
        }
        r = sequences(op, a, b);
        if (r != null) {
            return r;
        }
        r = SetOps.binary(op, a, b);
        if (r != null) {
            return r;
        }
        if (a instanceof PyInstance) {
            Object v = Instances.callDunder((PyInstance) a, "__" + dunder(op) + "__", b);
            if (v != null && v != NotImplemented.INSTANCE) {
                return v;
            }
        }
        if (b instanceof PyInstance) {
            Object v = Instances.callDunder((PyInstance) b, "__r" + dunder(op) + "__", a);
            if (v != null && v != NotImplemented.INSTANCE) {
                return v;
            }
        }
        if (a instanceof String && op == Operator.Add) {
            throw Errors.typeError("can only concatenate str (not \"" + Runtime.typeName(b) + "\") to str");
        }
        if (a instanceof PyList && op == Operator.Add) {
            throw Errors.typeError("can only concatenate list (not \"" + Runtime.typeName(b) + "\") to list");
        }
        if (a instanceof PyTuple && op == Operator.Add) {
            throw Errors.typeError("can only concatenate tuple (not \"" + Runtime.typeName(b) + "\") to tuple");
        }
        if (op == Operator.Mult && (a instanceof String || a instanceof PyList || a instanceof PyTuple
                || b instanceof String || b instanceof PyList || b instanceof PyTuple)) {
            Object nonSeq = a instanceof String || a instanceof PyList || a instanceof PyTuple ? b : a;
            if (nonSeq instanceof Tensor) {
                // sequence * tensor: Python repeats by tensor.__index__().
                return sequences(op, nonSeq == a ? b : a, Runtime.toIndex(nonSeq));
            }
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Runtime.typeName(nonSeq) + "'");
        }
        String sym = op == Operator.Pow ? "** or pow()" : op.symbol;
        throw Errors.typeError("unsupported operand type(s) for " + sym + ": '" + Runtime.typeName(a) + "' and '"
                + Runtime.typeName(b) + "'");
    }

    private static Object sequences(Operator op, Object a, Object b) {
        if (op == Operator.Add) {
            if (a instanceof String && b instanceof String) {
                return (String) a + (String) b;
            }
            if (a instanceof PyList && b instanceof PyList) {
                ArrayList<Object> out = new ArrayList<>(((PyList) a).items);
                out.addAll(((PyList) b).items);
                return new PyList(out);
            }
            if (a instanceof PyTuple && b instanceof PyTuple) {
                Object[] x = ((PyTuple) a).items();
                Object[] y = ((PyTuple) b).items();
                Object[] out = new Object[x.length + y.length];
                System.arraycopy(x, 0, out, 0, x.length);
                System.arraycopy(y, 0, out, x.length, y.length);
                // torch.Size + tuple is a torch.Size (x.shape + (5,)); tuple + torch.Size a tuple
                return TorchObjects.isSize(a) ? TorchObjects.size(Arrays.asList(out)) : new PyTuple(out);
            }
        }
        if (op == Operator.Mult) {
            if ((a instanceof Long || a instanceof Boolean) && !(b instanceof Long || b instanceof Boolean)) {
                Object t = a;
                a = b;
                b = t;
            }
            if (b instanceof Long || b instanceof Boolean) {
                long n = Numbers.asLong(b);
                if (a instanceof String) {
                    return Strings.repeat((String) a, n);
                }
                if (a instanceof PyList) {
                    ArrayList<Object> out = new ArrayList<>();
                    for (long i = 0; i < n; i++) {
                        out.addAll(((PyList) a).items);
                    }
                    return new PyList(out);
                }
                if (a instanceof PyTuple) {
                    ArrayList<Object> out = new ArrayList<>();
                    for (long i = 0; i < n; i++) {
                        for (Object o : ((PyTuple) a).items()) {
                            out.add(o);
                        }
                    }
                    return TorchObjects.isSize(a) ? TorchObjects.size(out) : new PyTuple(out.toArray());
                }
            }
        }
        if (op == Operator.Mod && a instanceof String) {
            return PercentFormat.format((String) a, b);
        }
        return null;
    }

    /** {@code a op= b}: lists extend in place, tensors update in place, others rebind. */
    public static Object inPlace(Operator op, Object a, Object b) {
        if (a instanceof PyList && op == Operator.Add) {
            PyIterator it = Runtime.iter(b);
            ArrayList<Object> items = ((PyList) a).items;
            ArrayList<Object> added = new ArrayList<>();
            while (it.hasNext()) {
                added.add(it.next());
            }
            items.addAll(added);
            return a;
        }
        if (a instanceof PyList && op == Operator.Mult && (b instanceof Long || b instanceof Boolean)) {
            ArrayList<Object> items = ((PyList) a).items;
            ArrayList<Object> once = new ArrayList<>(items);
            long n = Runtime.toIndex(b);
            items.clear();
            for (long i = 0; i < n; i++) {
                items.addAll(once);
            }
            return a;
        }
        Object set = SetOps.inPlace(op, a, b);
        if (set != null) {
            return set;
        }
        if (a instanceof Tensor) {
            Object r = TorchObjects.inPlace(op, (Tensor) a, b);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof PyInstance) {
            Object v = Instances.callDunder((PyInstance) a, "__i" + dunder(op) + "__", b);
            if (v != null && v != NotImplemented.INSTANCE) {
                return v;
            }
        }
        return binary(op, a, b);
    }

    public static Object compare(CmpOp op, Object a, Object b) {
        switch (op) {
            case Is:
                return identical(a, b);
            case IsNot:
                return !identical(a, b);
            case In:
                return Runtime.contains(b, a);
            case NotIn:
                return !Runtime.contains(b, a);
            default:
                break;
        }
        if (a instanceof Tensor || b instanceof Tensor) {
            Object r = TorchObjects.compare(op, a, b);
            if (r != null) {
                return r;
            }
        }
        if (op == CmpOp.Eq || op == CmpOp.NotEq) {
            return equality(a, b, op == CmpOp.NotEq);
        }
        Object subset = SetOps.compare(op, a, b);
        if (subset != null) {
            return subset;
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object r = userOrder(op, a, b);
            if (r == null) {
                r = userOrder(op == CmpOp.Lt ? CmpOp.Gt : op == CmpOp.Gt ? CmpOp.Lt : op == CmpOp.LtE ? CmpOp.GtE
                        : CmpOp.LtE, b, a);
            }
            if (r != null) {
                return r;
            }
        }
        int c = order(op, a, b);
        switch (op) {
            case Lt: return c < 0;
            case LtE: return c <= 0;
            case Gt: return c > 0;
            default: return c >= 0;
        }
    }

    /**
     * The {@code ==} / {@code !=} operators. Unlike container equality ({@link Runtime#eq}) there is
     * no identity shortcut: {@code nan == nan} is False, and a class's {@code __eq__} is always called
     * (its result returned as is), then the reflected one, then identity.
     */
    private static Object equality(Object a, Object b, boolean ne) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.numericEquals(a, b) != ne;
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object r = userEquality(a, b, ne);
            if (r == null) {
                r = userEquality(b, a, ne);
            }
            return r != null ? r : (a == b) != ne;
        }
        return Runtime.eq(a, b) != ne;
    }

    /** {@code a.__eq__(b)} / {@code a.__ne__(b)} (the default __ne__ inverts __eq__), or null if not implemented. */
    private static Object userEquality(Object a, Object b, boolean ne) {
        if (!(a instanceof PyInstance)) {
            return null;
        }
        PyInstance x = (PyInstance) a;
        if (ne) {
            Object r = Instances.callDunder(x, "__ne__", b);
            if (r != null && r != NotImplemented.INSTANCE) {
                return r;
            }
        }
        Object r = Instances.callDunder(x, "__eq__", b);
        if (r == null || r == NotImplemented.INSTANCE) {
            return null;
        }
        return ne ? (Object) !Runtime.truthy(r) : r;
    }

    /** {@code is}: identity, with value identity for the immutable scalars CPython caches. */
    private static boolean identical(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Boolean && b instanceof Boolean) {
            return a.equals(b);
        }
        if (a instanceof Long && b instanceof Long) {
            long x = (Long) a;
            return x == (Long) b && x >= -5 && x <= 256;
        }
        if (a instanceof String && b instanceof String) {
            return a.equals(b) && interned((String) a);
        }
        return false;
    }

    /** CPython interns identifier-like string constants and caches 1-character strings. */
    private static boolean interned(String s) {
        if (s.length() <= 1) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code a.__lt__(b)} etc. for a class that defines it, or null (then the reflected method is tried). */
    private static Object userOrder(CmpOp op, Object a, Object b) {
        if (!(a instanceof PyInstance)) {
            return null;
        }
        String name = op == CmpOp.Lt ? "__lt__" : op == CmpOp.LtE ? "__le__" : op == CmpOp.Gt ? "__gt__" : "__ge__";
        Object r = Instances.callDunder((PyInstance) a, name, b);
        return r == NotImplemented.INSTANCE ? null : r;
    }

    /** Three-way ordering for {@code < <= > >=}; NaN makes every comparison false. */
    private static int order(CmpOp op, Object a, Object b) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            double x = Numbers.asDouble(a);
            double y = Numbers.asDouble(b);
            if (x != x || y != y) {
                return op == CmpOp.Lt || op == CmpOp.LtE ? 1 : -1;
            }
            return Numbers.compare(a, b);
        }
        if (a instanceof String && b instanceof String) {
            return ((String) a).compareTo((String) b);
        }
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            Object[] x = a instanceof PyList ? ((PyList) a).items.toArray() : ((PyTuple) a).items();
            Object[] y = b instanceof PyList ? ((PyList) b).items.toArray() : ((PyTuple) b).items();
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                if (!Runtime.eq(x[i], y[i])) {
                    return Runtime.truthy(compare(CmpOp.Lt, x[i], y[i])) ? -1 : 1;
                }
            }
            return Integer.compare(x.length, y.length);
        }
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + Runtime.typeName(a)
                + "' and '" + Runtime.typeName(b) + "'");
    }

    public static Object unary(UnaryOperator op, Object v) {
        if (op == UnaryOperator.Not) {
            return !Runtime.truthy(v);
        }
        if (v instanceof Tensor) {
            return TorchObjects.unary(op, (Tensor) v);
        }
        if (v instanceof Boolean || v instanceof Long) {
            long x = Numbers.asLong(v);
            switch (op) {
                case USub:
                    if (x == Long.MIN_VALUE) {
                        throw Errors.overflow("integer result too large (gradpad's ints are 64-bit)");
                    }
                    return -x;
                case UAdd:
                    return x;
                default:
                    return ~x;
            }
        }
        if (v instanceof Double) {
            if (op == UnaryOperator.USub) {
                return -1.0 * (Double) v; // not -v: TeaVM Wasm loses the sign of -0.0
            }
            if (op == UnaryOperator.UAdd) {
                return v;
            }
        }
        if (v instanceof PyInstance) {
            String name = op == UnaryOperator.USub ? "__neg__" : op == UnaryOperator.UAdd ? "__pos__" : "__invert__";
            Object r = Instances.callDunder((PyInstance) v, name);
            if (r != null) {
                return r;
            }
        }
        String sym = op == UnaryOperator.USub ? "unary -" : op == UnaryOperator.UAdd ? "unary +" : "unary ~";
        throw Errors.typeError("bad operand type for " + sym + ": '" + Runtime.typeName(v) + "'");
    }
}
