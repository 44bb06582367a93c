package gradpad.kernel.torch;

import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.Recording;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.autograd.Function}: a cell's class with static {@code forward(ctx, ...)} and
 * {@code backward(ctx, *grads)}. {@code Cls.apply(...)} runs forward without recording, then makes
 * the tensor outputs' grad_fn a node ({@code ClsBackward}) whose backward calls the cell's
 * backward with the same ctx, as "Learning PyTorch with Examples" does with LegendrePolynomial3.
 */
final class CustomFunction {
    static final PyClass FUNCTION = new PyClass("Function", "torch.autograd.function",
            new PyClass[] {Types.OBJECT}, null);
    private static final PyClass CONTEXT = new PyClass("FunctionCtx", "torch.autograd.function",
            new PyClass[] {Types.OBJECT}, null);

    private CustomFunction() {
    }

    static PyClass create() {
        FUNCTION.dict.put("apply", new Instances.ClassMethod(new Builtin("apply", (a, kw) -> apply(a, kw))));
        return FUNCTION;
    }

    private static Object apply(Object[] a, String[] kw) {
        PyClass cls = (PyClass) a[0];
        int npos = a.length - kw.length;
        Object[] inputs = new Object[npos - 1];
        System.arraycopy(a, 1, inputs, 0, inputs.length);
        Context ctx = new Context(inputs);
        Object[] forwardArgs = new Object[a.length];
        forwardArgs[0] = ctx;
        System.arraycopy(a, 1, forwardArgs, 1, a.length - 1);
        boolean record = false;
        Tensor[] edges = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] instanceof Tensor) {
                edges[i] = (Tensor) inputs[i];
                record |= GradMode.isEnabled() && ((Tensor) inputs[i]).requiresGrad();
            }
        }
        Object out;
        boolean previous = GradMode.set(false);
        try {
            out = Runtime.call(Runtime.getAttr(cls, "forward"), forwardArgs, kw);
        } finally {
            GradMode.set(previous);
        }
        if (!record) {
            return out;
        }
        boolean tuple = out instanceof PyTuple;
        Object[] items = tuple ? ((PyTuple) out).items().clone() : new Object[] {out};
        List<Tensor> differentiable = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            if (items[i] instanceof Tensor && ((Tensor) items[i]).dtype().isFloatingPoint()) {
                Tensor t = (Tensor) items[i];
                for (Object in : inputs) {
                    if (in == t) { // forward returned an input: the output is a new tensor on its data
                        t = t.detach();
                        items[i] = t;
                        break;
                    }
                }
                differentiable.add(t);
            }
        }
        Tensor[] outs = differentiable.toArray(new Tensor[0]);
        Recording.recordMulti(new Backward(cls, ctx, outs), outs, edges);
        return tuple ? new PyTuple(items) : items[0];
    }

    /** The ctx both methods receive: saved tensors, needs_input_grad, and any attribute the cell sets. */
    static final class Context implements PyObj {
        private final Object[] inputs;
        private final Map<String, Object> attributes = new LinkedHashMap<>();
        private Object[] saved = new Object[0];

        Context(Object[] inputs) {
            this.inputs = inputs;
        }

        @Override
        public PyClass cls() {
            return CONTEXT;
        }

        @Override
        public Object getAttr(String name) {
            switch (name) {
                case "save_for_backward":
                    return new Builtin(name, (a, kw) -> {
                        saved = a.clone();
                        return PyNone.NONE;
                    });
                case "saved_tensors":
                    return new PyTuple(saved.clone());
                case "needs_input_grad": {
                    Object[] needs = new Object[inputs.length];
                    for (int i = 0; i < inputs.length; i++) {
                        needs[i] = inputs[i] instanceof Tensor && ((Tensor) inputs[i]).requiresGrad();
                    }
                    return new PyTuple(needs);
                }
                case "mark_non_differentiable":
                case "mark_dirty":
                case "set_materialize_grads":
                    return new Builtin(name, (a, kw) -> PyNone.NONE);
                default:
                    return attributes.get(name);
            }
        }

        @Override
        public boolean setAttr(String name, Object value) {
            attributes.put(name, value);
            return true;
        }
    }

    /** {@code ClsBackward}: calls the cell's backward; missing output gradients are zeros, as PyTorch's. */
    static final class Backward extends Node {
        private final PyClass cls;
        private final Context ctx;
        private final int[][] outputShapes;
        private final gradpad.engine.DType[] outputTypes;

        Backward(PyClass cls, Context ctx, Tensor[] outs) {
            this.cls = cls;
            this.ctx = ctx;
            this.outputShapes = new int[outs.length][];
            this.outputTypes = new gradpad.engine.DType[outs.length];
            for (int i = 0; i < outs.length; i++) {
                outputShapes[i] = outs[i].shapeRef();
                outputTypes[i] = outs[i].dtype();
            }
        }

        @Override
        public String name() {
            return cls.name() + "Backward";
        }

        @Override
        public int numOutputs() {
            return outputShapes.length;
        }

        @Override
        public Tensor[] apply(Tensor[] gradOutputs) {
            Object[] args = new Object[outputShapes.length + 1];
            args[0] = ctx;
            for (int i = 0; i < outputShapes.length; i++) {
                Tensor g = i < gradOutputs.length ? gradOutputs[i] : null;
                args[i + 1] = g != null ? g : Creation.zeros(outputShapes[i], outputTypes[i]);
            }
            Object r = Runtime.call(Runtime.getAttr(cls, "backward"), args, gradpad.kernel.runtime.Signature.NO_KW);
            Object[] grads = r instanceof PyTuple ? ((PyTuple) r).items() : new Object[] {r};
            int expected = ctx.inputs.length;
            if (grads.length != expected) {
                throw Errors.runtimeError("function " + name() + " returned an incorrect number of gradients (expected "
                        + expected + ", got " + grads.length + ")");
            }
            Tensor[] out = new Tensor[expected];
            for (int i = 0; i < expected; i++) {
                if (grads[i] instanceof Tensor && needsInputGrad(i)) {
                    out[i] = (Tensor) grads[i];
                } else if (!(grads[i] instanceof Tensor) && grads[i] != PyNone.NONE) {
                    throw Errors.typeError("expected Tensor or None (got " + Runtime.typeName(grads[i]) + ")");
                }
            }
            return out;
        }
    }
}
