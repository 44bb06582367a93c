package gradpad.kernel.torch.nn;

import gradpad.engine.Tensor;
import gradpad.engine.ops.Addmm;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.LinearAlgebra;
import gradpad.engine.ops.Losses;
import gradpad.engine.ops.Softmax;
import gradpad.engine.ops.Unary;
import gradpad.engine.ops.Views;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/** {@code torch.nn.functional}: activations, losses and {@code linear}. */
public final class Functional {
    private Functional() {
    }

    public static PyModule create() {
        PyModule f = new PyModule("torch.nn.functional");
        f.function("relu", (a, kw) -> Unary.relu(input(a, kw, "relu")));
        f.function("leaky_relu", (a, kw) -> {
            Object[] b = new Signature("leaky_relu", "input", "negative_slope=0.01", "inplace=False").bind(a, kw);
            return gradpad.engine.ops.LeakyRelu.apply(tensor(b[0], "leaky_relu"),
                    b[1] == null ? 0.01 : Convert.doubleArg(b[1], "negative_slope"));
        });
        f.function("sigmoid", (a, kw) -> {
            gradpad.engine.Warnings.warn("UserWarning", "nn.functional.sigmoid is deprecated. Use torch.sigmoid instead.");
            return Unary.sigmoid(input(a, kw, "sigmoid"));
        });
        f.function("tanh", (a, kw) -> {
            gradpad.engine.Warnings.warn("UserWarning", "nn.functional.tanh is deprecated. Use torch.tanh instead.");
            return Unary.tanh(input(a, kw, "tanh"));
        });
        f.function("softmax", (a, kw) -> {
            Object[] b = new Signature("softmax", "input", "dim=None", "_stacklevel=3", "dtype=None").bind(a, kw);
            return Softmax.softmax(tensor(b[0], "softmax"), dim(b[1], "softmax"), Convert.dtype(b[3]));
        });
        f.function("log_softmax", (a, kw) -> {
            Object[] b = new Signature("log_softmax", "input", "dim=None", "_stacklevel=3", "dtype=None").bind(a, kw);
            return Softmax.logSoftmax(tensor(b[0], "log_softmax"), dim(b[1], "log_softmax"), Convert.dtype(b[3]));
        });
        f.function("one_hot", (a, kw) -> {
            Object[] b = new Signature("one_hot", "tensor", "num_classes=-1").bind(a, kw);
            return gradpad.engine.ops.OneHot.oneHot(tensor(b[0], "one_hot"), b[1] == null ? -1 : Runtime.toIndex(b[1]));
        });
        f.function("linear", (a, kw) -> {
            Object[] b = new Signature("linear", "input", "weight", "bias=None").bind(a, kw);
            return linear(tensor(b[0], "linear"), tensor(b[1], "linear"), Convert.isNone(b[2]) ? null
                    : tensor(b[2], "linear"));
        });
        f.function("mse_loss", (a, kw) -> {
            Object[] b = new Signature("mse_loss", "input", "target", "size_average=None", "reduce=None",
                    "reduction='mean'").bind(a, kw);
            return Losses.mseLoss(tensor(b[0], "mse_loss"), tensor(b[1], "mse_loss"), reduction(b[4]));
        });
        f.function("cross_entropy", (a, kw) -> {
            Object[] b = new Signature("cross_entropy", "input", "target", "weight=None", "size_average=None",
                    "ignore_index=-100", "reduce=None", "reduction='mean'", "label_smoothing=0.0").bind(a, kw);
            refuseLossOptions("cross_entropy", b[2], null, b[7]);
            return crossEntropy(tensor(b[0], "cross_entropy"), tensor(b[1], "cross_entropy"), reduction(b[6]),
                    b[4] == null ? -100 : Runtime.toIndex(b[4]));
        });
        f.function("nll_loss", (a, kw) -> {
            Object[] b = new Signature("nll_loss", "input", "target", "weight=None", "size_average=None",
                    "ignore_index=-100", "reduce=None", "reduction='mean'").bind(a, kw);
            refuseLossOptions("nll_loss", b[2], null, null);
            return Losses.nllLoss(tensor(b[0], "nll_loss"), tensor(b[1], "nll_loss"), reduction(b[6]),
                    b[4] == null ? -100 : Runtime.toIndex(b[4]));
        });
        f.function("binary_cross_entropy_with_logits", (a, kw) -> {
            Object[] b = new Signature("binary_cross_entropy_with_logits", "input", "target", "weight=None",
                    "size_average=None", "reduce=None", "reduction='mean'", "pos_weight=None").bind(a, kw);
            refuseLossOptions("binary_cross_entropy_with_logits", b[2], b[6], null);
            return Losses.bceWithLogits(tensor(b[0], "binary_cross_entropy_with_logits"),
                    tensor(b[1], "binary_cross_entropy_with_logits"), reduction(b[5]));
        });
        Activations.registerFunctions(f);
        RegressionLossLayers.registerFunctions(f);
        return f;
    }

