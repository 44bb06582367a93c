package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Comparison;
import gradpad.engine.ops.InPlace;
import gradpad.engine.ops.LinearAlgebra;
import gradpad.engine.ops.Modulo;
import gradpad.engine.ops.Pointwise;
import gradpad.engine.ops.UnaryKernel;
import gradpad.engine.random.Generator;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Expr.CmpOp;
import gradpad.kernel.syntax.Expr.Operator;
import gradpad.kernel.syntax.Expr.UnaryOperator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the runtime treats the engine's objects as Python objects: their types, reprs,
 * attributes, operators, subscripts and iteration. Tensor methods live in {@link TensorMethods}.
 */
public final class TorchObjects {
    public static final PyClass TENSOR = new PyClass("Tensor", "torch", new PyClass[] {Types.OBJECT}, null);
    public static final PyClass DTYPE = new PyClass("dtype", "torch", new PyClass[] {Types.OBJECT}, null);
    public static final PyClass SIZE = new PyClass("Size", "torch", new PyClass[] {Types.TUPLE}, null);
    public static final PyClass GENERATOR = new PyClass("Generator", "torch._C", new PyClass[] {Types.OBJECT}, null);
    public static final PyClass DEVICE = new PyClass("device", "torch", new PyClass[] {Types.OBJECT}, null);
    private static final Map<String, PyClass> NODE_CLASSES = new HashMap<>();
    private static final Map<String, PyClass> RETURN_TYPES = new HashMap<>();

    private TorchObjects() {
    }

    public static PyClass typeOf(Object o) {
        if (o instanceof Tensor) {
            return ((Tensor) o).isParameter() ? gradpad.kernel.torch.nn.NnModule.PARAMETER : TENSOR;
        }
        if (o instanceof DType) {
            return DTYPE;
        }
        if (o instanceof TorchSize) {
            return SIZE;
        }
        if (o instanceof Node) {
            String name = ((Node) o).name();
            String shortName = name.startsWith("torch::autograd::") ? name.substring(17) : name;
            return NODE_CLASSES.computeIfAbsent(shortName, n -> new PyClass(n, null, new PyClass[] {Types.OBJECT},
                    null));
        }
        if (o instanceof ReturnTypes) {
            String n = ((ReturnTypes) o).name();
            return RETURN_TYPES.computeIfAbsent(n, k -> new PyClass(k, "torch.return_types",
                    new PyClass[] {Types.TUPLE}, null));
        }
        if (o instanceof Generator) {
            return GENERATOR;
        }
        if (o instanceof Device) {
            return DEVICE;
        }
        return null;
    }

    public static String repr(Object o) {
        if (o instanceof Tensor) {
            Tensor t = (Tensor) o;
            return t.isParameter() ? "Parameter containing:\n" + t : t.toString();
        }
        if (o instanceof DType) {
            return o.toString();
        }
        Node n = (Node) o;
        return "<" + typeOf(n).name() + " object at " + Runtime.address(n) + ">";
    }

    public static String tupleRepr(PyTuple t) {
        if (t instanceof TorchSize) {
            return ((TorchSize) t).repr();
        }
        if (t instanceof ReturnTypes) {
            return ((ReturnTypes) t).repr();
        }
        return null;
    }

    public static String otherRepr(Object o) {
        if (o instanceof Generator) {
            return "<torch._C.Generator object at " + Runtime.address(o) + ">";
        }
        if (o instanceof Device || o instanceof UnsupportedDType) {
            return o.toString();
        }
        return null;
    }

    /** {@code str()} where it differs from repr: {@code str(torch.device('cpu'))} is {@code cpu}. */
    public static String str(Object o) {
        return o instanceof Device ? ((Device) o).str() : null;
    }

    public static boolean isSize(Object o) {
        return o instanceof TorchSize;
    }

    public static TorchSize size(List<Object> items) {
        return new TorchSize(items.toArray());
    }

    /** {@code torch.Size.numel()}. */
    public static Object sizeMethod(PyTuple t, String name) {
        if (t instanceof TorchSize && name.equals("numel")) {
            return new gradpad.kernel.runtime.Builtin(name, t, (a, kw) -> {
                long n = 1;
                for (Object o : t.items()) {
                    n *= (Long) o;
                }
                return n;
            });
        }
        if (t instanceof ReturnTypes) {
            return ((ReturnTypes) t).field(name);
        }
        return null;
    }

    public static Object getAttr(Object o, String name) {
        if (o instanceof Tensor) {
            return TensorMethods.getAttr((Tensor) o, name);
        }
        if (o instanceof Node) {
            return NodeAttributes.get((Node) o, name);
        }
        if (o instanceof DType) {
            DType d = (DType) o;
            switch (name) {
                case "is_floating_point":
                    return d.isFloatingPoint();
                case "is_complex":
                    return false;
                case "is_signed":
                    return d != DType.BOOL;
                case "itemsize":
                    return (long) (d == DType.BOOL ? 1 : d == DType.FLOAT32 ? 4 : 8);
                default:
                    return null;
            }
        }
        if (o instanceof Generator) {
            return TorchModule.generatorAttr((Generator) o, name);
        }
        if (o instanceof Device) {
            return ((Device) o).attr(name);
        }
        return null;
    }

