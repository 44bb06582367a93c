package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.ValuesIndices;
import gradpad.engine.ops.Amax;
import gradpad.engine.ops.Gather;
import gradpad.engine.ops.Masking;
import gradpad.engine.ops.MinMax;
import gradpad.engine.ops.Norms;
import gradpad.engine.ops.Pointwise;
import gradpad.engine.ops.Product;
import gradpad.engine.ops.Repeat;
import gradpad.engine.ops.Softmax;
import gradpad.engine.ops.Statistics;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/**
 * The reductions and selections beyond sum/mean ({@code max} with its values/indices form,
 * {@code argmax}, {@code std}, {@code norm}, {@code softmax}...) as both {@code torch.f(x)} and
 * {@code x.f()}.
 */
final class ReductionFunctions {
    private ReductionFunctions() {
    }

    static final String[] NAMES = {
        "max", "min", "argmax", "argmin", "softmax", "log_softmax", "logsumexp", "var", "std", "norm", "prod",
        "repeat", "flip", "gather", "masked_fill", "masked_fill_", "amax", "amin", "cumsum", "tril", "triu",
    };

    static boolean exists(String name) {
        return Convert.listed(NAMES, name);
    }

    private static Tensor input(Object o, String name) {
        return Convert.input(o, name);
    }

    static Object returnTypes(ValuesIndices vi) {
        return new ReturnTypes(vi.name, new String[] {"values", "indices"}, new Object[] {vi.values, vi.indices});
    }

