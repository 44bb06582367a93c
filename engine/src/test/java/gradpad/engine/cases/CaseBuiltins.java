package gradpad.engine.cases;

import gradpad.engine.DType;
import gradpad.engine.IndexItem;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.Torch;
import gradpad.engine.ValuesIndices;
import gradpad.engine.ops.Addmm;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Clamp;
import gradpad.engine.ops.Comparison;
import gradpad.engine.ops.Conversion;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.Joining;
import gradpad.engine.ops.LinearAlgebra;
import gradpad.engine.ops.Losses;
import gradpad.engine.ops.Masking;
import gradpad.engine.ops.MinMax;
import gradpad.engine.ops.Norms;
import gradpad.engine.ops.Pointwise;
import gradpad.engine.ops.Product;
import gradpad.engine.ops.Random;
import gradpad.engine.ops.Reductions;
import gradpad.engine.ops.Softmax;
import gradpad.engine.ops.Statistics;
import gradpad.engine.ops.Unary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tensor functions of the case language, each doing through gradpad's Java API what the
 * helper of the same name in gen_engine_cases.py does through torch. Autograd and inspection
 * helpers are in {@link CaseAutograd}.
 */
final class CaseBuiltins {
    private CaseBuiltins() {
    }

    /** Positional and keyword arguments of one call. */
    static final class Args {
        final List<Object> pos;
        final Map<String, Object> kw;

        Args(List<Object> pos, Map<String, Object> kw) {
            this.pos = pos;
            this.kw = kw;
        }

        /** Positional argument i, else keyword name, else dflt (Python's parameter binding). */
        Object get(int i, String name, Object dflt) {
            if (i < pos.size()) {
                return pos.get(i);
            }
            return kw.containsKey(name) ? kw.get(name) : dflt;
        }

        Tensor t(int i) {
            return (Tensor) pos.get(i);
        }

        /** Positional arguments from i on as ints ({@code *shape}). */
        int[] rest(int from) {
            int[] out = new int[Math.max(0, pos.size() - from)];
            for (int k = 0; k < out.length; k++) {
                out[k] = ((Long) pos.get(from + k)).intValue();
            }
            return out;
        }

        boolean flag(String name) {
            Object v = kw.get(name);
            return v != null && (Boolean) v;
        }
    }

    /** A Python number as the wrapped scalar PyTorch makes of it, a tensor as itself. */
    static Tensor t(Object o) {
        if (o instanceof Tensor) {
            return (Tensor) o;
        }
        if (o instanceof Long) {
            return Tensor.wrappedScalar((long) (Long) o);
        }
        if (o instanceof Boolean) {
            return Tensor.wrappedScalar((boolean) (Boolean) o);
        }
        return Tensor.wrappedScalar((double) (Double) o);
    }

