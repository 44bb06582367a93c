package gradpad.kernel.torch.distributions;

import gradpad.engine.GradMode;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/** {@code torch.distributions.Normal(loc, scale)}, with torch/distributions/normal.py's formulas. */
final class Normal {
    private Normal() {
    }

    private static final double LOG_SQRT_2PI = Math.log(Math.sqrt(2 * Math.PI));
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    static PyClass create() {
        PyClass c = Dist.subclass("Normal", "normal");
        Dist.method(c, "__init__", (a, kw) -> {
            Object[] b = new Signature("__init__", "self", "loc", "scale", "validate_args=None").bind(a, kw);
            Dist d = (Dist) b[0];
            d.paramNames = new String[] {"loc", "scale"};
            d.paramConstraints = new Constraint[] {Constraint.REAL, Constraint.POSITIVE};
            Object[] ls = Py.broadcastAll(b[1], b[2]);
            d.dict.put("loc", ls[0]);
            d.dict.put("scale", ls[1]);
            int[] batch = Py.isNumber(b[1]) && Py.isNumber(b[2]) ? new int[0] : Py.shape(ls[0]);
            d.init(batch, b[3]);
            return PyNone.NONE;
        });
        Dist.property(c, "mean", d -> d.param("loc"));
        Dist.property(c, "mode", d -> d.param("loc"));
        Dist.property(c, "stddev", d -> d.param("scale"));
        Dist.property(c, "variance", d -> Py.m(d.param("scale"), "pow", 2L));
        c.dict.put("has_rsample", true);
        Dist.method(c, "sample", (a, kw) -> {
            Object[] b = new Signature("sample", "self", "sample_shape=None").bind(a, kw);
            Dist d = (Dist) b[0];
            Object shape = Py.size(d.extendedShape(b[1]));
            boolean before = GradMode.set(false);
            try {
                return Py.torch("normal", Py.m(d.param("loc"), "expand", shape),
                        Py.m(d.param("scale"), "expand", shape));
            } finally {
                GradMode.set(before);
            }
        });
        Dist.method(c, "rsample", (a, kw) -> {
            Object[] b = new Signature("rsample", "self", "sample_shape=None").bind(a, kw);
            Dist d = (Dist) b[0];
            Object loc = d.param("loc");
            Object eps = Py.m(Py.torchKw("empty", new Object[] {Py.size(d.extendedShape(b[1])),
                    Runtime.getAttr(loc, "dtype")}, "dtype"), "normal_");
            return Py.add(loc, Py.mul(eps, d.param("scale")));
        });
        Dist.method(c, "log_prob", (a, kw) -> {
            Object[] b = new Signature("log_prob", "self", "value").bind(a, kw);
            Dist d = (Dist) b[0];
            d.validateSample(b[1], Constraint.REAL);
            Object scale = d.param("scale");
            Object var = Py.pow(scale, 2L);
            Object logScale = Py.m(scale, "log");
            Object sq = Py.pow(Py.sub(b[1], d.param("loc")), 2L);
            return Py.sub(Py.sub(Py.div(Py.neg(sq), Py.mul(2L, var)), logScale), LOG_SQRT_2PI);
        });
        Dist.method(c, "cdf", (a, kw) -> {
            Object[] b = new Signature("cdf", "self", "value").bind(a, kw);
            Dist d = (Dist) b[0];
            d.validateSample(b[1], Constraint.REAL);
            Object z = Py.div(Py.mul(Py.sub(b[1], d.param("loc")), Py.m(d.param("scale"), "reciprocal")),
                    Math.sqrt(2));
            return Py.mul(0.5, Py.add(1L, Py.torch("erf", z)));
        });
        Dist.method(c, "entropy", (a, kw) -> {
            new Signature("entropy", "self").bind(a, kw);
            return Py.add(0.5 + HALF_LOG_2PI, Py.torch("log", Dist.self(a).param("scale")));
        });
        return c;
    }
}
