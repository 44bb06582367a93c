package gradpad.kernel.torch;

import gradpad.engine.Tensor;
import gradpad.engine.ops.Counting;
import gradpad.engine.ops.Cummax;
import gradpad.engine.ops.Mode;
import gradpad.engine.ops.Quantile;
import gradpad.engine.ops.Random;
import gradpad.engine.ops.Scatter;
import gradpad.engine.ops.TensorRandom;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/**
 * scatter/scatter_add/index_add/index_fill (and their in-place methods), unique, bincount, histc,
 * mode, cummax/cummin, quantile/nanquantile and bernoulli, as {@code torch.f(x)} and {@code x.f()};
 * {@link #register} adds the torch functions and the tensor forms of {@code torch.normal}.
 */
final class ScatterFunctions {
    private ScatterFunctions() {
    }

    static final String[] NAMES = {"scatter", "scatter_", "scatter_add", "scatter_add_", "index_add", "index_add_",
        "index_fill", "index_fill_", "unique", "bincount", "histc", "mode", "cummax", "cummin", "quantile",
        "nanquantile", "bernoulli"};

    static boolean exists(String name) {
        return Convert.listed(NAMES, name);
    }

    private static Tensor input(Object o, String name) {
        return Convert.input(o, name);
    }

    static Object call(String name, Object[] a, String[] kw) {
        boolean inPlace = name.endsWith("_");
        switch (name) {
            case "scatter":
            case "scatter_": {
                Object[] b = Signature.torch(name, "input", "dim", "index", "src=None", "*", "value=None",
                        "reduce=None").bind(a, kw);
                if (!Convert.isNone(b[5])) {
                    throw Errors.make(gradpad.kernel.runtime.Types.NOT_IMPLEMENTED_ERROR,
                            "gradpad: scatter(reduce=...) is not supported");
                }
                Object src = Convert.isNone(b[3]) ? b[4] : b[3];
                return Scatter.scatter(input(b[0], name), (int) Runtime.toIndex(b[1]),
                        Convert.strictTensor(b[2], name, "index", 3), Convert.tensorArg(src, name, "src"), inPlace);
            }
            case "scatter_add":
            case "scatter_add_": {
                Object[] b = Signature.torch(name, "input", "dim", "index", "src").bind(a, kw);
                return Scatter.scatterAdd(input(b[0], name), (int) Runtime.toIndex(b[1]),
                        Convert.strictTensor(b[2], name, "index", 3), Convert.strictTensor(b[3], name, "src", 4), inPlace);
            }
            case "index_add":
            case "index_add_": {
                Object[] b = Signature.torch(name, "input", "dim", "index", "source", "*", "alpha=1").bind(a, kw);
                return Scatter.indexAdd(input(b[0], name), (int) Runtime.toIndex(b[1]),
                        Convert.strictTensor(b[2], name, "index", 3), Convert.strictTensor(b[3], name, "source", 4),
                        b[4] == null ? 1 : Convert.doubleArg(b[4], "alpha"), inPlace);
            }
            case "index_fill":
            case "index_fill_": {
                Object[] b = Signature.torch(name, "input", "dim", "index", "value").bind(a, kw);
                return Scatter.indexFill(input(b[0], name), (int) Runtime.toIndex(b[1]),
                        Convert.strictTensor(b[2], name, "index", 3), Convert.tensorArg(b[3], name, "value"), inPlace);
            }
            case "unique": {
                Object[] b = Signature.torch(name, "input", "sorted=True", "return_inverse=False",
                        "return_counts=False", "dim=None").bind(a, kw);
                if (!Convert.isNone(b[4])) {
                    throw Errors.make(gradpad.kernel.runtime.Types.NOT_IMPLEMENTED_ERROR,
                            "gradpad: unique(dim=...) is not supported");
                }
                Tensor[] r = Counting.unique(input(b[0], name));
                boolean inverse = Convert.boolArg(b[2], false);
                boolean counts = Convert.boolArg(b[3], false);
                if (!inverse && !counts) {
                    return r[0];
                }
                return inverse && counts ? PyTuple.of(r[0], r[1], r[2]) : PyTuple.of(r[0], inverse ? r[1] : r[2]);
            }
            case "bincount": {
                Object[] b = Signature.torch(name, "input", "weights=None", "minlength=0").bind(a, kw);
                return Counting.bincount(input(b[0], name), Convert.isNone(b[1]) ? null
                        : Convert.strictTensor(b[1], name, "weights", 2), b[2] == null ? 0 : Runtime.toIndex(b[2]));
            }
            case "histc": {
                Object[] b = Signature.torch(name, "input", "bins=100", "min=0", "max=0").bind(a, kw);
                return Counting.histc(input(b[0], name), b[1] == null ? 100 : Runtime.toIndex(b[1]),
                        b[2] == null ? 0 : Convert.doubleArg(b[2], "min"), b[3] == null ? 0 : Convert.doubleArg(b[3], "max"));
            }
            case "mode": {
                Object[] b = Signature.torch(name, "input", "dim=-1", "keepdim=False").bind(a, kw);
                return ReductionFunctions.returnTypes(Mode.mode(input(b[0], name), Convert.intArg(b[1], -1),
                        Convert.boolArg(b[2], false)));
            }
            case "cummax":
            case "cummin": {
                Object[] b = Signature.torch(name, "input", "dim").bind(a, kw);
                Tensor x = input(b[0], name);
                int d = (int) Runtime.toIndex(b[1]);
                return ReductionFunctions.returnTypes(name.equals("cummax") ? Cummax.cummax(x, d) : Cummax.cummin(x, d));
            }
            case "quantile":
            case "nanquantile": {
                Object[] b = Signature.torch(name, "input", "q", "dim=None", "keepdim=False", "*",
                        "interpolation='linear'").bind(a, kw);
                if (b[4] != null && !"linear".equals(b[4])) {
                    throw Errors.make(gradpad.kernel.runtime.Types.NOT_IMPLEMENTED_ERROR,
                            "gradpad: " + name + "(interpolation=" + Runtime.repr(b[4]) + ") is not supported");
                }
                Tensor x = input(b[0], name);
                Tensor q = b[1] instanceof Tensor ? (Tensor) b[1]
                        : gradpad.engine.ops.Conversion.to(Tensor.wrappedScalar(Convert.doubleArg(b[1], "q")), x.dtype());
                return Quantile.quantile(x, q, Convert.isNone(b[2]) ? null : (int) Runtime.toIndex(b[2]),
                        Convert.boolArg(b[3], false), name.equals("nanquantile"));
            }
            case "bernoulli": {
                Object[] b = Signature.torch(name, "input", "p=None", "*", "generator=None").bind(a, kw);
                Tensor x = input(b[0], name);
                if (!Convert.isNone(b[1])) {
                    throw Errors.make(gradpad.kernel.runtime.Types.NOT_IMPLEMENTED_ERROR,
                            "gradpad: bernoulli(input, p) is not supported; use bernoulli(p_tensor)");
                }
                return Random.using(Creators.generator(b[2], name), () -> TensorRandom.bernoulli(x));
            }
            default:
                throw Errors.attributeError("'Tensor' object has no attribute '" + name + "'");
        }
    }

