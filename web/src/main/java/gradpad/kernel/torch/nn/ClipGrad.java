package gradpad.kernel.torch.nn;

import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.InPlace;
import gradpad.engine.ops.Joining;
import gradpad.engine.ops.Norms;
import gradpad.engine.ops.Pointwise;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.nn.utils.clip_grad_norm_} and {@code clip_grad_value_}, in torch/nn/utils/
 * clip_grad.py's steps: the norm of the gradients' norms, {@code max_norm / (total + 1e-6)}
 * clamped to 1, each gradient multiplied in place; no graph is recorded.
 */
final class ClipGrad {
    private ClipGrad() {
    }

    static PyModule create() {
        PyModule m = new PyModule("torch.nn.utils");
        m.function("clip_grad_norm_", (a, kw) -> {
            Object[] b = new Signature("clip_grad_norm_", "parameters", "max_norm", "norm_type=2.0",
                    "error_if_nonfinite=False", "foreach=None").bind(a, kw);
            List<Tensor> grads = grads(b[0]);
            double p = b[2] == null ? 2.0 : Convert.doubleArg(b[2], "norm_type");
            boolean previous = GradMode.set(false);
            try {
                if (grads.isEmpty()) {
                    return gradpad.engine.ops.Creation.zeros(new int[0], gradpad.engine.DType.FLOAT32); // torch.tensor(0.0)
                }
                Tensor[] norms = new Tensor[grads.size()];
                for (int i = 0; i < norms.length; i++) {
                    norms[i] = Norms.norm(grads.get(i), p, null, false);
                }
                Tensor total = Norms.norm(Joining.stack(norms, 0), p, null, false);
                if (Convert.boolArg(b[3], false) && !Double.isFinite(total.doubleAt(0))) {
                    throw Errors.runtimeError("The total norm of order " + Runtime.repr(p) + " for gradients from "
                            + "`parameters` is non-finite, so it cannot be clipped. To disable this error and scale "
                            + "the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`");
                }
                Tensor coef = Arithmetic.div(Tensor.wrappedScalar(Convert.doubleArg(b[1], "max_norm")),
                        Arithmetic.add(total, Tensor.wrappedScalar(1e-6)));
                Tensor clamped = Pointwise.clamp(coef, null, 1.0);
                for (Tensor g : grads) {
                    InPlace.mul_(g, clamped);
                }
                return total;
            } finally {
                GradMode.set(previous);
            }
        });
        m.function("clip_grad_value_", (a, kw) -> {
            Object[] b = new Signature("clip_grad_value_", "parameters", "clip_value", "foreach=None").bind(a, kw);
            double v = Convert.doubleArg(b[1], "clip_value");
            boolean previous = GradMode.set(false);
            try {
                for (Tensor g : grads(b[0])) {
                    InPlace.copy_(g, Pointwise.clamp(g, -v, v));
                }
            } finally {
                GradMode.set(previous);
            }
            return PyNone.NONE;
        });
        return m;
    }

    /** The parameters' existing gradients; a single tensor counts as a list of one. */
    private static List<Tensor> grads(Object parameters) {
        List<Tensor> out = new ArrayList<>();
        if (parameters instanceof Tensor) {
            add(out, (Tensor) parameters);
            return out;
        }
        PyIterator it = Runtime.iter(parameters);
        while (it.hasNext()) {
            Object p = it.next();
            if (!(p instanceof Tensor)) {
                throw Errors.typeError("expected Tensor as element in parameters, got " + Runtime.typeName(p));
            }
            add(out, (Tensor) p);
        }
        return out;
    }

    private static void add(List<Tensor> out, Tensor p) {
        if (p.gradRef() != null) {
            out.add(p.gradRef());
        }
    }
}
