package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Numbers;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;

/** Python values to engine arguments: operands, shapes, dims, dtypes, nested data. */
public final class Convert {
    private Convert() {
    }

    public static boolean isNone(Object o) {
        return o == null || o == PyNone.NONE;
    }

    /** A tensor operand: tensors as they are, Python numbers as wrapped scalars; null otherwise. */
    public static Tensor operand(Object o) {
        if (o instanceof Tensor) {
            return (Tensor) o;
        }
        if (o instanceof Double) {
            return Tensor.wrappedScalar((Double) o);
        }
        if (o instanceof Long) {
            return Tensor.wrappedScalar((Long) o);
        }
        if (o instanceof Boolean) {
            return Tensor.wrappedScalar((Boolean) o);
        }
        return null;
    }

    public static Tensor tensorArg(Object o, String function, String param) {
        Tensor t = operand(o);
        if (t == null) {
            throw Errors.typeError(function + "(): argument '" + param + "' must be Tensor, not " + Runtime.typeName(o));
        }
        return t;
    }

    /** A torch function's first argument, {@code input}: PyTorch's TypeError for anything but a tensor. */
    public static Tensor input(Object o, String function) {
        return strictTensor(o, function, "input", 1);
    }

    /** Whether a function table lists {@code name} (the tables are short: a scan beats a set here). */
    public static boolean listed(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    public static Tensor strictTensor(Object o, String function, String param, int position) {
        if (!(o instanceof Tensor)) {
            throw Errors.typeError(function + "(): argument '" + param + "' (position " + position
                    + ") must be Tensor, not " + Runtime.typeName(o));
        }
        return (Tensor) o;
    }

    /** {@code f(2, 3)}, {@code f((2, 3))}, {@code f([2, 3])} or {@code f(torch.Size([2, 3]))}. */
    public static int[] shape(PyTuple varargs, String function) {
        Object[] items = varargs.items();
        if (items.length == 1 && (items[0] instanceof PyTuple || items[0] instanceof PyList)) {
            items = sequence(items[0]);
        }
        int[] shape = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            Object v = items[i];
            if (!(v instanceof Long || v instanceof Boolean || (v instanceof Tensor && ((Tensor) v).numel() == 1
                    && !((Tensor) v).dtype().isFloatingPoint()))) {
                throw Errors.typeError(function + "(): argument 'size' (position 1) must be tuple of ints, but found "
                        + "element of type " + Runtime.typeName(v) + " at pos " + i);
            }
            long s = Runtime.toIndex(v);
            if (s < -1 || s > Integer.MAX_VALUE) {
                throw Errors.runtimeError("Trying to create tensor with negative dimension " + s + ": "
                        + listOf(items));
            }
            shape[i] = (int) s;
        }
        return shape;
    }

    private static String listOf(Object[] items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Runtime.repr(items[i]));
        }
        return sb.append(']').toString();
    }

    /** Creation shapes may not contain -1. */
    public static int[] creationShape(PyTuple varargs, String function) {
        int[] s = shape(varargs, function);
        for (int d : s) {
            if (d < 0) {
                throw Errors.runtimeError("Trying to create tensor with negative dimension " + d + ": "
                        + gradpad.engine.Shape.list(s));
            }
        }
        return s;
    }

    public static Object[] sequence(Object o) {
        if (o instanceof PyTuple) {
            return ((PyTuple) o).items();
        }
        if (o instanceof PyList) {
            return ((PyList) o).items.toArray();
        }
        List<Object> out = new ArrayList<>();
        PyIterator it = Runtime.iter(o);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out.toArray();
    }

    /** A {@code dim} argument: an int or a tuple/list of ints; null when None/absent. */
    public static int[] dims(Object o) {
        if (isNone(o)) {
            return null;
        }
        if (o instanceof PyTuple || o instanceof PyList) {
            Object[] items = sequence(o);
            int[] out = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = (int) Runtime.toIndex(items[i]);
            }
            return out;
        }
        return new int[] {(int) Runtime.toIndex(o)};
    }

    public static int intArg(Object o, int dflt) {
        if (isNone(o)) {
            return dflt;
        }
        if (o instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        return (int) Runtime.toIndex(o);
    }

    public static boolean boolArg(Object o, boolean dflt) {
        return isNone(o) ? dflt : Runtime.truthy(o);
    }

    public static double doubleArg(Object o, String what) {
        if (Numbers.isNumber(o)) {
            return Numbers.asDouble(o);
        }
        if (o instanceof Tensor && ((Tensor) o).numel() == 1) {
            return ((Tensor) o).item();
        }
        throw Errors.typeError(what + " must be a number, not " + Runtime.typeName(o));
    }

    public static DType dtype(Object o) {
        if (isNone(o)) {
            return null;
        }
        if (o instanceof DType) {
            return (DType) o;
        }
        if (o instanceof UnsupportedDType) {
            throw ((UnsupportedDType) o).error();
        }
        if (o == gradpad.kernel.runtime.Types.FLOAT) {
            return DType.FLOAT64;
        }
        if (o == gradpad.kernel.runtime.Types.INT) {
            return DType.INT64;
        }
        if (o == gradpad.kernel.runtime.Types.BOOL) {
            return DType.BOOL;
        }
        throw Errors.typeError("dtype must be torch.dtype, not " + Runtime.typeName(o));
    }

    /** Nested Python data for {@code torch.tensor}: lists of Double/Long/Boolean/Tensor. */
    public static Object nested(Object o) {
        if (o instanceof PyList || o instanceof PyTuple) {
            Object[] items = sequence(o);
            List<Object> out = new ArrayList<>(items.length);
            for (Object item : items) {
                out.add(nested(item));
            }
            return out;
        }
        if (o instanceof Double || o instanceof Long || o instanceof Boolean || o instanceof Tensor) {
            return o;
        }
        if (o instanceof gradpad.kernel.runtime.PyRange) {
            return nested(new PyList(java.util.Arrays.asList(sequence(o))));
        }
        throw Errors.typeError("new(): invalid data type '" + Runtime.typeName(o) + "'");
    }
}