    static Object call(String name, Object[] a, String[] kw) {
        switch (name) {
            case "max":
            case "min": {
                Object[] b = new Signature(name, "input", "dim=None", "keepdim=False").bind(a, kw);
                Tensor x = input(b[0], name);
                boolean max = name.equals("max");
                if (b[1] instanceof Tensor) {
                    return Pointwise.maximum(x, (Tensor) b[1], max);
                }
                if (Convert.isNone(b[1])) {
                    return max ? MinMax.max(x) : MinMax.min(x);
                }
                int dim = (int) Runtime.toIndex(b[1]);
                boolean keep = Convert.boolArg(b[2], false);
                return returnTypes(max ? MinMax.max(x, dim, keep) : MinMax.min(x, dim, keep));
            }
            case "amax":
            case "amin": {
                Object[] b = new Signature(name, "input", "dim=None", "keepdim=False").bind(a, kw);
                Tensor x = input(b[0], name);
                int[] dims = Convert.dims(b[1]);
                boolean keep = Convert.boolArg(b[2], false);
                return name.equals("amax") ? Amax.amax(x, dims, keep) : Amax.amin(x, dims, keep);
            }
            case "argmax":
            case "argmin": {
                Object[] b = new Signature(name, "input", "dim=None", "keepdim=False").bind(a, kw);
                Tensor x = input(b[0], name);
                Integer dim = Convert.isNone(b[1]) ? null : (int) Runtime.toIndex(b[1]);
                boolean keep = Convert.boolArg(b[2], false);
                return name.equals("argmax") ? MinMax.argmax(x, dim, keep) : MinMax.argmin(x, dim, keep);
            }
            case "softmax":
            case "log_softmax": {
                Object[] b = new Signature(name, "input", "dim", "dtype=None").bind(a, kw);
                Tensor x = input(b[0], name);
                int dim = (int) Runtime.toIndex(b[1]);
                DType dt = Convert.dtype(b[2]);
                return name.equals("softmax") ? Softmax.softmax(x, dim, dt) : Softmax.logSoftmax(x, dim, dt);
            }
            case "logsumexp": {
                Object[] b = new Signature(name, "input", "dim", "keepdim=False").bind(a, kw);
                return Softmax.logsumexp(input(b[0], name), Convert.dims(b[1]), Convert.boolArg(b[2], false));
            }
            case "var":
            case "std": {
                Object[] b = new Signature(name, "input", "dim=None", "unbiased=None", "keepdim=False", "*",
                        "correction=None").bind(a, kw);
                Tensor x = input(b[0], name);
                Object dimArg = b[1];
                Object unbiased = b[2];
                if (dimArg instanceof Boolean) {
                    // x.std(False): the legacy positional 'unbiased'.
                    unbiased = dimArg;
                    dimArg = null;
                }
                double correction = 1;
                if (!Convert.isNone(b[4])) {
                    correction = Convert.doubleArg(b[4], "correction");
                } else if (!Convert.isNone(unbiased)) {
                    correction = Runtime.truthy(unbiased) ? 1 : 0;
                }
                int[] dims = Convert.dims(dimArg);
                boolean keep = Convert.boolArg(b[3], false);
                return name.equals("var") ? Statistics.var(x, dims, correction, keep)
                        : Statistics.std(x, dims, correction, keep);
            }
            case "norm": {
                Object[] b = new Signature(name, "input", "p='fro'", "dim=None", "keepdim=False", "dtype=None")
                        .bind(a, kw);
                Tensor x = input(b[0], name);
                double p = 2;
                if (b[1] instanceof String) {
                    if (!b[1].equals("fro")) {
                        throw Errors.runtimeError("gradpad: norm p=" + Runtime.repr(b[1]) + " is not supported");
                    }
                } else if (b[1] != null) {
                    p = Convert.doubleArg(b[1], "p");
                }
                return Norms.norm(x, p, Convert.dims(b[2]), Convert.boolArg(b[3], false));
            }
            case "prod": {
                Object[] b = new Signature(name, "input", "dim=None", "keepdim=False", "*", "dtype=None").bind(a, kw);
                Tensor x = input(b[0], name);
                DType dt = Convert.dtype(b[3]);
                if (Convert.isNone(b[1])) {
                    return Product.prod(x, dt);
                }
                return Product.prod(x, (int) Runtime.toIndex(b[1]), Convert.boolArg(b[2], false), dt);
            }
            case "repeat": {
                Object[] b = new Signature(name, "input", "*repeats").bind(a, kw);
                return Repeat.repeat(input(b[0], name), Convert.shape((PyTuple) b[1], name));
            }
            case "cumsum": {
                Object[] b = Signature.torch(name, "input", "dim", "*", "dtype=None").bind(a, kw);
                return gradpad.engine.ops.Cumsum.cumsum(input(b[0], name), (int) Runtime.toIndex(b[1]),
                        Convert.dtype(b[2]));
            }
            case "tril":
            case "triu": {
                Object[] b = Signature.torch(name, "input", "diagonal=0", "*", "out=None").bind(a, kw);
                long diagonal = b[1] == null ? 0 : Runtime.toIndex(b[1]);
                Tensor x = input(b[0], name);
                return name.equals("tril") ? gradpad.engine.ops.Triangular.tril(x, diagonal)
                        : gradpad.engine.ops.Triangular.triu(x, diagonal);
            }
            case "flip": {
                Object[] b = new Signature(name, "input", "*dims").bind(a, kw);
                return Product.flip(input(b[0], name), Convert.shape((PyTuple) b[1], name));
            }
            case "gather": {
                Object[] b = new Signature(name, "input", "dim", "index").bind(a, kw);
                return Gather.gather(input(b[0], name), (int) Runtime.toIndex(b[1]),
                        Convert.strictTensor(b[2], name, "index", 3));
            }
            case "masked_fill":
            case "masked_fill_": {
                Object[] b = new Signature(name, "input", "mask", "value").bind(a, kw);
                Tensor x = input(b[0], name);
                Tensor mask = Convert.strictTensor(b[1], name, "mask", 2);
                Tensor v = Convert.tensorArg(b[2], name, "value");
                return name.endsWith("_") ? Masking.maskedFill_(x, mask, v) : Masking.maskedFill(x, mask, v);
            }
            default:
                throw Errors.attributeError("'Tensor' object has no attribute '" + name + "'");
        }
    }
}
