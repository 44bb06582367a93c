package gradpad.kernel.torch;

import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.TypePromotion;
import gradpad.engine.ops.Conversion;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyCallable;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;

/**
 * The {@code out=} keyword of torch functions ({@code torch.matmul(a, b, out=c)} in PyTorch's
 * tensor tutorial): the result is computed, checked as PyTorch checks an out tensor (no autograd,
 * a castable dtype) and copied into it, and the out tensor itself is returned.
 */
final class OutArgument {
    private OutArgument() {
    }

    /** Functions PyTorch gives an out= overload (single-tensor results), wrapped where the module has them. */
    private static final String[] FUNCTIONS = {"abs", "add", "sub", "subtract", "mul", "multiply", "div", "divide",
        "true_divide", "floor_divide", "remainder", "fmod", "pow", "matmul", "mm", "mv", "bmm", "dot", "addmm",
        "exp", "log", "log2", "log10", "log1p", "expm1", "sqrt", "rsqrt", "sin", "cos", "tan", "tanh", "sigmoid",
        "neg", "negative", "sign", "clamp", "clip", "maximum", "minimum", "sum", "mean", "prod", "cumsum",
        "cumprod", "cat", "concat", "stack", "where", "eq", "ne", "lt", "le", "gt", "ge", "round", "floor", "ceil",
        "trunc", "square", "reciprocal", "atan2", "hypot", "lerp", "logical_and", "logical_or", "logical_not",
        "logical_xor", "argmax", "argmin", "amax", "amin", "zeros", "ones", "empty", "full", "arange", "linspace",
        "randn", "rand", "randint", "randperm", "eye", "tril", "triu"};

    static void wrap(PyModule torch) {
        for (String name : FUNCTIONS) {
            Object f = torch.dict.get(name);
            if (f instanceof PyCallable) {
                PyCallable target = (PyCallable) f;
                torch.dict.put(name, new Builtin(name, (a, kw) -> call(name, target, a, kw)));
            }
        }
    }

    private static Object call(String name, PyCallable target, Object[] a, String[] kw) {
        int at = -1;
        for (int k = 0; k < kw.length; k++) {
            if (kw[k].equals("out")) {
                at = k;
            }
        }
        if (at < 0) {
            return target.call(a, kw);
        }
        int npos = a.length - kw.length;
        Object out = a[npos + at];
        Object[] args = new Object[a.length - 1];
        String[] names = new String[kw.length - 1];
        for (int i = 0, j = 0; i < a.length; i++) {
            if (i != npos + at) {
                args[j++] = a[i];
            }
        }
        for (int k = 0, j = 0; k < kw.length; k++) {
            if (k != at) {
                names[j++] = kw[k];
            }
        }
        if (Convert.isNone(out)) {
            return target.call(args, names);
        }
        if (!(out instanceof Tensor)) {
            throw Errors.typeError(name + "(): argument 'out' must be Tensor, not " + Runtime.typeName(out));
        }
        Tensor o = (Tensor) out;
        Object r = target.call(args, names);
        if (!(r instanceof Tensor)) {
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: " + name + "(out=...) is not supported");
        }
        Tensor result = (Tensor) r;
        if (GradMode.isEnabled() && (result.requiresGrad() || o.requiresGrad())) {
            throw Errors.runtimeError(name + "(): functions with out=... arguments don't support automatic "
                    + "differentiation, but one of the arguments requires grad.");
        }
        if (!TypePromotion.canCast(result.dtype(), o.dtype())) {
            throw Errors.runtimeError("result type " + result.dtype().scalarTypeName()
                    + " can't be cast to the desired output type " + o.dtype().scalarTypeName());
        }
        if (!java.util.Arrays.equals(result.shapeRef(), o.shapeRef())) {
            // PyTorch resizes the out tensor (with a deprecation warning unless it was empty)
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: " + name + "(out=...) with an out tensor of "
                    + "another shape is not supported");
        }
        Conversion.copyElements(o, result);
        o.versionCounter().bump();
        return o;
    }
}
