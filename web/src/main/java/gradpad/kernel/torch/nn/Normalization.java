package gradpad.kernel.torch.nn;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.ops.BatchNorm;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.InPlace;
import gradpad.engine.ops.LayerNorm;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;
import gradpad.kernel.torch.TorchSize;

/**
 * {@code nn.BatchNorm1d}/{@code BatchNorm2d} (torch/nn/modules/batchnorm.py: running statistics
 * and num_batches_tracked as buffers, a cumulative average when momentum is None),
 * {@code nn.LayerNorm}, and {@code F.batch_norm}/{@code F.layer_norm}.
 */
final class Normalization {
    private Normalization() {
    }

    static void register(PyModule nn, PyModule functional) {
        functional.function("batch_norm", (a, kw) -> {
            Object[] b = new Signature("batch_norm", "input", "running_mean", "running_var", "weight=None",
                    "bias=None", "training=False", "momentum=0.1", "eps=1e-05").bind(a, kw);
            return batchNorm(Functional.tensor(b[0], "batch_norm"), optional(b[1]), optional(b[2]), optional(b[3]),
                    optional(b[4]), Convert.boolArg(b[5], false), b[6] == null ? 0.1 : Convert.doubleArg(b[6],
                            "momentum"), b[7] == null ? 1e-5 : Convert.doubleArg(b[7], "eps"));
        });
        functional.function("layer_norm", (a, kw) -> {
            Object[] b = new Signature("layer_norm", "input", "normalized_shape", "weight=None", "bias=None",
                    "eps=1e-05").bind(a, kw);
            return LayerNorm.nativeLayerNorm(Functional.tensor(b[0], "layer_norm"), Convert.dims(b[1]),
                    optional(b[2]), optional(b[3]), b[4] == null ? 1e-5 : Convert.doubleArg(b[4], "eps"))[0];
        });
        nn.put("BatchNorm1d", batchNormLayer("BatchNorm1d", 1));
        nn.put("BatchNorm2d", batchNormLayer("BatchNorm2d", 2));
        nn.put("LayerNorm", layerNorm());
    }

    private static Tensor optional(Object o) {
        return o == null || Convert.isNone(o) ? null : Functional.tensor(o, "batch_norm");
    }