    static void register(PyModule m) {
        for (String n : NAMES) {
            if (!n.endsWith("_")) {
                m.put(n, TensorFunctions.function(n));
            }
        }
        // torch.normal with a tensor mean and/or std; numbers with size= keep the creation function
        Object creation = m.getAttr("normal");
        m.put("normal", new Builtin("normal", (a, kw) -> {
            int npos = a.length - kw.length;
            Object mean = npos > 0 ? a[0] : keyword(a, kw, "mean");
            Object std = npos > 1 ? a[1] : keyword(a, kw, "std");
            if (!(mean instanceof Tensor) && !(std instanceof Tensor)) {
                return Runtime.call(creation, a, kw);
            }
            Object[] b = Signature.torch("normal", "mean", "std=1.0", "*", "generator=None").bind(a, kw);
            Tensor mt = b[0] instanceof Tensor ? (Tensor) b[0] : null;
            Tensor st = b[1] instanceof Tensor ? (Tensor) b[1] : null;
            double mv = mt == null ? Convert.doubleArg(b[0], "mean") : 0;
            double sv = st == null ? (b[1] == null ? 1.0 : Convert.doubleArg(b[1], "std")) : 0;
            return Random.using(Creators.generator(b[2], "normal"), () -> TensorRandom.normal(mt, mv, st, sv));
        }));
    }

    private static Object keyword(Object[] a, String[] kw, String name) {
        int npos = a.length - kw.length;
        for (int i = 0; i < kw.length; i++) {
            if (kw[i].equals(name)) {
                return a[npos + i];
            }
        }
        return null;
    }
}
