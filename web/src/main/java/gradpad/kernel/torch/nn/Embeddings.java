package gradpad.kernel.torch.nn;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Embedding;
import gradpad.engine.ops.Random;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.torch.Convert;

/**
 * {@code nn.Embedding}, {@code Embedding.from_pretrained} and {@code F.embedding}: weights drawn
 * with {@code normal_} (PyTorch's {@code reset_parameters}), the padding row zeroed and left out
 * of the gradient. max_norm, scale_grad_by_freq and sparse are refused, not ignored.
 */
final class Embeddings {
    private Embeddings() {
    }

    static void register(PyModule nn, PyModule functional) {
        functional.function("embedding", (a, kw) -> {
            Object[] b = new Signature("embedding", "input", "weight", "padding_idx=None", "max_norm=None",
                    "norm_type=2.0", "scale_grad_by_freq=False", "sparse=False").bind(a, kw);
            refuse(b[3], b[5], b[6]);
            Tensor weight = Functional.tensor(b[1], "embedding");
            long pad = Convert.isNone(b[2]) ? -1 : paddingIdx(b[2], weight.dim() > 0 ? weight.size(0) : 0);
            return Embedding.embedding(weight, Functional.tensor(b[0], "embedding"), pad);
        });
        PyClass c = ModuleBase.layer("Embedding", "sparse");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("Embedding.__init__", "self", "num_embeddings", "embedding_dim", "padding_idx=None",
                    "max_norm=None", "norm_type=2.0", "scale_grad_by_freq=False", "sparse=False", "_weight=None",
                    "_freeze=False", "device=None", "dtype=None").bind(a, kw);
            refuse(b[4], b[6], b[7]);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            long rows = Runtime.toIndex(b[1]);
            long dim = Runtime.toIndex(b[2]);
            Object pad = Convert.isNone(b[3]) ? PyNone.NONE : (Object) paddingIdx(b[3], rows);
            m.dict.put("num_embeddings", rows);
            m.dict.put("embedding_dim", dim);
            m.dict.put("padding_idx", pad);
            Tensor w;
            if (Convert.isNone(b[8])) {
                DType dt = Convert.dtype(b[11]);
                w = Tensor.empty(new int[] {(int) rows, (int) dim}, dt == null ? DType.FLOAT32 : dt)
                        .asParameter(!Convert.boolArg(b[9], false));
                boolean previous = GradMode.set(false);
                try {
                    Random.fillRandom(w, true, 0, 1); // init.normal_(self.weight)
                    if (pad != PyNone.NONE) {
                        zeroRow(w, (Long) pad);
                    }
                } finally {
                    GradMode.set(previous);
                }
            } else {
                Tensor given = Functional.tensor(b[8], "Embedding");
                if (given.dim() != 2 || given.size(0) != rows || given.size(1) != dim) {
                    throw Errors.make(Types.ASSERTION_ERROR, "Shape of weight does not match num_embeddings and "
                            + "embedding_dim");
                }
                w = given.asParameter(!Convert.boolArg(b[9], false));
            }
            m.setAttr("weight", w);
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "Embedding", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            Object pad = m.dict.get("padding_idx");
            return Embedding.embedding((Tensor) m.getAttr("weight"), Functional.tensor(a[1], "embedding"),
                    pad instanceof Long ? (Long) pad : -1);
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            Object pad = m.dict.get("padding_idx");
            return m.dict.get("num_embeddings") + ", " + m.dict.get("embedding_dim")
                    + (pad == PyNone.NONE ? "" : ", padding_idx=" + pad);
        });
        c.dict.put("from_pretrained", new Builtin("from_pretrained", (a, kw) -> {
            Object[] b = new Signature("from_pretrained", "embeddings", "freeze=True", "padding_idx=None",
                    "max_norm=None", "norm_type=2.0", "scale_grad_by_freq=False", "sparse=False").bind(a, kw);
            Tensor e = Functional.tensor(b[0], "from_pretrained");
            if (e.dim() != 2) {
                throw Errors.make(Types.ASSERTION_ERROR, "Embeddings parameter is expected to be 2-dimensional");
            }
            return Runtime.call(c, new Object[] {(long) e.size(0), (long) e.size(1), Convert.isNone(b[2])
                ? PyNone.NONE : b[2], e, Convert.boolArg(b[1], true)},
                    new String[] {"padding_idx", "_weight", "_freeze"});
        }));
        nn.put("Embedding", c);
    }

    private static void refuse(Object maxNorm, Object scaleGradByFreq, Object sparse) {
        String option = !Convert.isNone(maxNorm) ? "max_norm" : Convert.boolArg(scaleGradByFreq, false)
                ? "scale_grad_by_freq" : Convert.boolArg(sparse, false) ? "sparse" : null;
        if (option != null) {
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: Embedding(" + option + "=...) is not supported");
        }
    }

    /** padding_idx checked against the table's rows and wrapped when negative, as torch/nn does. */
    private static long paddingIdx(Object given, long rows) {
        long p = Runtime.toIndex(given);
        if ((p > 0 && p >= rows) || (p < 0 && p < -rows)) {
            throw Errors.make(Types.ASSERTION_ERROR, "Padding_idx must be within num_embeddings");
        }
        return p < 0 ? rows + p : p;
    }

    private static void zeroRow(Tensor w, long row) {
        int dim = w.size(1);
        for (int j = 0; j < dim; j++) {
            w.storage().setDouble(w.storageOffset() + (int) row * dim + j, 0.0);
        }
    }
}