    /** An int or a list of ints (a dim argument); null stays null. */
    static int[] dims(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Long) {
            return new int[] {((Long) o).intValue()};
        }
        List<?> l = (List<?>) o;
        int[] out = new int[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Long) l.get(i)).intValue();
        }
        return out;
    }

    private static int i(Object o) {
        return ((Long) o).intValue();
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    static Object call(String fn, Args a) {
        switch (fn) {
            case "manual_seed": Torch.manualSeed((Long) a.pos.get(0)); return null;
            case "tensor": return Creation.tensor(a.pos.get(0), (DType) a.kw.get("dtype"))
                    .withRequiresGrad(a.flag("requires_grad"));
            case "randn": return Random.randn(a.rest(0), (DType) a.kw.get("dtype")).withRequiresGrad(a.flag("requires_grad"));
            case "rand": return Random.rand(a.rest(0), (DType) a.kw.get("dtype")).withRequiresGrad(a.flag("requires_grad"));
            case "zeros": return Creation.zeros(a.rest(0), dtypeOr(a, DType.FLOAT32)).withRequiresGrad(a.flag("requires_grad"));
            case "ones": return Creation.ones(a.rest(0), dtypeOr(a, DType.FLOAT32)).withRequiresGrad(a.flag("requires_grad"));
            case "arange": return arange(a);
            case "add": return a.pos.get(0) instanceof Tensor ? Arithmetic.add(a.t(0), t(a.pos.get(1)))
                    : Arithmetic.add(a.t(1), t(a.pos.get(0)));
            case "sub": return a.pos.get(0) instanceof Tensor ? Arithmetic.sub(a.t(0), t(a.pos.get(1)))
                    : Arithmetic.rsub(a.t(1), t(a.pos.get(0)));
            case "mul": return a.pos.get(0) instanceof Tensor ? Arithmetic.mul(a.t(0), t(a.pos.get(1)))
                    : Arithmetic.mul(a.t(1), t(a.pos.get(0)));
            case "div": return a.pos.get(0) instanceof Tensor ? Arithmetic.div(a.t(0), t(a.pos.get(1)))
                    : Arithmetic.rdiv(a.t(1), t(a.pos.get(0)));
            case "pow": return a.pos.get(0) instanceof Tensor ? Arithmetic.pow(a.t(0), t(a.pos.get(1)))
                    : Arithmetic.rpow(t(a.pos.get(0)), a.t(1));
            case "neg": return Arithmetic.neg(a.t(0));
            case "matmul": return LinearAlgebra.matmul(a.t(0), a.t(1));
            case "mm": return LinearAlgebra.mm(a.t(0), a.t(1));
            case "mv": return LinearAlgebra.mv(a.t(0), a.t(1));
            case "dot": return LinearAlgebra.dot(a.t(0), a.t(1));
            case "bmm": return LinearAlgebra.bmm(a.t(0), a.t(1));
            case "exp": return Unary.exp(a.t(0));
            case "log": return Unary.log(a.t(0));
            case "sqrt": return Unary.sqrt(a.t(0));
            case "abs": return Unary.abs(a.t(0));
            case "tanh": return Unary.tanh(a.t(0));
            case "sigmoid": return Unary.sigmoid(a.t(0));
            case "relu": return Unary.relu(a.t(0));
            case "sin": return Unary.sin(a.t(0));
            case "cos": return Unary.cos(a.t(0));
            case "reciprocal": return Unary.reciprocal(a.t(0));
            case "gt": return Comparison.gt(a.t(0), t(a.pos.get(1)));
            case "lt": return Comparison.lt(a.t(0), t(a.pos.get(1)));
            case "ge": return Comparison.ge(a.t(0), t(a.pos.get(1)));
            case "le": return Comparison.le(a.t(0), t(a.pos.get(1)));
            case "eq": return Comparison.eq(a.t(0), t(a.pos.get(1)));
            case "ne": return Comparison.ne(a.t(0), t(a.pos.get(1)));
            default: return reductions(fn, a);
        }
    }

    private static DType dtypeOr(Args a, DType d) {
        DType t = (DType) a.kw.get("dtype");
        return t == null ? d : t;
    }

    /** torch.arange(end) / (start, end[, step]): int64 unless an argument is a float. */
    private static Tensor arange(Args a) {
        boolean anyFloat = false;
        double[] v = new double[a.pos.size()];
        for (int k = 0; k < v.length; k++) {
            anyFloat |= a.pos.get(k) instanceof Double;
            v[k] = ((Number) a.pos.get(k)).doubleValue();
        }
        DType d = dtypeOr(a, anyFloat ? DType.FLOAT32 : DType.INT64);
        if (v.length == 1) {
            return Creation.arange(0, v[0], 1, d);
        }
        return Creation.arange(v[0], v[1], v.length > 2 ? v[2] : 1, d);
    }

    private static Object reductions(String fn, Args a) {
        Tensor x = !a.pos.isEmpty() && a.pos.get(0) instanceof Tensor ? a.t(0) : null;
        switch (fn) {
            case "sum": {
                int[] d = dims(a.get(1, "dim", null));
                DType dt = (DType) a.kw.get("dtype");
                return d == null ? Reductions.sum(x, dt)
                        : Reductions.sum(x, d, (Boolean) a.get(2, "keepdim", false), dt);
            }
            case "mean": {
                int[] d = dims(a.get(1, "dim", null));
                return d == null ? Reductions.mean(x) : Reductions.mean(x, d, (Boolean) a.get(2, "keepdim", false), null);
            }
            case "max":
            case "min": {
                boolean max = fn.equals("max");
                Object d = a.get(1, "dim", null);
                if (d instanceof Tensor) {
                    return Pointwise.maximum(x, (Tensor) d, max);
                }
                if (d == null) {
                    return max ? MinMax.max(x) : MinMax.min(x);
                }
                boolean keep = (Boolean) a.get(2, "keepdim", false);
                return max ? MinMax.max(x, i(d), keep) : MinMax.min(x, i(d), keep);
            }
            case "argmax":
            case "argmin": {
                Object d = a.get(1, "dim", null);
                Integer dim = d == null ? null : i(d);
                boolean keep = (Boolean) a.get(2, "keepdim", false);
                return fn.equals("argmax") ? MinMax.argmax(x, dim, keep) : MinMax.argmin(x, dim, keep);
            }
            case "maximum": return Pointwise.maximum(x, a.t(1), true);
            case "minimum": return Pointwise.maximum(x, a.t(1), false);
            case "clamp": {
                Object lo = a.get(1, "min", null);
                Object hi = a.get(2, "max", null);
                return Clamp.clamp(x, lo == null ? null : t(lo), hi == null ? null : t(hi));
            }
            case "where": return Pointwise.where(x, t(a.pos.get(1)), t(a.pos.get(2)));
            case "softmax": return Softmax.softmax(x, i(a.pos.get(1)), (DType) a.kw.get("dtype"));
            case "log_softmax": return Softmax.logSoftmax(x, i(a.pos.get(1)), (DType) a.kw.get("dtype"));
            case "logsumexp": return Softmax.logsumexp(x, dims(a.pos.get(1)), (Boolean) a.get(2, "keepdim", false));
            case "std":
            case "var": {
                int[] d = dims(a.get(1, "dim", null));
                Object unbiased = a.get(2, "unbiased", null);
                Object corr = a.get(4, "correction", null);
                double c = corr != null ? dbl(corr) : unbiased != null && !(Boolean) unbiased ? 0 : 1;
                boolean keep = (Boolean) a.get(3, "keepdim", false);
                return fn.equals("std") ? Statistics.std(x, d, c, keep) : Statistics.var(x, d, c, keep);
            }
            case "norm": {
                Object p = a.get(1, "p", "fro");
                double order = p instanceof String ? 2 : dbl(p);
                return Norms.norm(x, order, dims(a.get(2, "dim", null)), (Boolean) a.get(3, "keepdim", false));
            }
            case "prod": {
                Object d = a.get(1, "dim", null);
                DType dt = (DType) a.kw.get("dtype");
                return d == null ? Product.prod(x, dt) : Product.prod(x, i(d), (Boolean) a.get(2, "keepdim", false), dt);
            }
            case "masked_fill": return Masking.maskedFill(x, a.t(1), t(a.pos.get(2)));
            case "masked_fill_": return Masking.maskedFill_(x, a.t(1), t(a.pos.get(2)));
            case "gather": return x.gather(i(a.pos.get(1)), a.t(2));
            case "mse_loss": return Losses.mseLoss(x, a.t(1), Losses.reduction((String) a.get(2, "reduction", "mean")));
            case "nll_loss": return Losses.nllLoss(x, a.t(1), Losses.reduction((String) a.get(2, "reduction", "mean")),
                    (Long) a.get(3, "ignore_index", -100L));
            case "bce_with_logits": return Losses.bceWithLogits(x, a.t(1),
                    Losses.reduction((String) a.get(2, "reduction", "mean")));
            case "addmm": return Addmm.addmm(x, a.t(1), a.t(2));
            case "cat": return Joining.cat(tensors(a.pos.get(0)), (int) (long) (Long) a.get(1, "dim", 0L));
            case "stack": return Joining.stack(tensors(a.pos.get(0)), (int) (long) (Long) a.get(1, "dim", 0L));
            default: return CaseAutograd.call(fn, a);
        }
    }

    static Tensor[] tensors(Object list) {
        List<?> l = (List<?>) list;
        Tensor[] out = new Tensor[l.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = (Tensor) l.get(k);
        }
        return out;
    }

    /** The items of {@code x[...]}: ints, slices, None, ..., index tensors, lists of ints. */
    static List<IndexItem> indexItems(List<Object> raw, int from) {
        List<IndexItem> items = new ArrayList<>();
        for (int k = from; k < raw.size(); k++) {
            Object o = raw.get(k);
            if (o == null) {
                items.add(IndexItem.none());
            } else if (o == CaseRunner.ELLIPSIS) {
                items.add(IndexItem.ellipsis());
            } else if (o instanceof IndexItem) {
                items.add((IndexItem) o);
            } else if (o instanceof Long) {
                items.add(IndexItem.integer((Long) o));
            } else if (o instanceof Tensor) {
                items.add(IndexItem.tensor((Tensor) o));
            } else if (o instanceof List) {
                items.add(IndexItem.tensor(Creation.tensor(o, null)));
            } else {
                throw TorchException.index("only integers, slices (`:`), ellipsis (`...`), None and long or byte "
                        + "Variables are valid indices (got " + o.getClass().getSimpleName() + ")");
            }
        }
        return items;
    }

    /** Python indexing of a tuple-like result (return_types or a list). */
    static Object pyIndex(Object container, int k) {
        if (container instanceof ValuesIndices) {
            return ((ValuesIndices) container).get(k);
        }
        List<?> l = (List<?>) container;
        return l.get(k < 0 ? k + l.size() : k);
    }

    static Tensor convert(Tensor x, DType d) {
        return Conversion.to(x, d);
    }
}
