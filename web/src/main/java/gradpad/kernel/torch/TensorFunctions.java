package gradpad.kernel.torch;

import gradpad.engine.Tensor;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Comparison;
import gradpad.engine.ops.Conversion;
import gradpad.engine.ops.LinearAlgebra;
import gradpad.engine.ops.Modulo;
import gradpad.engine.ops.Pointwise;
import gradpad.engine.ops.Reductions;
import gradpad.engine.ops.Unary;
import gradpad.engine.ops.UnaryKernel;
import gradpad.engine.ops.Views;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/**
 * Functions that exist both as {@code torch.f(input, ...)} and as {@code input.f(...)}: one
 * implementation, bound either way, with the input as the first parameter.
 */
final class TensorFunctions {
    private TensorFunctions() {
    }

    /** The method form: {@code t.name(...)}; null when there is no such function. */
    static Builtin.Body asMethod(Tensor t, String name) {
        if (!exists(name)) {
            return null;
        }
        return (a, kw) -> {
            Object[] all = new Object[a.length + 1];
            all[0] = t;
            System.arraycopy(a, 0, all, 1, a.length);
            return call(name, all, kw);
        };
    }

    /** The function form: {@code torch.name(input, ...)}. */
    static Builtin function(String name) {
        return new Builtin(name, (a, kw) -> call(name, a, kw));
    }

    static final String[] NAMES = {
        "add", "sub", "subtract", "mul", "multiply", "div", "divide", "true_divide", "pow", "neg", "negative",
        "exp", "log", "sqrt", "abs", "tanh", "sigmoid", "relu", "sin", "cos", "reciprocal", "square", "sign",
        "floor", "ceil", "round", "trunc", "log1p", "expm1", "log2", "log10", "tan", "rsqrt", "sum", "mean",
        "matmul", "mm", "mv", "dot", "outer", "t", "transpose", "permute", "view", "reshape", "flatten",
        "unsqueeze", "squeeze", "expand", "expand_as", "view_as", "reshape_as", "clone", "clamp", "clip",
        "maximum", "minimum", "eq", "ne", "lt", "le", "gt", "ge", "equal", "allclose", "floor_divide",
        "remainder", "fmod", "logical_not", "logical_and", "logical_or", "all", "any", "nonzero", "bmm",
        "isnan", "isinf", "isfinite", "asin", "acos", "atan", "arcsin", "arccos", "arctan", "sinh", "cosh",
    };

    static boolean exists(String name) {
        return ReductionFunctions.exists(name) || SortingFunctions.exists(name) || ShapeFunctions.exists(name)
                || MiscFunctions.exists(name) || ScatterFunctions.exists(name) || Convert.listed(NAMES, name);
    }

    private static Tensor input(Object o, String name) {
        return Convert.input(o, name);
    }

