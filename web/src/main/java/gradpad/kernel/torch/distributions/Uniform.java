package gradpad.kernel.torch.distributions;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/** {@code torch.distributions.Uniform(low, high)}, as in uniform.py (its arguments' constraints are dependent). */
final class Uniform {
    private Uniform() {
    }

    static PyClass create() {
        PyClass c = Dist.subclass("Uniform", "uniform");
        Dist.method(c, "__init__", (a, kw) -> {
            Object[] b = new Signature("__init__", "self", "low", "high", "validate_args=None").bind(a, kw);
            Dist d = (Dist) b[0];
            d.paramNames = new String[] {"low", "high"};
            d.paramConstraints = new Constraint[] {null, null};
            Object[] lh = Py.broadcastAll(b[1], b[2]);
            d.dict.put("low", lh[0]);
            d.dict.put("high", lh[1]);
            d.init(Py.isNumber(b[1]) && Py.isNumber(b[2]) ? new int[0] : Py.shape(lh[0]), b[3]);
            if (d.validate && !Py.allTrue(Py.torch("lt", lh[0], lh[1]))) {
                throw Errors.valueError("Uniform is not defined when low>= high");
            }
            return PyNone.NONE;
        });
        Dist.property(c, "mean", d -> Py.div(Py.add(d.param("high"), d.param("low")), 2L));
        Dist.property(c, "stddev", d -> Py.div(Py.sub(d.param("high"), d.param("low")), Math.sqrt(12)));
        Dist.property(c, "variance", d -> Py.div(Py.m(Py.sub(d.param("high"), d.param("low")), "pow", 2L), 12L));
        Dist.method(c, "rsample", (a, kw) -> {
            Object[] b = new Signature("rsample", "self", "sample_shape=None").bind(a, kw);
            Dist d = (Dist) b[0];
            Object low = d.param("low");
            Object rand = Py.torchKw("rand", new Object[] {Py.size(d.extendedShape(b[1])),
                    Runtime.getAttr(low, "dtype")}, "dtype");
            return Py.add(low, Py.mul(rand, Py.sub(d.param("high"), low)));
        });
        Dist.method(c, "log_prob", (a, kw) -> {
            Object[] b = new Signature("log_prob", "self", "value").bind(a, kw);
            Dist d = (Dist) b[0];
            Object low = d.param("low");
            Object high = d.param("high");
            d.validateSample(b[1], Constraint.interval(low, high));
            Object lb = Py.m(Py.m(low, "le", b[1]), "to", Runtime.getAttr(low, "dtype"));
            Object ub = Py.m(Py.m(high, "gt", b[1]), "to", Runtime.getAttr(low, "dtype"));
            return Py.sub(Py.torch("log", Py.m(lb, "mul", ub)), Py.torch("log", Py.sub(high, low)));
        });
        Dist.method(c, "entropy", (a, kw) -> {
            new Signature("entropy", "self").bind(a, kw);
            Dist d = Dist.self(a);
            return Py.torch("log", Py.sub(d.param("high"), d.param("low")));
        });
        return c;
    }
}
