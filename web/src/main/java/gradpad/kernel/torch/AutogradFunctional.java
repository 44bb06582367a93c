package gradpad.kernel.torch;

import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Engine;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.Indexing;
import gradpad.engine.ops.Joining;
import gradpad.engine.ops.Views;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.autograd.functional}: jacobian, hessian, vjp, jvp, vhp and hvp, step for step as
 * torch/autograd/functional.py computes them with {@code autograd.grad} (one backward per output
 * element for jacobian; jvp and hvp by the double-backward trick), so values, zeros for unused
 * inputs, detached results and error texts are PyTorch's. Not modelled: vectorize=True and the
 * forward-mode strategies.
 */
final class AutogradFunctional {
    private AutogradFunctional() {
    }

    static PyModule create() {
        PyModule m = new PyModule("torch.autograd.functional");
        m.function("jacobian", (a, kw) -> {
            Object[] b = new Signature("jacobian", "func", "inputs", "create_graph=False", "strict=False",
                    "vectorize=False", "strategy='reverse-mode'").bind(a, kw);
            refuse(b[4], b[5], "strategy");
            return withGrad(() -> jacobian("jacobian", b[0], b[1], flag(b[2]), flag(b[3])));
        });
        m.function("hessian", (a, kw) -> {
            Object[] b = new Signature("hessian", "func", "inputs", "create_graph=False", "strict=False",
                    "vectorize=False", "outer_jacobian_strategy='reverse-mode'").bind(a, kw);
            refuse(b[4], b[5], "outer_jacobian_strategy");
            return hessian(b[0], b[1], flag(b[2]), flag(b[3]));
        });
        for (String name : new String[] {"vjp", "jvp", "vhp", "hvp"}) {
            m.function(name, (a, kw) -> {
                Object[] b = new Signature(name, "func", "inputs", "v=None", "create_graph=False", "strict=False")
                        .bind(a, kw);
                return product(name, b[0], b[1], b[2], flag(b[3]), flag(b[4]));
            });
        }
        return m;
    }

    private static boolean flag(Object o) {
        return Convert.boolArg(o, false);
    }