    static Object call(String name, Object[] a, String[] kw) {
        if (ReductionFunctions.exists(name)) {
            return ReductionFunctions.call(name, a, kw);
        }
        if (SortingFunctions.exists(name)) {
            return SortingFunctions.call(name, a, kw);
        }
        if (ShapeFunctions.exists(name)) {
            return ShapeFunctions.call(name, a, kw);
        }
        if (MiscFunctions.exists(name)) {
            return MiscFunctions.call(name, a, kw);
        }
        if (ScatterFunctions.exists(name)) {
            return ScatterFunctions.call(name, a, kw);
        }
        switch (name) {
            case "add":
            case "sub":
            case "subtract": {
                Object[] b = Signature.torch(name, "input", "other", "*", "alpha=None").bind(a, kw);
                Tensor x = input(b[0], name);
                Tensor y = Convert.tensorArg(b[1], name, "other");
                if (!Convert.isNone(b[2])) {
                    y = Arithmetic.mul(y, Convert.operand(b[2]));
                }
                return name.equals("add") ? Arithmetic.add(x, y) : Arithmetic.sub(x, y);
            }
            case "mul":
            case "multiply":
            case "div":
            case "divide":
            case "true_divide":
            case "pow":
            case "maximum":
            case "minimum":
            case "floor_divide":
            case "remainder":
            case "fmod": {
                Object[] b = Signature.torch(name, "input", name.equals("pow") ? "exponent" : "other").bind(a, kw);
                Tensor x = Convert.operand(b[0]);
                Tensor y = Convert.tensorArg(b[1], name, "other");
                if (x == null) {
                    throw Errors.typeError(name + "(): argument 'input' (position 1) must be Tensor, not "
                            + Runtime.typeName(b[0]));
                }
                switch (name) {
                    case "mul": case "multiply": return Arithmetic.mul(x, y);
                    case "pow": return b[0] instanceof Tensor ? Arithmetic.pow(x, y) : Arithmetic.rpow(x, y);
                    case "maximum": return Pointwise.maximum(x, y, true);
                    case "minimum": return Pointwise.maximum(x, y, false);
                    case "floor_divide": return Arithmetic.floorDivide(x, y);
                    case "remainder": return Modulo.remainder(x, y);
                    case "fmod": return Modulo.fmod(x, y);
                    default: return Arithmetic.div(x, y);
                }
            }
            case "neg":
            case "negative":
                return Arithmetic.neg(input(one(name, a, kw), name));
            case "exp": return Unary.exp(input(one(name, a, kw), name));
            case "log": return Unary.log(input(one(name, a, kw), name));
            case "sqrt": return Unary.sqrt(input(one(name, a, kw), name));
            case "abs": return Unary.abs(input(one(name, a, kw), name));
            case "tanh": return Unary.tanh(input(one(name, a, kw), name));
            case "sigmoid": return Unary.sigmoid(input(one(name, a, kw), name));
            case "relu": return Unary.relu(input(one(name, a, kw), name));
            case "sin": return Unary.sin(input(one(name, a, kw), name));
            case "cos": return Unary.cos(input(one(name, a, kw), name));
            case "reciprocal": return Unary.reciprocal(input(one(name, a, kw), name));
            case "square": return Arithmetic.pow(input(one(name, a, kw), name), Tensor.wrappedScalar(2L));
            case "rsqrt": return Unary.rsqrt(input(one(name, a, kw), name));
            case "asin":
            case "arcsin": return Unary.asin(input(one(name, a, kw), name));
            case "acos":
            case "arccos": return Unary.acos(input(one(name, a, kw), name));
            case "atan":
            case "arctan": return Unary.atan(input(one(name, a, kw), name));
            case "sinh": return Unary.sinh(input(one(name, a, kw), name));
            case "cosh": return Unary.cosh(input(one(name, a, kw), name));
            case "sign": return Unary.piecewiseConstant(UnaryKernel.SIGN, "SignBackward0", input(one(name, a, kw), name));
            case "floor": return Unary.piecewiseConstant(UnaryKernel.FLOOR, "FloorBackward0", input(one(name, a, kw), name));
            case "ceil": return Unary.piecewiseConstant(UnaryKernel.CEIL, "CeilBackward0", input(one(name, a, kw), name));
            case "round": return Unary.piecewiseConstant(UnaryKernel.ROUND, "RoundBackward0", input(one(name, a, kw), name));
            case "trunc": return Unary.piecewiseConstant(UnaryKernel.TRUNC, "TruncBackward0", input(one(name, a, kw), name));
            case "log1p": return Unary.log1p(input(one(name, a, kw), name));
            case "expm1": return Unary.expm1(input(one(name, a, kw), name));
            case "log2": return Unary.log2(input(one(name, a, kw), name));
            case "log10": return Unary.log10(input(one(name, a, kw), name));
            case "tan": return Unary.tan(input(one(name, a, kw), name));
            case "logical_not": return Pointwise.logicalNot(input(one(name, a, kw), name));
            case "isnan":
            case "isinf":
            case "isfinite":
                return nonFinite(name, input(one(name, a, kw), name));
            case "sum":
            case "mean": {
                Object[] b = Signature.torch(name, "input", "dim=None", "keepdim=False", "*", "dtype=None").bind(a, kw);
                Tensor x = input(b[0], name);
                int[] dims = Convert.dims(b[1]);
                boolean keep = Convert.boolArg(b[2], false);
                gradpad.engine.DType dt = Convert.dtype(b[3]);
                if (dims == null && dt == null) {
                    return name.equals("sum") ? Reductions.sum(x) : Reductions.mean(x);
                }
                if (dims == null) {
                    dims = new int[0];
                }
                return name.equals("sum") ? Reductions.sum(x, dims, keep, dt) : Reductions.mean(x, dims, keep, dt);
            }
            case "matmul":
            case "mm":
            case "mv":
            case "dot":
            case "outer":
            case "bmm": {
                Object[] b = Signature.torch(name, "input", name.equals("mv") ? "vec" : "other").bind(a, kw);
                Tensor x = input(b[0], name);
                Tensor y = Convert.strictTensor(b[1], name, name.equals("mv") ? "vec" : "other", 2);
                switch (name) {
                    case "mm": return LinearAlgebra.mm(x, y);
                    case "mv": return LinearAlgebra.mv(x, y);
                    case "dot": return LinearAlgebra.dot(x, y);
                    case "outer": return LinearAlgebra.outer(x, y);
                    case "bmm": return LinearAlgebra.bmm(x, y);
                    default: return LinearAlgebra.matmul(x, y);
                }
            }
            case "t":
                return Views.t(input(one(name, a, kw), name));
            case "transpose": {
                Object[] b = Signature.torch(name, "input", "dim0", "dim1").bind(a, kw);
                return Views.transpose(input(b[0], name), (int) Runtime.toIndex(b[1]), (int) Runtime.toIndex(b[2]));
            }
            case "permute":
            case "view":
            case "reshape":
            case "expand": {
                Object[] b = Signature.torch(name, "input", "*dims").bind(a, kw);
                Tensor x = input(b[0], name);
                if (((PyTuple) b[1]).size() == 0) {
                    throw Errors.typeError(name.equals("view") ? "view() received an invalid combination of arguments"
                            + " - got (), but expected one of:\n * (torch.dtype dtype)\n * (tuple of ints size)\n"
                            : name + "() missing 1 required positional arguments: \""
                            + (name.equals("reshape") ? "shape" : name.equals("permute") ? "dims" : "size") + "\"");
                }
                int[] dims = Convert.shape((PyTuple) b[1], name);
                switch (name) {
                    case "permute": return Views.permute(x, dims);
                    case "view": return Views.view(x, dims);
                    case "reshape": return Views.reshape(x, dims);
                    default: return Views.expand(x, dims);
                }
            }
            case "expand_as":
            case "view_as":
            case "reshape_as": {
                Object[] b = Signature.torch(name, "input", "other").bind(a, kw);
                Tensor x = input(b[0], name);
                int[] shape = Convert.strictTensor(b[1], name, "other", 1).shape();
                return name.equals("expand_as") ? Views.expand(x, shape) : name.equals("view_as")
                        ? Views.view(x, shape) : Views.reshape(x, shape);
            }
            case "flatten": {
                Object[] b = Signature.torch(name, "input", "start_dim=0", "end_dim=-1").bind(a, kw);
                return Views.flatten(input(b[0], name), Convert.intArg(b[1], 0), Convert.intArg(b[2], -1));
            }
            case "unsqueeze": {
                Object[] b = Signature.torch(name, "input", "dim").bind(a, kw);
                return Views.unsqueeze(input(b[0], name), (int) Runtime.toIndex(b[1]));
            }
            case "squeeze": {
                Object[] b = Signature.torch(name, "input", "dim=None").bind(a, kw);
                Tensor x = input(b[0], name);
                return Views.squeeze(x, Convert.isNone(b[1]) ? null : (int) Runtime.toIndex(b[1]));
            }
            case "clone":
                return Conversion.cloneTensor(input(one(name, a, kw), name));
            case "clamp":
            case "clip": {
                Object[] b = Signature.torch(name, "input", "min=None", "max=None").bind(a, kw);
                return Pointwise.clamp(input(b[0], name), Convert.isNone(b[1]) ? null : Convert.doubleArg(b[1], "min"),
                        Convert.isNone(b[2]) ? null : Convert.doubleArg(b[2], "max"));
            }
            case "eq": case "ne": case "lt": case "le": case "gt": case "ge":
            case "logical_and": case "logical_or": {
                Object[] b = Signature.torch(name, "input", "other").bind(a, kw);
                Tensor x = input(b[0], name);
                Tensor y = Convert.tensorArg(b[1], name, "other");
                switch (name) {
                    case "eq": return Comparison.eq(x, y);
                    case "ne": return Comparison.ne(x, y);
                    case "lt": return Comparison.lt(x, y);
                    case "le": return Comparison.le(x, y);
                    case "gt": return Comparison.gt(x, y);
                    case "ge": return Comparison.ge(x, y);
                    case "logical_and": return Pointwise.logicalAnd(x, y);
                    default: return Pointwise.logicalOr(x, y);
                }
            }
            case "equal": {
                Object[] b = Signature.torch(name, "input", "other").bind(a, kw);
                return Comparison.equal(input(b[0], name), Convert.strictTensor(b[1], name, "other", 2));
            }
            case "allclose": {
                Object[] b = Signature.torch(name, "input", "other", "rtol=1e-05", "atol=1e-08").bind(a, kw);
                Tensor x = input(b[0], name);
                Tensor y = Convert.strictTensor(b[1], name, "other", 2);
                double rtol = b[2] == null ? 1e-5 : Convert.doubleArg(b[2], "rtol");
                double atol = b[3] == null ? 1e-8 : Convert.doubleArg(b[3], "atol");
                Tensor diff = Unary.abs(Arithmetic.sub(x, y));
                Tensor tol = Arithmetic.add(Tensor.wrappedScalar(atol), Arithmetic.mul(Unary.abs(y),
                        Tensor.wrappedScalar(rtol)));
                Tensor ok = Comparison.le(diff, tol);
                for (int i = 0; i < ok.numel(); i++) {
                    if (ok.longAt(i) == 0) {
                        return false;
                    }
                }
                return true;
            }
            case "all":
            case "any": {
                Object[] b = Signature.torch(name, "input").bind(a, kw);
                Tensor x = input(b[0], name);
                boolean all = name.equals("all");
                boolean r = all;
                for (int i = 0; i < x.numel(); i++) {
                    boolean v = x.doubleAt(i) != 0;
                    r = all ? r && v : r || v;
                }
                return Tensor.of(new boolean[] {r});
            }
            case "nonzero":
                return gradpad.engine.ops.Indexing.nonzero(input(one(name, a, kw), name));
            default:
                throw Errors.attributeError("'Tensor' object has no attribute '" + name + "'");
        }
    }

    private static Object one(String name, Object[] a, String[] kw) {
        return Signature.torch(name, "input").bind(a, kw)[0];
    }

    /** isnan (x != x), isinf (x == +-inf) and isfinite (neither), bool tensors; comparisons record no graph. */
    private static Tensor nonFinite(String name, Tensor x) {
        Tensor nan = Comparison.ne(x, x);
        Tensor inf = Pointwise.logicalOr(Comparison.eq(x, Tensor.wrappedScalar(Double.POSITIVE_INFINITY)),
                Comparison.eq(x, Tensor.wrappedScalar(Double.NEGATIVE_INFINITY)));
        switch (name) {
            case "isnan": return nan;
            case "isinf": return inf;
            default: return Pointwise.logicalNot(Pointwise.logicalOr(nan, inf));
        }
    }
}
