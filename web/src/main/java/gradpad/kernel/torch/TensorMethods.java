package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Engine;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Conversion;
import gradpad.engine.ops.InPlace;
import gradpad.engine.ops.Pointwise;
import gradpad.engine.ops.Random;
import gradpad.engine.ops.Views;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/**
 * {@code torch.Tensor}'s attributes and methods as Python sees them. Methods shared with the
 * {@code torch} namespace ({@code x.sum()} and {@code torch.sum(x)}) come from {@link TensorFunctions}.
 */
final class TensorMethods {
    private TensorMethods() {
    }

    static Object getAttr(Tensor t, String name) {
        Object property = property(t, name);
        if (property != null) {
            return property;
        }
        Builtin.Body body = method(t, name);
        if (body != null) {
            return new Builtin(name, t, body);
        }
        Builtin.Body shared = TensorFunctions.asMethod(t, name);
        return shared == null ? null : new Builtin(name, t, shared);
    }

    private static Object property(Tensor t, String name) {
        switch (name) {
            case "grad": {
                Tensor g = t.grad();
                return g == null ? PyNone.NONE : g;
            }
            case "grad_fn":
                return t.gradFn() == null ? PyNone.NONE : t.gradFn();
            case "requires_grad":
                return t.requiresGrad();
            case "is_leaf":
                return t.isLeaf();
            case "retains_grad":
                return t.retainsGrad();
            case "shape":
                return TorchSize.of(t.shapeRef());
            case "dtype":
                return t.declaredDType();
            case "data":
                return t.data();
            case "T":
                return Views.reverseDims(t);
            case "mT":
                return Views.transpose(t, -2, -1);
            case "ndim":
                return (long) t.dim();
            case "device":
                return Device.CPU;
            case "is_cuda":
                return false;
            case "_version":
                return (long) t.version();
            case "output_nr":
                return (long) t.outputNr();
            default:
                return null;
        }
    }

    static boolean setAttr(Tensor t, String name, Object value) {
        switch (name) {
            case "requires_grad":
                t.requiresGrad_(Runtime.truthy(value));
                return true;
            case "grad":
                if (Convert.isNone(value)) {
                    t.setGrad(null);
                } else if (value instanceof Tensor) {
                    t.setGrad((Tensor) value);
                } else {
                    throw Errors.typeError("assigned grad expected to be a Tensor or None but got grad of type "
                            + Runtime.typeName(value));
                }
                return true;
            case "data":
                if (!(value instanceof Tensor)) {
                    throw Errors.typeError("Variable data has to be a tensor, but got " + Runtime.typeName(value));
                }
                Tensor src = (Tensor) value;
                if (!java.util.Arrays.equals(src.shapeRef(), t.shapeRef()) || src.dtype() != t.dtype()) {
                    throw Errors.runtimeError("gradpad: assigning .data of a different shape or dtype is not supported");
                }
                Conversion.copyElements(t, src);
                return true;
            default:
                return false;
        }
    }