    private static void refuse(Object vectorize, Object strategy, String what) {
        if (flag(vectorize) || (strategy != null && !"reverse-mode".equals(strategy))) {
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: vectorize=True and " + what
                    + "='forward-mode' are not supported");
        }
    }

    private interface Body {
        Object run();
    }

    /** {@code with torch.enable_grad():}. */
    private static Object withGrad(Body body) {
        boolean previous = GradMode.set(true);
        try {
            return body.run();
        } finally {
            GradMode.set(previous);
        }
    }

    /** {@code _as_tuple}: whether the value was a tuple, and its tensors. */
    private static Tensor[] asTuple(Object value, String arg, String fn, boolean[] wasTuple) {
        wasTuple[0] = value instanceof PyTuple;
        Object[] items = wasTuple[0] ? ((PyTuple) value).items() : new Object[] {value};
        Tensor[] out = new Tensor[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof Tensor)) {
                throw Errors.typeError("The " + arg + " given to " + fn + " must be either a Tensor or a tuple of "
                        + "Tensors but the " + (wasTuple[0] ? "value at index " + i : "given " + arg) + " has type "
                        + Runtime.typeOf(items[i]) + ".");
            }
            out[i] = (Tensor) items[i];
        }
        return out;
    }

    /** {@code _grad_preprocess}: a differentiable view under create_graph, else a fresh leaf. */
    private static Tensor[] preprocess(Tensor[] ts, boolean createGraph, boolean needGraph) {
        Tensor[] out = new Tensor[ts.length];
        for (int i = 0; i < ts.length; i++) {
            out[i] = createGraph && ts[i].requiresGrad() ? Views.view(ts[i], ts[i].shape())
                    : ts[i].detach().requiresGrad_(needGraph);
        }
        return out;
    }

    private static void checkRequiresGrad(Tensor[] ts, String what, boolean strict) {
        if (!strict) {
            return;
        }
        for (int i = 0; i < ts.length; i++) {
            if (ts[i] == null) {
                throw Errors.runtimeError("The " + what + " of the user-provided function is independent of input "
                        + i + ". This is not allowed in strict mode.");
            }
            if (!ts[i].requiresGrad()) {
                String text = what.equals("hessian")
                        ? "The hessian of the user-provided function with respect to input " + i
                            + " is independent of the input. This is not allowed in strict mode. You should "
                            + "ensure that your function is thrice differentiable and that the hessian "
                            + "depends on the inputs."
                        : what.equals("jacobian")
                        ? "While computing the hessian, found that the jacobian of the user-provided function "
                            + "with respect to input " + i + " is independent of the input. This is not allowed "
                            + "in strict mode. You should ensure that your function is twice differentiable and "
                            + "that the jacobian depends on the inputs (this would be violated by a linear "
                            + "function for example)."
                        : what.equals("grad_inputs")
                        ? "The gradient with respect to input " + i + " is independent of the inputs of the "
                            + "user-provided function. This is not allowed in strict mode."
                        : "Output " + i + " of the user-provided function does not require gradients. The "
                            + "outputs must be computed in a differentiable manner from the input when running "
                            + "in strict mode.";
                throw Errors.runtimeError(text);
            }
        }
    }

    /** {@code _autograd_grad}: outputs that need no gradient are dropped; none left gives Nones. */
    private static Tensor[] autogradGrad(Tensor[] outputs, Tensor[] inputs, Tensor[] gradOutputs,
            boolean createGraph, boolean retainGraph) {
        List<Tensor> outs = new ArrayList<>();
        List<Tensor> grads = new ArrayList<>();
        for (int i = 0; i < outputs.length; i++) {
            if (outputs[i] != null && outputs[i].requiresGrad()) {
                outs.add(outputs[i]);
                grads.add(gradOutputs == null ? null : gradOutputs[i]);
            }
        }
        if (outs.isEmpty()) {
            return new Tensor[inputs.length];
        }
        return Engine.grad(outs.toArray(new Tensor[0]), inputs, grads.toArray(new Tensor[0]), retainGraph,
                createGraph, true);
    }

    /** {@code _fill_in_zeros}: zeros_like(ref) for each missing gradient (strict mode refuses). */
    private static Tensor[] fillInZeros(Tensor[] grads, Tensor[] refs, boolean strict, String stage) {
        Tensor[] out = new Tensor[grads.length];
        for (int i = 0; i < grads.length; i++) {
            if (grads[i] == null) {
                if (strict) {
                    throw Errors.runtimeError(stage.equals("back")
                            ? "The output of the user-provided function is independent of input " + i
                                + ". This is not allowed in strict mode."
                            : "The gradient with respect to input " + i + " is independent of the inputs of "
                                + "the user-provided function. This is not allowed in strict mode.");
                }
                out[i] = Creation.zerosLike(refs[i]);
            } else {
                out[i] = grads[i];
            }
        }
        return out;
    }

    /** {@code _grad_postprocess}: detached results unless create_graph. */
    private static Object[] postprocess(Tensor[] ts, boolean createGraph) {
        Object[] out = new Object[ts.length];
        for (int i = 0; i < ts.length; i++) {
            out[i] = createGraph ? ts[i] : ts[i].detach();
        }
        return out;
    }

    /** {@code _tuple_postprocess} for one level: the single element when the argument was no tuple. */
    private static Object unpack(Object[] items, boolean wasTuple) {
        return wasTuple ? new PyTuple(items) : items[0];
    }

    private static void validateV(Tensor[] v, Tensor[] other, boolean otherTuple) {
        if (v.length != other.length) {
            throw Errors.runtimeError(otherTuple ? "v is a tuple of invalid length: should be " + other.length
                    + " but got " + v.length + "." : "The given v should contain a single Tensor.");
        }
        for (int i = 0; i < v.length; i++) {
            if (!java.util.Arrays.equals(v[i].shapeRef(), other[i].shapeRef())) {
                throw Errors.runtimeError((otherTuple ? "Entry " + i + " in " : "") + "v has invalid size: should be "
                        + TorchSize.of(other[i].shapeRef()).repr() + " but got "
                        + TorchSize.of(v[i].shapeRef()).repr() + ".");
            }
        }
    }

    private static Tensor[] call(Object func, Tensor[] inputs, String fn, boolean[] outTuple) {
        return asTuple(Runtime.call(func, (Object[]) inputs), "outputs of the user-provided function", fn, outTuple);
    }

    /** The body of {@code jacobian}, run with grad enabled: one {@code autograd.grad} per output element. */
    private static Object jacobian(String fn, Object func, Object inputsArg, boolean createGraph, boolean strict) {
        boolean[] inTuple = new boolean[1];
        Tensor[] inputs = preprocess(asTuple(inputsArg, "inputs", fn, inTuple), createGraph, true);
        boolean[] outTuple = new boolean[1];
        Tensor[] outputs = call(func, inputs, fn, outTuple);
        checkRequiresGrad(outputs, "outputs", strict);
        Object[] perOutput = new Object[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            Tensor out = outputs[i];
            List<List<Tensor>> rows = new ArrayList<>();
            for (int k = 0; k < inputs.length; k++) {
                rows.add(new ArrayList<>());
            }
            Tensor flat = Views.reshape(out, new int[] {-1});
            for (int j = 0; j < out.numel(); j++) {
                Tensor[] vj = autogradGrad(new Tensor[] {Indexing.select(flat, 0, j)}, inputs, null, createGraph, true);
                for (int k = 0; k < inputs.length; k++) {
                    if (vj[k] != null) {
                        if (strict && createGraph && !vj[k].requiresGrad()) {
                            throw Errors.runtimeError("The jacobian of the user-provided function is independent "
                                    + "of input " + i + ". This is not allowed in strict mode when create_graph=True.");
                        }
                        rows.get(k).add(vj[k]);
                    } else {
                        if (strict) {
                            throw Errors.runtimeError("Output " + i + " of the user-provided function is "
                                    + "independent of input " + k + ". This is not allowed in strict mode.");
                        }
                        rows.get(k).add(Creation.zerosLike(inputs[k]));
                    }
                }
            }
            Tensor[] jac = new Tensor[inputs.length];
            for (int k = 0; k < inputs.length; k++) {
                int[] shape = concat(out.shapeRef(), inputs[k].shapeRef());
                jac[k] = Views.view(Joining.stack(rows.get(k).toArray(new Tensor[0]), 0), shape);
            }
            perOutput[i] = unpack(postprocess(jac, createGraph), inTuple[0]);
        }
        return unpack(perOutput, outTuple[0]);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** {@code hessian}: the jacobian of a create_graph jacobian of the single-element function. */
    private static Object hessian(Object func, Object inputsArg, boolean createGraph, boolean strict) {
        boolean[] inTuple = new boolean[1];
        Tensor[] inputs = asTuple(inputsArg, "inputs", "hessian", inTuple);
        gradpad.kernel.runtime.Builtin single = new gradpad.kernel.runtime.Builtin("ensure_single_output_function",
                (a, kw) -> {
                    boolean[] outTuple = new boolean[1];
                    Object out = Runtime.call(func, a);
                    Tensor[] t = asTuple(out, "outputs of the user-provided function", "hessian", outTuple);
                    checkRequiresGrad(t, "outputs", strict);
                    if (outTuple[0]) {
                        throw Errors.runtimeError("The function given to hessian should return a single Tensor");
                    }
                    if (t[0].numel() != 1) {
                        throw Errors.runtimeError("The Tensor returned by the function given to hessian should "
                                + "contain a single element");
                    }
                    return t[0].squeeze();
                });
        gradpad.kernel.runtime.Builtin jacFunc = new gradpad.kernel.runtime.Builtin("jac_func", (a, kw) -> {
            Object jac = withGrad(() -> jacobian("jacobian", single, new PyTuple(a), true, false));
            if (strict) {
                Object[] items = jac instanceof PyTuple ? ((PyTuple) jac).items() : new Object[] {jac};
                Tensor[] ts = new Tensor[items.length];
                for (int i = 0; i < items.length; i++) {
                    ts[i] = (Tensor) items[i];
                }
                checkRequiresGrad(ts, "jacobian", true);
            }
            return jac;
        });
        // the outer jacobian sees the inputs already made a tuple: a tuple (per input) of tuples
        PyTuple res = (PyTuple) withGrad(() -> jacobian("jacobian", jacFunc, new PyTuple(inputs), createGraph,
                strict));
        if (inTuple[0]) {
            return res;
        }
        return ((PyTuple) res.items()[0]).items()[0]; // _tuple_postprocess(res, (False, False))
    }

    /** {@code torch.zeros_like(t, requires_grad=True)} for each tensor: the double-backward trick's grad_outputs. */
    private static Tensor[] zerosRequiringGrad(Tensor[] ts) {
        Tensor[] out = new Tensor[ts.length];
        for (int i = 0; i < ts.length; i++) {
            out[i] = Creation.zerosLike(ts[i]).requiresGrad_(true);
        }
        return out;
    }

    /** vjp, jvp, vhp and hvp: the function's outputs and the product, as functional.py computes them. */
    private static Object product(String fn, Object func, Object inputsArg, Object vArg, boolean createGraph,
            boolean strict) {
        boolean[] inTuple = new boolean[1];
        boolean[] outTuple = new boolean[1];
        Tensor[] outputs;
        // the last autograd.grad, run outside enable_grad: the gradient of `of` w.r.t. `wrt`,
        // zeros shaped like `refs` where it is missing (functional.py's _fill_in_zeros stage)
        Tensor[] of;
        Tensor[] wrt;
        Tensor[] refs;
        Tensor[] v = null;
        String stage;
        boolean previous = GradMode.set(true);
        try {
            Tensor[] inputs = preprocess(asTuple(inputsArg, "inputs", fn, inTuple), createGraph, true);
            boolean backward = fn.equals("vjp");
            if (!backward && !Convert.isNone(vArg)) { // jvp, vhp, hvp take v in the inputs' shapes
                v = preprocess(asTuple(vArg, "v", fn, new boolean[1]), createGraph, false);
                validateV(v, inputs, inTuple[0]);
            } else if (!backward && (inputs.length != 1 || inputs[0].numel() != 1)) {
                throw Errors.runtimeError("The vector v can only be None if the input to the user-provided "
                        + "function is a single Tensor with a single element.");
            }
            outputs = call(func, inputs, fn, outTuple);
            checkRequiresGrad(outputs, "outputs", strict);
            if (backward) {
                if (!Convert.isNone(vArg)) {
                    v = preprocess(asTuple(vArg, "v", fn, new boolean[1]), createGraph, false);
                    validateV(v, outputs, outTuple[0]);
                } else if (outputs.length != 1 || outputs[0].numel() != 1) {
                    throw Errors.runtimeError("The vector v can only be None if the user-provided function returns "
                            + "a single Tensor with a single element.");
                }
            } else if (!fn.equals("jvp")) {
                if (outTuple[0]) {
                    throw Errors.runtimeError("The function given to " + fn + " should return a single Tensor");
                }
                if (outputs[0].numel() != 1) {
                    throw Errors.runtimeError("The Tensor returned by the function given to " + fn
                            + " should contain a single element");
                }
            }
            if (backward) { // vjp: the outputs' gradient
                of = outputs;
                wrt = inputs;
                refs = inputs;
                stage = "back";
            } else if (fn.equals("jvp")) { // the double-backward trick through zero grad_outputs
                Tensor[] gradOutputs = zerosRequiringGrad(outputs);
                Tensor[] gradInputs = autogradGrad(outputs, inputs, gradOutputs, true, false);
                checkRequiresGrad(gradInputs, "grad_inputs", strict);
                of = gradInputs;
                wrt = gradOutputs;
                refs = outputs;
                stage = "back_trick";
            } else {
                Tensor[] jac = autogradGrad(outputs, inputs, null, true, false);
                checkRequiresGrad(jac, "jacobian", strict);
                if (fn.equals("vhp")) {
                    of = jac;
                    wrt = inputs;
                    stage = "double_back";
                } else { // hvp: the double-backward trick on the jacobian
                    Tensor[] gradJac = zerosRequiringGrad(inputs);
                    of = autogradGrad(jac, inputs, gradJac, true, false);
                    checkRequiresGrad(jac, "hessian", strict);
                    wrt = gradJac;
                    stage = "double_back_trick";
                }
                refs = inputs;
            }
        } finally {
            GradMode.set(previous);
        }
        // enable_grad = True if create_graph else torch.is_grad_enabled()
        boolean second = GradMode.set(createGraph || GradMode.isEnabled());
        Tensor[] result;
        try {
            result = fillInZeros(autogradGrad(of, wrt, v, createGraph, false), refs, strict, stage);
        } finally {
            GradMode.set(second);
        }
        Object outs = unpack(postprocess(outputs, createGraph), outTuple[0]);
        boolean resultTuple = fn.equals("jvp") ? outTuple[0] : inTuple[0];
        return PyTuple.of(outs, unpack(postprocess(result, createGraph), resultTuple));
    }
}