    /** F.batch_norm: torch/nn/functional.py's batch-size check in training, then the kernel. */
    static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
            boolean training, double momentum, double eps) {
        if (training) {
            int[] s = x.shapeRef();
            long prod = s.length > 0 ? s[0] : 1;
            for (int i = 2; i < s.length; i++) {
                prod *= s[i];
            }
            if (prod == 1) {
                throw Errors.valueError("Expected more than 1 value per channel when training, got input size "
                        + TorchSize.of(s).repr());
            }
        }
        return BatchNorm.nativeBatchNorm(x, weight, bias, runningMean, runningVar, training, momentum, eps)[0];
    }

    /** {@code _BatchNorm}: spatial = 1 for BatchNorm1d ((N, C) or (N, C, L)), 2 for BatchNorm2d. */
    private static PyClass batchNormLayer(String name, int spatial) {
        PyClass c = ModuleBase.layer(name, "batchnorm");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("_BatchNorm.__init__", "self", "num_features", "eps=1e-05", "momentum=0.1", "affine=True",
                    "track_running_stats=True", "device=None", "dtype=None").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            long features = Runtime.toIndex(b[1]);
            int[] shape = {(int) features};
            m.dict.put("num_features", features);
            m.dict.put("eps", b[2] == null ? (Object) 1e-5 : b[2]);
            m.dict.put("momentum", b[3] == null ? (Object) 0.1 : b[3]);
            boolean affine = Convert.boolArg(b[4], true);
            boolean track = Convert.boolArg(b[5], true);
            m.dict.put("affine", affine);
            m.dict.put("track_running_stats", track);
            if (affine) { // reset_parameters: init.ones_(weight), init.zeros_(bias)
                m.setAttr("weight", Creation.ones(shape, DType.FLOAT32).asParameter(true));
                m.setAttr("bias", Creation.zeros(shape, DType.FLOAT32).asParameter(true));
            } else {
                m.parameters.put("weight", PyNone.NONE);
                m.parameters.put("bias", PyNone.NONE);
            }
            if (track) {
                m.registerBuffer("running_mean", Creation.zeros(shape, DType.FLOAT32), true);
                m.registerBuffer("running_var", Creation.ones(shape, DType.FLOAT32), true);
                m.registerBuffer("num_batches_tracked", Creation.fullLong(new int[0], 0L), true);
            } else {
                m.registerBuffer("running_mean", PyNone.NONE, true);
                m.registerBuffer("running_var", PyNone.NONE, true);
                m.registerBuffer("num_batches_tracked", PyNone.NONE, true);
            }
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "_BatchNorm", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            Tensor x = Functional.tensor(a[1], "batch_norm");
            int d = x.dim();
            if (spatial == 1 && d != 2 && d != 3) {
                throw Errors.valueError("expected 2D or 3D input (got " + d + "D input)");
            }
            if (spatial == 2 && d != 4) {
                throw Errors.valueError("expected 4D input (got " + d + "D input)");
            }
            Object momentum = m.dict.get("momentum");
            double factor = Convert.isNone(momentum) ? 0.0 : Convert.doubleArg(momentum, "momentum");
            boolean track = Runtime.truthy(m.dict.get("track_running_stats"));
            Object tracked = m.buffers.get("num_batches_tracked");
            if (m.training && track && tracked instanceof Tensor) {
                boolean previous = GradMode.set(false);
                try {
                    InPlace.add_((Tensor) tracked, Tensor.wrappedScalar(1L));
                } finally {
                    GradMode.set(previous);
                }
                if (Convert.isNone(momentum)) { // cumulative moving average
                    factor = 1.0 / ((Tensor) tracked).itemLong();
                }
            }
            Tensor rm = optional(m.buffers.get("running_mean"));
            Tensor rv = optional(m.buffers.get("running_var"));
            boolean bnTraining = m.training || (rm == null && rv == null);
            boolean passStats = !m.training || track;
            return batchNorm(x, passStats ? rm : null, passStats ? rv : null, optional(m.parameters.get("weight")),
                    optional(m.parameters.get("bias")), bnTraining, factor,
                    Convert.doubleArg(m.dict.get("eps"), "eps"));
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return m.dict.get("num_features") + ", eps=" + Runtime.str(m.dict.get("eps")) + ", momentum="
                    + Runtime.str(m.dict.get("momentum")) + ", affine=" + Runtime.str(m.dict.get("affine"))
                    + ", track_running_stats=" + Runtime.str(m.dict.get("track_running_stats"));
        });
        return c;
    }

    private static PyClass layerNorm() {
        PyClass c = ModuleBase.layer("LayerNorm", "normalization");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("LayerNorm.__init__", "self", "normalized_shape", "eps=1e-05", "elementwise_affine=True",
                    "bias=True", "device=None", "dtype=None").bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            int[] shape = Convert.dims(b[1]);
            Object[] items = new Object[shape.length];
            for (int i = 0; i < shape.length; i++) {
                items[i] = (long) shape[i];
            }
            m.dict.put("normalized_shape", new PyTuple(items));
            m.dict.put("eps", b[2] == null ? (Object) 1e-5 : b[2]);
            boolean affine = Convert.boolArg(b[3], true);
            m.dict.put("elementwise_affine", affine);
            if (affine) {
                m.setAttr("weight", Creation.ones(shape, DType.FLOAT32).asParameter(true));
                if (Convert.boolArg(b[4], true)) {
                    m.setAttr("bias", Creation.zeros(shape, DType.FLOAT32).asParameter(true));
                } else {
                    m.parameters.put("bias", PyNone.NONE);
                }
            } else {
                m.parameters.put("weight", PyNone.NONE);
                m.parameters.put("bias", PyNone.NONE);
            }
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "LayerNorm", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return LayerNorm.nativeLayerNorm(Functional.tensor(a[1], "layer_norm"),
                    Convert.dims(m.dict.get("normalized_shape")), optional(m.parameters.get("weight")),
                    optional(m.parameters.get("bias")), Convert.doubleArg(m.dict.get("eps"), "eps"))[0];
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return Runtime.repr(m.dict.get("normalized_shape")) + ", eps=" + Runtime.str(m.dict.get("eps"))
                    + ", elementwise_affine=" + Runtime.str(m.dict.get("elementwise_affine"));
        });
        return c;
    }
}