    private static Builtin.Body method(Tensor t, String name) {
        switch (name) {
            case "backward":
                return (a, kw) -> {
                    Object[] b = new Signature("backward", "gradient=None", "retain_graph=None", "create_graph=False",
                            "inputs=None").bind(a, kw);
                    Tensor g = Convert.isNone(b[0]) ? null : Convert.strictTensor(b[0], "backward", "gradient", 1);
                    boolean create = Convert.boolArg(b[2], false);
                    boolean retain = Convert.boolArg(b[1], create);
                    Engine.backward(t, g, retain, create);
                    return PyNone.NONE;
                };
            case "item":
                return (a, kw) -> TorchObjects.item(t);
            case "tolist":
                return (a, kw) -> toList(t, 0, 0);
            case "numel":
            case "nelement":
                return (a, kw) -> (long) t.numel();
            case "dim":
            case "ndimension":
                return (a, kw) -> (long) t.dim();
            case "size":
                return (a, kw) -> {
                    Object[] b = Signature.torch("size", "dim=None").bind(a, kw);
                    if (Convert.isNone(b[0])) {
                        return TorchSize.of(t.shapeRef());
                    }
                    return (long) t.shapeRef()[dimIndex(t, b[0])];
                };
            case "stride":
                return (a, kw) -> {
                    Object[] b = Signature.torch("stride", "dim=None").bind(a, kw);
                    int[] s = t.strides();
                    if (!Convert.isNone(b[0])) {
                        return (long) s[dimIndex(t, b[0])];
                    }
                    Object[] items = new Object[s.length];
                    for (int i = 0; i < s.length; i++) {
                        items[i] = (long) s[i];
                    }
                    return new PyTuple(items);
                };
            case "is_contiguous":
                return (a, kw) -> t.isContiguous();
            case "is_floating_point":
                return (a, kw) -> t.dtype().isFloatingPoint();
            case "element_size":
                return (a, kw) -> (long) (t.dtype() == DType.BOOL ? 1 : t.dtype() == DType.FLOAT32 ? 4 : 8);
            case "storage_offset":
                return (a, kw) -> (long) t.storageOffset();
            case "detach":
                return (a, kw) -> t.detach();
            case "detach_":
                return (a, kw) -> {
                    throw Errors.runtimeError("gradpad: detach_() is not supported; use detach()");
                };
            case "requires_grad_":
                return (a, kw) -> {
                    Object[] b = Signature.torch("requires_grad_", "requires_grad=True").bind(a, kw);
                    return t.requiresGrad_(Convert.boolArg(b[0], true));
                };
            case "retain_grad":
                return (a, kw) -> {
                    t.retainGrad();
                    return PyNone.NONE;
                };
            case "zero_":
                return (a, kw) -> InPlace.zero_(t);
            case "fill_":
                return (a, kw) -> InPlace.fill_(t, Convert.tensorArg(Signature.torch("fill_", "value").bind(a, kw)[0],
                        "fill_", "value"));
            case "add_":
            case "sub_":
            case "mul_":
            case "div_":
                return (a, kw) -> {
                    Object[] b = Signature.torch(name, "other", "*", "alpha=None").bind(a, kw);
                    Tensor other = Convert.tensorArg(b[0], name, "other");
                    if (!Convert.isNone(b[1])) {
                        other = Arithmetic.mul(other, Convert.operand(b[1]));
                    }
                    switch (name) {
                        case "add_": return InPlace.add_(t, other);
                        case "sub_": return InPlace.sub_(t, other);
                        case "mul_": return InPlace.mul_(t, other);
                        default: return InPlace.div_(t, other);
                    }
                };
            case "copy_":
                return (a, kw) -> {
                    Tensor src = Convert.strictTensor(Signature.torch("copy_", "src", "non_blocking=False").bind(a, kw)[0],
                            "copy_", "src", 1);
                    int[] shape = gradpad.engine.Shape.broadcast(t.shapeRef(), src.shapeRef());
                    if (!java.util.Arrays.equals(shape, t.shapeRef())) {
                        throw Errors.runtimeError("output with shape " + gradpad.engine.Shape.list(t.shapeRef())
                                + " doesn't match the broadcast shape " + gradpad.engine.Shape.list(shape));
                    }
                    return InPlace.copy_(t, src);
                };
            case "clamp_":
                return (a, kw) -> {
                    Object[] b = Signature.torch("clamp_", "min=None", "max=None").bind(a, kw);
                    Tensor r = Pointwise.clamp(t, Convert.isNone(b[0]) ? null : Convert.doubleArg(b[0], "min"),
                            Convert.isNone(b[1]) ? null : Convert.doubleArg(b[1], "max"));
                    return InPlace.copy_(t, r);
                };
            case "normal_":
                return (a, kw) -> {
                    Object[] b = Signature.torch("normal_", "mean=0", "std=1", "*", "generator=None").bind(a, kw);
                    double mean = b[0] == null ? 0 : Convert.doubleArg(b[0], "mean");
                    double std = b[1] == null ? 1 : Convert.doubleArg(b[1], "std");
                    return Random.using(Creators.generator(b[2], "normal_"), () -> Random.fillRandom(t, true, mean, std));
                };
            case "uniform_":
                return (a, kw) -> {
                    Object[] b = Signature.torch("uniform_", "from=0", "to=1", "*", "generator=None").bind(a, kw);
                    double from = b[0] == null ? 0 : Convert.doubleArg(b[0], "from");
                    double to = b[1] == null ? 1 : Convert.doubleArg(b[1], "to");
                    return Random.using(Creators.generator(b[2], "uniform_"), () -> Random.fillRandom(t, false, from, to));
                };
            case "exponential_":
                return (a, kw) -> {
                    Object[] b = Signature.torch("exponential_", "lambd=1", "*", "generator=None").bind(a, kw);
                    double lambda = b[0] == null ? 1 : Convert.doubleArg(b[0], "lambd");
                    return Random.using(Creators.generator(b[1], "exponential_"), () -> Random.exponential_(t, lambda));
                };
            case "inverse":
                return (a, kw) -> {
                    Signature.torch("inverse").bind(a, kw);
                    return gradpad.engine.ops.Linalg.inv(t);
                };
            case "det":
                return (a, kw) -> {
                    Signature.torch("det").bind(a, kw);
                    return gradpad.engine.ops.Linalg.det(t);
                };
            case "multinomial":
                return (a, kw) -> Creators.multinomial(t, a, kw);
            case "int":
                return (a, kw) -> to(t, DType.INT32);
            case "short":
                return (a, kw) -> to(t, DType.INT16);
            case "char":
                return (a, kw) -> to(t, DType.INT8);
            case "byte":
                return (a, kw) -> to(t, DType.UINT8);
            case "half":
                return (a, kw) -> to(t, DType.FLOAT16);
            case "bfloat16":
                return (a, kw) -> to(t, DType.BFLOAT16);
            case "float":
                return (a, kw) -> to(t, DType.FLOAT32);
            case "double":
                return (a, kw) -> to(t, DType.FLOAT64);
            case "long":
                return (a, kw) -> to(t, DType.INT64);
            case "bool":
                return (a, kw) -> to(t, DType.BOOL);
            case "to":
                return (a, kw) -> toMethod(t, a, kw);
            case "register_hook":
                return (a, kw) -> {
                    Object hook = Signature.torch("register_hook", "hook").bind(a, kw)[0];
                    return new RemovableHandle(t.registerHook(g -> {
                        Object r = Runtime.call(hook, new Object[] {g}, Signature.NO_KW);
                        if (r == PyNone.NONE) {
                            return null;
                        }
                        if (!(r instanceof Tensor)) {
                            throw Errors.typeError("expected Variable, but hook returned '" + Runtime.typeName(r) + "'");
                        }
                        return (Tensor) r;
                    }));
                };
            case "type":
                return (a, kw) -> {
                    Object[] b = Signature.torch(name, "dtype=None", "non_blocking=False").bind(a, kw);
                    if (Convert.isNone(b[0])) {
                        return "torch." + t.declaredDType().scalarTypeName() + "Tensor";
                    }
                    return to(t, Convert.dtype(b[0]));
                };
            case "cuda":
                return (a, kw) -> {
                    Device.requireCpu("cuda");
                    return t;
                };
            case "cpu":
            case "contiguous":
                return (a, kw) -> name.equals("cpu") ? t : Conversion.contiguous(t);
            case "numpy":
                return (a, kw) -> {
                    throw Errors.runtimeError("gradpad has no NumPy: use .tolist() to get Python numbers");
                };
            case "__format__":
                return (a, kw) -> {
                    Object spec = Signature.torch("__format__", "format_spec").bind(a, kw)[0];
                    if (!(spec instanceof String)) {
                        throw Errors.typeError("__format__() argument must be str, not " + Runtime.typeName(spec));
                    }
                    return gradpad.kernel.builtins.Formatting.format(t, (String) spec);
                };
            default:
                return null;
        }
    }

