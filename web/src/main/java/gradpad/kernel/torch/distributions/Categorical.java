package gradpad.kernel.torch.distributions;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/** {@code torch.distributions.Categorical(probs=None, logits=None)}, as in categorical.py. */
final class Categorical {
    private Categorical() {
    }

    static PyClass create() {
        PyClass c = Dist.subclass("Categorical", "categorical");
        Dist.method(c, "__init__", (a, kw) -> {
            Object[] b = Dist.probsOrLogits(a, kw);
            Dist d = (Dist) b[0];
            boolean noProbs = b[1] == null;
            d.paramNames = new String[] {"probs", "logits"};
            d.paramConstraints = new Constraint[] {Constraint.SIMPLEX, Constraint.REAL_VECTOR};
            Object param;
            if (!noProbs) {
                if (((Number) Py.m(b[1], "dim")).longValue() < 1) {
                    throw Errors.valueError("`probs` parameter must be at least one-dimensional.");
                }
                param = Py.div(b[1], Py.mKw(b[1], "sum", new Object[] {-1L, true}, "keepdim"));
                d.dict.put("probs", param);
            } else {
                if (((Number) Py.m(b[2], "dim")).longValue() < 1) {
                    throw Errors.valueError("`logits` parameter must be at least one-dimensional.");
                }
                param = Py.sub(b[2], Py.mKw(b[2], "logsumexp", new Object[] {-1L, true}, "dim", "keepdim"));
                d.dict.put("logits", param);
            }
            d.dict.put("_param", param);
            int[] s = Py.shape(param);
            d.dict.put("_num_events", (long) s[s.length - 1]);
            int[] batch = new int[s.length > 1 ? s.length - 1 : 0];
            System.arraycopy(s, 0, batch, 0, batch.length);
            d.init(batch, b[3]);
            return PyNone.NONE;
        });
        Dist.lazy(c, "logits", d -> { // probs_to_logits: log of the probabilities clamped to [eps, 1 - eps]
            Object probs = d.param("probs");
            Object eps = Runtime.getAttr(Py.torch("finfo", Runtime.getAttr(probs, "dtype")), "eps");
            return Py.torch("log", Py.mKw(probs, "clamp", new Object[] {eps, Py.sub(1L, eps)}, "min", "max"));
        });
        Dist.lazy(c, "probs", d -> Py.functional("softmax", new Object[] {d.param("logits"), -1L}, "dim"));
        Dist.property(c, "param_shape", d -> Py.m(d.param("_param"), "size"));
        Dist.property(c, "mean", d -> nanFull(d));
        Dist.property(c, "variance", d -> nanFull(d));
        Dist.property(c, "mode", d -> Py.mKw(Runtime.getAttr(d, "probs"), "argmax", new Object[] {-1L}, "axis"));
        Dist.method(c, "sample", (a, kw) -> {
            Object[] b = new Signature("sample", "self", "sample_shape=None").bind(a, kw);
            Dist d = (Dist) b[0];
            int[] sampleShape = Py.sizeArg(b[1]);
            long n = 1;
            for (int v : sampleShape) {
                n *= v;
            }
            Object probs2d = Py.m(Runtime.getAttr(d, "probs"), "reshape", -1L, d.param("_num_events"));
            Object samples2d = Runtime.getAttr(Py.torch("multinomial", probs2d, n, true), "T");
            return Py.m(samples2d, "reshape", Py.size(d.extendedShape(b[1])));
        });
        Dist.method(c, "log_prob", (a, kw) -> {
            Object[] b = new Signature("log_prob", "self", "value").bind(a, kw);
            Dist d = (Dist) b[0];
            d.validateSample(b[1], support(d));
            Object value = Py.m(Py.m(b[1], "long"), "unsqueeze", -1L);
            Object[] vl = Py.broadcastAll(value, Runtime.getAttr(d, "logits"));
            Object sliced = Py.m(vl[0], "narrow", -1L, 0L, 1L); // value[..., :1]
            return Py.m(Py.m(vl[1], "gather", -1L, sliced), "squeeze", -1L);
        });
        Dist.method(c, "entropy", (a, kw) -> {
            new Signature("entropy", "self").bind(a, kw);
            Dist d = Dist.self(a);
            Object logits = Runtime.getAttr(d, "logits");
            Object minReal = Runtime.getAttr(Py.torch("finfo", Runtime.getAttr(logits, "dtype")), "min");
            Object clamped = Py.torchKw("clamp", new Object[] {logits, minReal}, "min");
            Object pLogP = Py.mul(clamped, Runtime.getAttr(d, "probs"));
            return Py.neg(Py.m(pLogP, "sum", -1L));
        });
        return c;
    }

    private static Constraint support(Dist d) {
        return Constraint.integerInterval(0, ((Long) d.param("_num_events")) - 1);
    }

    private static Object nanFull(Dist d) {
        Object probs = Runtime.getAttr(d, "probs");
        return Py.torchKw("full", new Object[] {Py.size(d.extendedShape(null)), Double.NaN,
                Runtime.getAttr(probs, "dtype")}, "dtype");
    }
}
