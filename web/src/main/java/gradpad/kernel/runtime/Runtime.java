package gradpad.kernel.runtime;

import gradpad.engine.DType;
import gradpad.engine.Float64;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.format.PyFloat;
import gradpad.kernel.builtins.Methods;
import gradpad.kernel.torch.TorchObjects;

/**
 * The semantic core shared by the evaluator and the builtins: Python's repr/str, truth, equality,
 * hashing, attribute and item access, calls, iteration and length, for every kind of value.
 * Python values are plain Java objects: None is {@link PyNone#NONE}, bool is Boolean, int is
 * Long, float is Double, str is String; tensors are the engine's {@link Tensor}.
 */
public final class Runtime {
    private Runtime() {
    }

    // ---- types ---------------------------------------------------------------------------------

    public static PyClass typeOf(Object o) {
        if (o instanceof PyObj) {
            return ((PyObj) o).cls();
        }
        if (o == PyNone.NONE) {
            return Types.NONE_TYPE;
        }
        if (o instanceof Boolean) {
            return Types.BOOL;
        }
        if (o instanceof Long) {
            return Types.INT;
        }
        if (o instanceof Double) {
            return Types.FLOAT;
        }
        if (o instanceof String) {
            return Types.STR;
        }
        if (o instanceof PyList) {
            return Types.LIST;
        }
        if (o instanceof PyTuple) {
            PyClass t = TorchObjects.typeOf(o);
            return t != null ? t : Types.TUPLE;
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).ordered ? Types.ORDERED_DICT : Types.DICT;
        }
        if (o instanceof PySet) {
            return Types.SET;
        }
        if (o instanceof PySlice) {
            return Types.SLICE;
        }
        if (o instanceof PyRange) {
            return Types.RANGE;
        }
        if (o instanceof PyIterator) {
            return Types.iteratorType(((PyIterator) o).typeName());
        }
        if (o == Ellipsis.INSTANCE) {
            return Types.ELLIPSIS;
        }
        PyClass t = TorchObjects.typeOf(o);
        return t != null ? t : Types.OBJECT;
    }

    /** The bare type name used in error messages: {@code int}, {@code Tensor}, {@code NoneType}. */
    public static String typeName(Object o) {
        return typeOf(o).name();
    }

    public static boolean isInstance(Object o, PyClass cls) {
        if (cls == Types.OBJECT) {
            return true;
        }
        return typeOf(o).isSubclassOf(cls);
    }

    // ---- repr and str --------------------------------------------------------------------------

    public static String repr(Object o) {
        if (o instanceof CustomRepr) {
            return ((CustomRepr) o).repr();
        }
        if (o instanceof String) {
            return Strings.repr((String) o);
        }
        if (o instanceof Double) {
            return PyFloat.repr((Double) o);
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof Boolean) {
            return ((Boolean) o) ? "True" : "False";
        }
        if (o == PyNone.NONE) {
            return "None";
        }
        if (o instanceof Tensor || o instanceof DType || o instanceof Node) {
            return TorchObjects.repr(o);
        }
        if (o instanceof PyList) {
            StringBuilder sb = new StringBuilder("[");
            PyList l = (PyList) o;
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(l.get(i) == o ? "[...]" : repr(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (o instanceof PyTuple) {
            String special = TorchObjects.tupleRepr((PyTuple) o);
            if (special != null) {
                return special;
            }
            PyTuple t = (PyTuple) o;
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(t.get(i)));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        }
        if (o instanceof PyDict && ((PyDict) o).ordered) { // Python 3.11: OrderedDict([(k, v), ...])
            PyDict d = (PyDict) o;
            return d.size() == 0 ? "OrderedDict()" : "OrderedDict(" + repr(new DictView(d, DictView.ITEMS).asList())
                    + ")";
        }
        if (o instanceof PyDict) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Object[] e : ((PyDict) o).entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(e[0])).append(": ").append(e[1] == o ? "{...}" : repr(e[1]));
            }
            return sb.append('}').toString();
        }
        if (o instanceof PySet) {
            PySet s = (PySet) o;
            if (s.size() == 0) {
                return "set()";
            }
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Object e : s.items()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(e));
            }
            return sb.append('}').toString();
        }
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        }
        if (o instanceof PySlice) {
            PySlice s = (PySlice) o;
            return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        }
        if (o == Ellipsis.INSTANCE) {
            return "Ellipsis";
        }
        if (o instanceof PyBaseException && ((PyInstance) o).cls().lookup("__repr__") == null) {
            PyBaseException e = (PyBaseException) o;
            String args = repr(e.args());
            if (e.args().size() == 1) {
                args = "(" + repr(e.args().get(0)) + ")";
            }
            return e.cls().name() + args;
        }
        if (o instanceof PyInstance) {
            Object custom = Instances.callDunder((PyInstance) o, "__repr__");
            if (custom != null) {
                return checkString(custom, "__repr__");
            }
            return "<" + ((PyInstance) o).cls().qualifiedName() + " object at " + address(o) + ">";
        }
        String t = TorchObjects.otherRepr(o);
        if (t != null) {
            return t;
        }
        return o.toString();
    }

    public static String str(Object o) {
        if (o instanceof String) {
            return (String) o;
        }
        if (o instanceof PyInstance) {
            Object custom = Instances.callDunder((PyInstance) o, "__str__");
            if (custom != null) {
                return checkString(custom, "__str__");
            }
        }
        if (o instanceof PyBaseException) {
            return ((PyBaseException) o).str();
        }
        String special = TorchObjects.str(o);
        return special != null ? special : repr(o);
    }

    private static String checkString(Object v, String method) {
        if (!(v instanceof String)) {
            throw Errors.typeError(method + " returned non-string (type " + typeName(v) + ")");
        }
        return (String) v;
    }

    /** A stable, plausible CPython-style address for {@code id()} and default reprs. */
    public static String address(Object o) {
        return "0x" + Long.toHexString(id(o));
    }

    public static long id(Object o) {
        if (o instanceof Long && (Long) o >= -5 && (Long) o <= 256) {
            // CPython caches small ints (and True, False, None): equal values are one object, on every
            // target (TeaVM does not share boxed Longs as the JVM does)
            return 0x7f3a10000000L + ((Long) o + 5) * 32L;
        }
        if (o instanceof Boolean) {
            return ((Boolean) o) ? 0x7f3a0ff00020L : 0x7f3a0ff00040L;
        }
        return 0x7f3a00000000L + ((long) System.identityHashCode(o) & 0xffffffL) * 16L;
    }

    // ---- truth, equality, hashing --------------------------------------------------------------

    public static boolean truthy(Object o) {
        if (o instanceof Boolean) {
            return (Boolean) o;
        }
        if (o == PyNone.NONE) {
            return false;
        }
        if (o instanceof Long) {
            return (Long) o != 0;
        }
        if (o instanceof Double) {
            return (Double) o != 0;
        }
        if (o instanceof String) {
            return !((String) o).isEmpty();
        }
        if (o instanceof PyList) {
            return ((PyList) o).size() > 0;
        }
        if (o instanceof PyTuple) {
            return ((PyTuple) o).size() > 0;
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).size() > 0;
        }
        if (o instanceof PySet) {
            return ((PySet) o).size() > 0;
        }
        if (o instanceof PyRange) {
            return ((PyRange) o).length() > 0;
        }
        if (o instanceof Tensor) {
            return TorchObjects.tensorTruth((Tensor) o);
        }
        if (o instanceof PyInstance) {
            Object b = Instances.callDunder((PyInstance) o, "__bool__");
            if (b != null) {
                return truthy(b);
            }
            Object n = Instances.callDunder((PyInstance) o, "__len__");
            if (n != null) {
                return toIndex(n) != 0;
            }
        }
        return true;
    }

    /** Python {@code ==} reduced to a boolean (as containers use it). */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.numericEquals(a, b);
        }
        if (a instanceof String || b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof Tensor || b instanceof Tensor) {
            return truthy(Operators.compare(gradpad.kernel.syntax.Expr.CmpOp.Eq, a, b));
        }
        if (a instanceof PyList && b instanceof PyList) {
            PyList x = (PyList) a;
            PyList y = (PyList) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!eq(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PyTuple && b instanceof PyTuple) {
            return a.equals(b);
        }
        if (a instanceof PyDict && b instanceof PyDict) {
            PyDict x = (PyDict) a;
            PyDict y = (PyDict) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (Object[] e : x.entries()) {
                Object other = y.get(e[0]);
                if (other == null || !eq(e[1], other)) {
                    return false;
                }
            }
            if (x.ordered && y.ordered) { // two OrderedDicts are equal only in the same order
                java.util.List<Object> kx = x.keys();
                java.util.List<Object> ky = y.keys();
                for (int i = 0; i < kx.size(); i++) {
                    if (!eq(kx.get(i), ky.get(i))) {
                        return false;
                    }
                }
            }
            return true;
        }
        if (DictView.setLikePair(a, b)) { // d.keys() == other.keys(), d.keys() == {'a', 'b'}
            a = DictView.asSet(a);
            b = DictView.asSet(b);
        }
        if (a instanceof PySet && b instanceof PySet) {
            PySet x = (PySet) a;
            PySet y = (PySet) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (Object e : x.items()) {
                if (!y.contains(e)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PyRange && b instanceof PyRange) {
            PyRange x = (PyRange) a;
            PyRange y = (PyRange) b;
            return x.length() == y.length() && (x.length() == 0 || (x.start == y.start
                    && (x.length() == 1 || x.step == y.step)));
        }
        if (a instanceof PyInstance) {
            Object r = Instances.callDunder((PyInstance) a, "__eq__", b);
            if (r != null && r != NotImplemented.INSTANCE) {
                return truthy(r);
            }
        }
        if (a instanceof DType || b instanceof DType) {
            return a == b;
        }
        return false;
    }

    public static void checkHashable(Object o) {
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet) {
            throw Errors.typeError("unhashable type: '" + typeName(o) + "'");
        }
    }

    public static int hash(Object o) {
        if (o instanceof Boolean) {
            return ((Boolean) o) ? 1 : 0;
        }
        if (o instanceof Long) {
            return Long.hashCode((Long) o);
        }
        if (o instanceof Double) {
            double d = (Double) o;
            if (Float64.isInteger(d) && Math.abs(d) < 9.2e18) {
                return Long.hashCode((long) d);
            }
            return Double.hashCode(d);
        }
        if (o instanceof String || o instanceof PyTuple) {
            return o.hashCode();
        }
        checkHashable(o);
        if (o instanceof PyInstance && !(o instanceof PyBaseException)) {
            PyInstance inst = (PyInstance) o;
            Object h = Instances.callDunder(inst, "__hash__");
            if (h != null) {
                if (!(h instanceof Long) && !(h instanceof Boolean)) {
                    throw Errors.typeError("__hash__ method should return an integer");
                }
                return Long.hashCode(toIndex(h));
            }
            if (inst.cls().lookup("__eq__") != null) {
                throw Errors.typeError("unhashable type: '" + typeName(o) + "'");
            }
        }
        return System.identityHashCode(o);
    }

    // ---- numbers as indexes --------------------------------------------------------------------

    /** {@code operator.index(o)}: ints, bools and 1-element integer tensors. */
    public static long toIndex(Object o) {
        if (o instanceof Long) {
            return (Long) o;
        }
        if (o instanceof Boolean) {
            return ((Boolean) o) ? 1 : 0;
        }
        if (o instanceof Tensor) {
            Tensor t = (Tensor) o;
            if (t.numel() == 1 && !t.dtype().isFloatingPoint()) {
                return t.itemLong();
            }
            throw Errors.typeError("only integer tensors of a single element can be converted to an index");
        }
        if (o instanceof PyInstance) {
            Object r = Instances.callDunder((PyInstance) o, "__index__");
            if (r != null) {
                return toIndex(r);
            }
        }
        throw Errors.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    // ---- attributes ----------------------------------------------------------------------------

    public static Object getAttr(Object o, String name) {
        Object v = lookupAttr(o, name);
        if (v == null) {
            if (o instanceof PyInstance) {
                Object ga = ((PyInstance) o).cls().lookup("__getattr__");
                if (ga instanceof PyCallable) {
                    return call(ga, new Object[] {o, name}, Signature.NO_KW);
                }
            }
            throw Errors.noAttribute(o, name);
        }
        return v;
    }

    /** The attribute or null. */
    public static Object lookupAttr(Object o, String name) {
        if (o instanceof PyObj) {
            Object v = ((PyObj) o).getAttr(name);
            if (v != null || !(o instanceof PyInstance)) {
                return v;
            }
            return null;
        }
        if (name.equals("__class__")) {
            return typeOf(o);
        }
        Object t = TorchObjects.getAttr(o, name);
        if (t != null) {
            return t;
        }
        return Methods.lookup(o, name);
    }

    public static void setAttr(Object o, String name, Object value) {
        if (o instanceof PyInstance) {
            Object sa = ((PyInstance) o).cls().lookup("__setattr__");
            if (sa instanceof PyCallable) {
                call(sa, new Object[] {o, name, value}, Signature.NO_KW);
                return;
            }
        }
        if (o instanceof PyObj && ((PyObj) o).setAttr(name, value)) {
            return;
        }
        if (TorchObjects.setAttr(o, name, value)) {
            return;
        }
        if (lookupAttr(o, name) != null) {
            throw Errors.attributeError("'" + typeName(o) + "' object attribute '" + name + "' is read-only");
        }
        throw Errors.attributeError("'" + typeName(o) + "' object has no attribute '" + name + "'");
    }

    // ---- calls ---------------------------------------------------------------------------------

    public static Object call(Object f, Object[] args, String[] kwNames) {
        if (f instanceof PyCallable) {
            return ((PyCallable) f).call(args, kwNames);
        }
        if (f instanceof PyInstance) {
            Object c = ((PyInstance) f).getAttr("__call__");
            if (c instanceof PyCallable) {
                return ((PyCallable) c).call(args, kwNames);
            }
        }
        throw Errors.typeError("'" + typeName(f) + "' object is not callable");
    }

    public static Object call(Object f, Object... args) {
        return call(f, args, Signature.NO_KW);
    }

    // ---- containers ----------------------------------------------------------------------------

    public static long len(Object o) {
        if (o instanceof String) {
            return ((String) o).codePointCount(0, ((String) o).length());
        }
        if (o instanceof PyList) {
            return ((PyList) o).size();
        }
        if (o instanceof PyTuple) {
            return ((PyTuple) o).size();
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).size();
        }
        if (o instanceof PySet) {
            return ((PySet) o).size();
        }
        if (o instanceof PyRange) {
            return ((PyRange) o).length();
        }
        if (o instanceof DictView) {
            return ((DictView) o).size();
        }
        if (o instanceof Tensor) {
            Tensor t = (Tensor) o;
            if (t.dim() == 0) {
                throw Errors.typeError("len() of a 0-d tensor");
            }
            return t.shapeRef()[0];
        }
        if (o instanceof PyInstance) {
            Object n = Instances.callDunder((PyInstance) o, "__len__");
            if (n != null) {
                return toIndex(n);
            }
        }
        throw Errors.typeError("object of type '" + typeName(o) + "' has no len()");
    }

    public static PyIterator iter(Object o) {
        return PyIterator.of(o);
    }

    public static boolean contains(Object container, Object item) {
        if (container instanceof String) {
            if (!(item instanceof String)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + typeName(item));
            }
            return ((String) container).contains((String) item);
        }
        if (container instanceof PyDict) {
            return ((PyDict) container).containsKey(item);
        }
        if (container instanceof PySet) {
            return ((PySet) container).contains(item);
        }
        if (container instanceof Tensor) {
            return TorchObjects.tensorContains((Tensor) container, item);
        }
        if (container instanceof PyRange && (item instanceof Long || item instanceof Boolean)) {
            PyRange r = (PyRange) container;
            long v = toIndex(item);
            long n = r.length();
            if (n == 0) {
                return false;
            }
            long k = (v - r.start) / r.step;
            return (v - r.start) % r.step == 0 && k >= 0 && k < n;
        }
        if (container instanceof PyInstance) {
            Object r = Instances.callDunder((PyInstance) container, "__contains__", item);
            if (r != null) {
                return truthy(r);
            }
        }
        PyIterator it;
        try {
            it = iter(container);
        } catch (PyException e) {
            // `x in 5` words it differently from iter(5)
            if (e.value.cls() == Types.TYPE_ERROR
                    && e.message().equals("'" + typeName(container) + "' object is not iterable")) {
                throw Errors.typeError("argument of type '" + typeName(container) + "' is not iterable");
            }
            throw e;
        }
        while (it.hasNext()) {
            Object v = it.next();
            if (v == item || eq(v, item)) {
                return true;
            }
        }
        return false;
    }

    public static Object getItem(Object o, Object key) {
        return Items.get(o, key);
    }

    public static void setItem(Object o, Object key, Object value) {
        Items.set(o, key, value);
    }
}
