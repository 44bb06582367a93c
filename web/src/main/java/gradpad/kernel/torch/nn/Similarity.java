package gradpad.kernel.torch.nn;

import gradpad.engine.GradMode;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.Warnings;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.ClampMinMax;
import gradpad.engine.ops.Conversion;
import gradpad.engine.ops.Norms;
import gradpad.engine.ops.Reductions;
import gradpad.engine.ops.Unary;
import gradpad.engine.ops.Views;
import gradpad.engine.ops.Xlogy;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/**
 * {@code F.normalize}, {@code F.cosine_similarity} and {@code F.kl_div} / {@code nn.KLDivLoss},
 * composed from tensor ops exactly as PyTorch 2.11 composes them (so their grad_fns are those of
 * the last op: DivBackward0, SumBackward1, MeanBackward0...).
 */
final class Similarity {
    private Similarity() {
    }

    static void register(PyModule nn, PyModule f) {
        f.function("normalize", (a, kw) -> {
            Object[] b = new Signature("normalize", "input", "p=2.0", "dim=1", "eps=1e-12", "out=None").bind(a, kw);
            Tensor x = Functional.tensor(b[0], "normalize");
            double p = b[1] == null ? 2.0 : Convert.doubleArg(b[1], "p");
            int dim = b[2] == null ? 1 : (int) Runtime.toIndex(b[2]);
            double eps = b[3] == null ? 1e-12 : Convert.doubleArg(b[3], "eps");
            // input / input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
            Tensor norm = Norms.norm(x, p, new int[] {dim}, true);
            Tensor denom = Views.expand(ClampMinMax.clampMin(norm, Tensor.wrappedScalar(eps)), x.shape());
            return Arithmetic.div(x, denom);
        });
        f.function("cosine_similarity", (a, kw) -> {
            Object[] b = new Signature("cosine_similarity", "x1", "x2", "dim=1", "eps=1e-8").bind(a, kw);
            return cosineSimilarity(Convert.strictTensor(b[0], "cosine_similarity", "x1", 1),
                    Convert.strictTensor(b[1], "cosine_similarity", "x2", 2), b[2] == null ? 1 : (int) Runtime.toIndex(b[2]),
                    b[3] == null ? 1e-8 : Convert.doubleArg(b[3], "eps"));
        });
        f.function("kl_div", (a, kw) -> {
            Object[] b = new Signature("kl_div", "input", "target", "size_average=None", "reduce=None",
                    "reduction='mean'", "log_target=False").bind(a, kw);
            return klDiv(Functional.tensor(b[0], "kl_div"), Functional.tensor(b[1], "kl_div"),
                    b[4] == null ? "mean" : Runtime.str(b[4]), Convert.boolArg(b[5], false));
        });
        nn.put("KLDivLoss", klDivLoss());
    }

    /** ATen's cosine_similarity: each side divided by its norm (clamped to eps outside autograd), then summed. */
    static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        int[] shape = Shape.broadcast(x1.shapeRef(), x2.shapeRef());
        Tensor a = sameShape(x1, shape) ? x1 : Views.expand(x1, shape);
        Tensor b = sameShape(x2, shape) ? x2 : Views.expand(x2, shape);
        Tensor n1 = clampedNorm(a, dim, eps);
        Tensor n2 = clampedNorm(b, dim, eps);
        return Reductions.sum(Arithmetic.mul(Arithmetic.div(a, n1), Arithmetic.div(b, n2)), new int[] {dim}, false, null);
    }

    private static boolean sameShape(Tensor t, int[] shape) {
        return java.util.Arrays.equals(t.shapeRef(), shape);
    }

    /** linalg_vector_norm(x, 2, dim, keepdim=True).clone(), then clamp_min_(eps) under no_grad. */
    private static Tensor clampedNorm(Tensor x, int dim, double eps) {
        Tensor norm = Conversion.cloneTensor(Norms.norm(x, 2, new int[] {dim}, true));
        boolean previous = GradMode.set(false);
        try {
            Conversion.copyElements(norm, ClampMinMax.clampMin(norm, Tensor.wrappedScalar(eps)));
        } finally {
            GradMode.set(previous);
        }
        return norm;
    }

    /**
     * F.kl_div: torch.kl_div's pointwise loss ({@code xlogy(t, t) - t * input}, or {@code exp(t) * (t -
     * input)} for log targets) reduced; 'batchmean' sums and divides by the batch size.
     */
    static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) {
        if (reduction.equals("mean")) {
            Warnings.warn("UserWarning", "reduction: 'mean' divides the total loss by both the batch size and the "
                    + "support size.'batchmean' divides only by the batch size, and aligns with the KL div math "
                    + "definition.'mean' will be changed to behave the same as 'batchmean' in the next major release.");
        }
        int r = reduction.equals("batchmean") ? gradpad.engine.ops.Losses.SUM : Functional.reduction(reduction);
        if (!input.dtype().isFloatingPoint() || !target.dtype().isFloatingPoint()) {
            throw Errors.runtimeError("kl_div: Integral inputs not supported.");
        }
        Tensor out = logTarget ? Arithmetic.mul(Unary.exp(target), Arithmetic.sub(target, input))
                : Arithmetic.sub(Xlogy.xlogy(target, target), Arithmetic.mul(target, input));
        if (r == gradpad.engine.ops.Losses.MEAN) {
            out = Reductions.mean(out);
        } else if (r == gradpad.engine.ops.Losses.SUM) {
            out = Reductions.sum(out);
        }
        if (reduction.equals("batchmean") && input.dim() != 0) {
            out = Arithmetic.div(out, Tensor.wrappedScalar((long) input.shapeRef()[0]));
        }
        return out;
    }

    private static PyClass klDivLoss() {
        PyClass c = ModuleBase.layer("KLDivLoss", "loss");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("KLDivLoss", "self", "size_average=None", "reduce=None", "reduction='mean'",
                    "log_target=False").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("reduction", b[3] == null ? "mean" : b[3]);
            m.dict.put("log_target", Convert.boolArg(b[4], false));
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "forward", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            Object[] b = new Signature("KLDivLoss.forward", "self", "input", "target").bind(a, kw);
            return klDiv(Functional.tensor(b[1], "kl_div"), Functional.tensor(b[2], "kl_div"),
                    Runtime.str(m.dict.get("reduction")), Runtime.truthy(m.dict.get("log_target")));
        });
        return c;
    }
}