    /**
     * Class weights, pos_weight and label smoothing are not implemented: a loss that silently
     * ignored them would train differently from PyTorch, so asking for one is an error.
     */
    static void refuseLossOptions(String function, Object weight, Object posWeight, Object labelSmoothing) {
        String option = !Convert.isNone(weight) ? "weight" : !Convert.isNone(posWeight) ? "pos_weight"
                : labelSmoothing != null && Convert.doubleArg(labelSmoothing, "label_smoothing") != 0
                ? "label_smoothing" : null;
        if (option != null) {
            throw Errors.make(gradpad.kernel.runtime.Types.NOT_IMPLEMENTED_ERROR,
                    "gradpad: " + function + "(" + option + "=...) is not supported");
        }
    }

    static Tensor input(Object[] a, String[] kw, String name) {
        Object[] b = new Signature(name, "input", "inplace=False").bind(a, kw);
        return tensor(b[0], name);
    }

    static Tensor tensor(Object o, String name) {
        if (!(o instanceof Tensor)) {
            throw Errors.typeError(name + "(): argument 'input' (position 1) must be Tensor, not " + Runtime.typeName(o));
        }
        return (Tensor) o;
    }

    static int dim(Object o, String name) {
        if (Convert.isNone(o)) {
            throw Errors.typeError(name + "() missing required argument 'dim' (gradpad does not guess the "
                    + "implicit dim; pass dim=)");
        }
        return (int) Runtime.toIndex(o);
    }

    static int reduction(Object o) {
        return o == null || o == PyNone.NONE ? Losses.MEAN : Losses.reduction(Runtime.str(o));
    }

    /** {@code F.linear}, dispatched as PyTorch does: addmm for 2-D input with bias, else matmul (+ bias). */
    static Tensor linear(Tensor x, Tensor w, Tensor b) {
        if (x.dim() == 2 && b != null) {
            return Addmm.addmm(b, x, Views.t(w));
        }
        if (x.dim() == 3 && b != null && x.isContiguous()) {
            int[] s = x.shapeRef();
            Tensor flat = Views.view(x, new int[] {s[0] * s[1], s[2]});
            Tensor r = Addmm.addmm(b, flat, Views.t(w));
            return Views.view(r, new int[] {s[0], s[1], w.shapeRef()[0]});
        }
        Tensor r = LinearAlgebra.matmul(x, Views.t(w));
        return b == null ? r : Arithmetic.add(r, b);
    }

    /** {@code F.cross_entropy}: {@code nll_loss(log_softmax(x, 1), target)}. */
    static Tensor crossEntropy(Tensor x, Tensor target, int reduction, long ignoreIndex) {
        int classDim = x.dim() == 1 ? 0 : 1;
        return Losses.nllLoss(Softmax.logSoftmax(x, classDim, null), target, reduction, ignoreIndex);
    }
}
