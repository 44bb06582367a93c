package gradpad.kernel.builtins;

import gradpad.engine.Tensor;
import gradpad.engine.format.PyFloat;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.Numbers;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PySet;
import gradpad.kernel.runtime.PySlice;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import java.util.Map;

/** Calling the built-in types: {@code int(x)}, {@code float(s)}, {@code list(it)}, {@code type(x)}... */
final class BuiltinTypes {
    private BuiltinTypes() {
    }

    static void register(Map<String, Object> b) {
        Types.INT.setConstructor((a, kw) -> toInt(a));
        Types.FLOAT.setConstructor((a, kw) -> a.length == 0 ? (Object) 0.0 : toFloat(a[0]));
        Types.STR.setConstructor((a, kw) -> a.length == 0 ? "" : Runtime.str(a[0]));
        Types.BOOL.setConstructor((a, kw) -> a.length != 0 && Runtime.truthy(a[0]));
        Types.LIST.setConstructor((a, kw) -> a.length == 0 ? new PyList() : new PyList(BuiltinFunctions.toList(a[0])));
        Types.TUPLE.setConstructor((a, kw) -> a.length == 0 ? gradpad.kernel.runtime.PyTuple.EMPTY
                : new PyTuple(BuiltinFunctions.toList(a[0]).toArray()));
        Types.SET.setConstructor((a, kw) -> {
            PySet s = new PySet();
            if (a.length > 0) {
                s.update(a[0]);
            }
            return s;
        });
        Types.DICT.setConstructor((a, kw) -> {
            PyDict d = new PyDict();
            int npos = a.length - kw.length;
            if (npos > 0) {
                Object src = a[0];
                if (src instanceof PyDict) {
                    for (Object[] e : ((PyDict) src).entries()) {
                        d.put(e[0], e[1]);
                    }
                } else {
                    PyIterator it = Runtime.iter(src);
                    while (it.hasNext()) {
                        PyIterator pair = Runtime.iter(it.next());
                        Object k = pair.nextOrStop();
                        d.put(k, pair.nextOrStop());
                    }
                }
            }
            for (int i = 0; i < kw.length; i++) {
                d.put(kw[i], a[npos + i]);
            }
            return d;
        });
        Types.RANGE.setConstructor(BuiltinFunctions::range);
        Types.SLICE.setConstructor((a, kw) -> {
            gradpad.kernel.runtime.Arity.expected("slice", a, kw, 1, 3);
            Object none = gradpad.kernel.runtime.PyNone.NONE;
            if (a.length == 1) {
                return new PySlice(none, a[0], none);
            }
            return new PySlice(a[0], a[1], a.length > 2 ? a[2] : none);
        });
        Types.TYPE.setConstructor((a, kw) -> {
            if (a.length != 1) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
            return Runtime.typeOf(a[0]);
        });
        Types.OBJECT.setConstructor((a, kw) -> new gradpad.kernel.runtime.PyInstance(Types.OBJECT));
        for (PyClass c : new PyClass[] {Types.INT, Types.FLOAT, Types.STR, Types.BOOL, Types.LIST, Types.TUPLE,
            Types.SET, Types.DICT, Types.RANGE, Types.SLICE, Types.TYPE, Types.OBJECT}) {
            b.put(c.name(), c);
        }
        for (PyClass c : Types.EXCEPTIONS) {
            b.put(c.name(), c);
        }
        gradpad.kernel.runtime.Descriptors.install();
        BuiltinFunctions.put(b, "staticmethod", (a, kw) -> new Instances.StaticMethod(
                new Signature("staticmethod", "function").bind(a, kw)[0]));
        BuiltinFunctions.put(b, "classmethod", (a, kw) -> new Instances.ClassMethod(
                new Signature("classmethod", "function").bind(a, kw)[0]));
        BuiltinFunctions.put(b, "property", (a, kw) -> {
            Object[] s = new Signature("property", "fget=None", "fset=None", "fdel=None", "doc=None").bind(a, kw);
            return new gradpad.kernel.runtime.Property(s[0], s[1]);
        });
        b.put("NotImplemented", gradpad.kernel.runtime.NotImplemented.INSTANCE);
        b.put("Ellipsis", gradpad.kernel.runtime.Ellipsis.INSTANCE);
    }

    private static Object toInt(Object[] a) {
        if (a.length == 0) {
            return 0L;
        }
        Object v = a[0];
        if (a.length > 1) {
            if (!(v instanceof String)) {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
            return parseInt((String) v, (int) Runtime.toIndex(a[1]));
        }
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof Boolean) {
            return ((Boolean) v) ? 1L : 0L;
        }
        if (v instanceof Double) {
            return truncate((Double) v);
        }
        if (v instanceof String) {
            return parseInt((String) v, 10);
        }
        if (v instanceof Tensor) {
            Tensor t = (Tensor) v;
            if (t.numel() != 1) {
                throw Errors.valueError("only one element tensors can be converted to Python scalars");
            }
            return t.dtype().isFloatingPoint() ? truncate(t.doubleAt(0)) : (Object) t.longAt(0);
        }
        Object r = v instanceof gradpad.kernel.runtime.PyInstance
                ? Instances.callDunder((gradpad.kernel.runtime.PyInstance) v, "__int__") : null;
        if (r != null) {
            return r;
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Runtime.typeName(v) + "'");
    }

    private static long truncate(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) >= 9.223372036854775807E18) {
            throw Errors.overflow("int too large: gradpad's ints are 64-bit");
        }
        return (long) d;
    }

    private static long parseInt(String s, int base) {
        String t = s.trim().replace("_", "");
        try {
            if (base == 16 && (t.startsWith("0x") || t.startsWith("0X"))) {
                t = t.substring(2);
            }
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t, base);
        } catch (NumberFormatException e) {
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + Runtime.repr(s));
        }
    }

    static double toFloat(Object v) {
        if (Numbers.isNumber(v)) {
            return Numbers.asDouble(v);
        }
        if (v instanceof String) {
            try {
                return PyFloat.parse((String) v);
            } catch (gradpad.engine.format.FormatError e) {
                throw Errors.valueError(e.getMessage());
            }
        }
        if (v instanceof Tensor) {
            Tensor t = (Tensor) v;
            if (t.numel() != 1) {
                throw Errors.valueError("only one element tensors can be converted to Python scalars");
            }
            return t.doubleAt(0);
        }
        Object r = v instanceof gradpad.kernel.runtime.PyInstance
                ? Instances.callDunder((gradpad.kernel.runtime.PyInstance) v, "__float__") : null;
        if (r != null) {
            return Numbers.asDouble(r);
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + Runtime.typeName(v)
                + "'");
    }
}