    /**
     * {@code x.to(dtype)}, {@code x.to(device, dtype)}, {@code x.to(other)} and the keyword forms:
     * the device must be the CPU (see {@link Device#requireCpu}); {@code copy=True} always copies.
     */
    private static Object toMethod(Tensor t, Object[] a, String[] kw) {
        Object[] b = Signature.torch("to", "dtype=None", "arg1=None", "non_blocking=False", "copy=False", "*",
                "device=None", "memory_format=None").bind(a, kw);
        Object device = b[4]; // the "*" takes no slot
        Object dtype = null;
        Object first = b[0];
        if (first instanceof Tensor) {
            dtype = ((Tensor) first).declaredDType();
        } else if (first instanceof String || first instanceof Device) {
            device = first;
            dtype = b[1];
        } else {
            dtype = first;
        }
        Device.requireCpu(device);
        Tensor r = Convert.isNone(dtype) ? t : to(t, Convert.dtype(dtype));
        return r == t && Convert.boolArg(b[3], false) ? Conversion.cloneTensor(t) : r;
    }

    /** {@code x.to(dtype)}: the same tensor when nothing changes; narrow types are wrapped or rounded. */
    static Tensor to(Tensor t, DType type) {
        if (t.declaredDType() == type) {
            return t;
        }
        Tensor wide = Conversion.to(t, type.kind());
        if (!type.isNarrow()) {
            return wide == t && t.declaredDType() != type ? t.narrowTo(type) : wide;
        }
        return t.narrowTo(type);
    }

    /** A {@code dim} argument as an index into the shape, with PyTorch's IndexErrors (0-d tensors have none). */
    private static int dimIndex(Tensor t, Object dim) {
        long d = Runtime.toIndex(dim);
        if (t.dim() == 0) {
            throw Errors.indexError("Dimension specified as " + d + " but tensor has no dimensions");
        }
        return gradpad.engine.Shape.wrapDim((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, d)), t.dim());
    }

    /** {@code tolist()}: nested Python lists of floats, ints or bools. */
    private static Object toList(Tensor t, int dim, int offset) {
        if (t.dim() == 0) {
            return TorchObjects.item(t);
        }
        Tensor c = Conversion.contiguousData(t);
        return nested(c, 0, 0);
    }

    private static Object nested(Tensor c, int dim, int base) {
        int[] shape = c.shapeRef();
        int[] strides = gradpad.engine.Shape.contiguousStrides(shape);
        PyList out = new PyList();
        for (int i = 0; i < shape[dim]; i++) {
            int at = base + i * strides[dim];
            if (dim == shape.length - 1) {
                switch (c.dtype()) {
                    case BOOL: out.items.add(c.longAt(at) != 0); break;
                    case INT64: out.items.add(c.longAt(at)); break;
                    default: out.items.add(c.doubleAt(at));
                }
            } else {
                out.items.add(nested(c, dim + 1, at));
            }
        }
        return out;
    }
}