    public static boolean setAttr(Object o, String name, Object value) {
        if (o instanceof Tensor) {
            return TensorMethods.setAttr((Tensor) o, name, value);
        }
        return false;
    }

    // ---- operators -------------------------------------------------------------------------------

    public static Object binary(Operator op, Object a, Object b) {
        Object r = binaryWide(op, a, b);
        return r == null ? null : Narrow.result(r, a, b);
    }

    private static Object binaryWide(Operator op, Object a, Object b) {
        Tensor x = Convert.operand(a);
        Tensor y = Convert.operand(b);
        if (x == null || y == null) {
            return null;
        }
        boolean reflected = !(a instanceof Tensor);
        switch (op) {
            case Add: return Arithmetic.add(x, y);
            case Sub: return reflected ? Arithmetic.rsub(y, x) : Arithmetic.sub(x, y);
            case Mult: return Arithmetic.mul(x, y);
            case Div: return reflected ? Arithmetic.rdiv(y, x) : Arithmetic.div(x, y);
            case Pow: return reflected ? Arithmetic.rpow(x, y) : Arithmetic.pow(x, y);
            case MatMult:
                if (!(a instanceof Tensor) || !(b instanceof Tensor)) {
                    return null;
                }
                return LinearAlgebra.matmul(x, y);
            case FloorDiv: return Arithmetic.floorDivide(x, y);
            case Mod: return Modulo.remainder(x, y);
            case BitAnd: return Pointwise.bitwise(gradpad.engine.ops.BinaryKernel.AND, x, y);
            case BitOr: return Pointwise.bitwise(gradpad.engine.ops.BinaryKernel.OR, x, y);
            case BitXor: return Pointwise.bitwise(gradpad.engine.ops.BinaryKernel.XOR, x, y);
            default: return null;
        }
    }

    public static Object inPlace(Operator op, Tensor a, Object b) {
        Tensor y = Convert.operand(b);
        if (y == null) {
            return null;
        }
        switch (op) {
            case Add: return InPlace.add_(a, y);
            case Sub: return InPlace.sub_(a, y);
            case Mult: return InPlace.mul_(a, y);
            case Div: return InPlace.div_(a, y);
            default: return null;
        }
    }

    public static Object compare(CmpOp op, Object a, Object b) {
        Tensor x = Convert.operand(a);
        Tensor y = Convert.operand(b);
        if (x == null || y == null) {
            if (op == CmpOp.Eq) {
                return false;
            }
            if (op == CmpOp.NotEq) {
                return true;
            }
            return null;
        }
        switch (op) {
            case Eq: return Comparison.eq(x, y);
            case NotEq: return Comparison.ne(x, y);
            case Lt: return Comparison.lt(x, y);
            case LtE: return Comparison.le(x, y);
            case Gt: return Comparison.gt(x, y);
            default: return Comparison.ge(x, y);
        }
    }

    public static Object unary(UnaryOperator op, Tensor t) {
        switch (op) {
            case USub: return Arithmetic.neg(t);
            case UAdd: return t;
            default:
                if (t.dtype().isFloatingPoint()) {
                    throw Errors.typeError("~ (operator.invert) is only implemented on integer and Boolean-type "
                            + "tensors");
                }
                return t.dtype() == DType.BOOL ? Pointwise.logicalNot(t)
                        : UnaryKernel.run(UnaryKernel.BITWISE_NOT, t, t.dtype());
        }
    }

    // ---- scalars, truth, iteration, subscripts ---------------------------------------------------

    /** {@code t.item()} as a Python float, int or bool. */
    public static Object item(Tensor t) {
        if (t.numel() != 1) {
            throw Errors.runtimeError("a Tensor with " + t.numel() + " elements cannot be converted to Scalar");
        }
        switch (t.dtype()) {
            case BOOL: return t.longAt(0) != 0;
            case INT64: return t.longAt(0);
            default: return t.doubleAt(0);
        }
    }

    public static boolean tensorTruth(Tensor t) {
        int n = t.numel();
        if (n == 0) {
            throw Errors.runtimeError("Boolean value of Tensor with no values is ambiguous");
        }
        if (n > 1) {
            throw Errors.runtimeError("Boolean value of Tensor with more than one value is ambiguous");
        }
        return t.doubleAt(0) != 0;
    }

    public static boolean tensorContains(Tensor t, Object item) {
        Tensor y = Convert.operand(item);
        if (y == null) {
            throw Errors.runtimeError("Tensor.__contains__ only supports Tensor or scalar, but you passed in a "
                    + Runtime.typeName(item) + ".");
        }
        Tensor eq = Comparison.eq(t, y);
        for (int i = 0; i < eq.numel(); i++) {
            if (eq.longAt(i) != 0) {
                return true;
            }
        }
        return false;
    }

    public static PyIterator tensorIterator(Tensor t) {
        if (t.dim() == 0) {
            throw Errors.typeError("iteration over a 0-d tensor");
        }
        int n = t.shapeRef()[0];
        return new PyIterator("iterator") {
            int i;

            public boolean hasNext() {
                return i < n;
            }

            public Object next() {
                return gradpad.engine.ops.Indexing.select(t, 0, i++);
            }
        };
    }

    public static Object getItem(Tensor t, Object key) {
        return TensorIndexing.get(t, key);
    }

    public static void setItem(Tensor t, Object key, Object value) {
        TensorIndexing.set(t, key, value);
    }
}
