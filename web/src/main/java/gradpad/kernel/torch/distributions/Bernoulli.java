package gradpad.kernel.torch.distributions;

import gradpad.engine.GradMode;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/** {@code torch.distributions.Bernoulli(probs=None, logits=None)}, as in bernoulli.py. */
final class Bernoulli {
    private Bernoulli() {
    }

    static PyClass create() {
        PyClass c = Dist.subclass("Bernoulli", "bernoulli");
        Dist.method(c, "__init__", (a, kw) -> {
            Object[] b = Dist.probsOrLogits(a, kw);
            Dist d = (Dist) b[0];
            boolean noProbs = b[1] == null;
            d.paramNames = new String[] {"probs", "logits"};
            d.paramConstraints = new Constraint[] {Constraint.UNIT_INTERVAL, Constraint.REAL};
            Object given = noProbs ? b[2] : b[1];
            Object param = Py.broadcastAll(given)[0];
            d.dict.put(noProbs ? "logits" : "probs", param);
            d.dict.put("_param", param);
            d.init(Py.isNumber(given) ? new int[0] : Py.shape(param), b[3]);
            return PyNone.NONE;
        });
        Dist.lazy(c, "logits", d -> { // probs_to_logits(probs, is_binary=True)
            Object probs = d.param("probs");
            Object eps = Runtime.getAttr(Py.torch("finfo", Runtime.getAttr(probs, "dtype")), "eps");
            Object ps = Py.mKw(probs, "clamp", new Object[] {eps, Py.sub(1L, eps)}, "min", "max");
            return Py.sub(Py.torch("log", ps), Py.torch("log1p", Py.neg(ps)));
        });
        Dist.lazy(c, "probs", d -> Py.torch("sigmoid", d.param("logits")));
        Dist.property(c, "param_shape", d -> Py.m(d.param("_param"), "size"));
        Dist.property(c, "mean", d -> Runtime.getAttr(d, "probs"));
        Dist.property(c, "variance", d -> {
            Object p = Runtime.getAttr(d, "probs");
            return Py.mul(p, Py.sub(1L, p));
        });
        Dist.method(c, "sample", (a, kw) -> {
            Object[] b = new Signature("sample", "self", "sample_shape=None").bind(a, kw);
            Dist d = (Dist) b[0];
            Object shape = Py.size(d.extendedShape(b[1]));
            boolean before = GradMode.set(false);
            try {
                return Py.torch("bernoulli", Py.m(Runtime.getAttr(d, "probs"), "expand", shape));
            } finally {
                GradMode.set(before);
            }
        });
        Dist.method(c, "log_prob", (a, kw) -> {
            Object[] b = new Signature("log_prob", "self", "value").bind(a, kw);
            Dist d = (Dist) b[0];
            d.validateSample(b[1], Constraint.BOOLEAN);
            Object[] lv = Py.broadcastAll(Runtime.getAttr(d, "logits"), b[1]);
            return Py.neg(Py.functional("binary_cross_entropy_with_logits", new Object[] {lv[0], lv[1], "none"},
                    "reduction"));
        });
        Dist.method(c, "entropy", (a, kw) -> {
            new Signature("entropy", "self").bind(a, kw);
            Dist d = Dist.self(a);
            return Py.functional("binary_cross_entropy_with_logits", new Object[] {Runtime.getAttr(d, "logits"),
                    Runtime.getAttr(d, "probs"), "none"}, "reduction");
        });
        return c;
    }
}
