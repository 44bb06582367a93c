package gradpad.kernel.torch.distributions;

import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;

/** {@code torch.distributions}: Normal, Categorical, Bernoulli, Uniform and {@code kl_divergence}. */
public final class Distributions {
    private Distributions() {
    }

    public static PyModule create(PyModule torch) {
        Py.torch = torch;
        PyModule m = new PyModule("torch.distributions");
        m.put("Distribution", Dist.DISTRIBUTION);
        PyClass normal = Normal.create();
        m.put("Normal", normal);
        m.put("Categorical", Categorical.create());
        m.put("Bernoulli", Bernoulli.create());
        m.put("Uniform", Uniform.create());
        m.put("kl_divergence", new Builtin("kl_divergence", (a, kw) -> {
            Object[] b = new Signature("kl_divergence", "p", "q").bind(a, kw);
            if (b[0] instanceof Dist && b[1] instanceof Dist && ((Dist) b[0]).cls() == normal
                    && ((Dist) b[1]).cls() == normal) {
                return klNormalNormal((Dist) b[0], (Dist) b[1]);
            }
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "No KL(p || q) is implemented for p type "
                    + gradpad.kernel.runtime.Runtime.typeName(b[0]) + " and q type "
                    + gradpad.kernel.runtime.Runtime.typeName(b[1]));
        }));
        return m;
    }

    /** kl.py's {@code _kl_normal_normal}. */
    private static Object klNormalNormal(Dist p, Dist q) {
        Object varRatio = Py.m(Py.div(p.param("scale"), q.param("scale")), "pow", 2L);
        Object t1 = Py.m(Py.div(Py.sub(p.param("loc"), q.param("loc")), q.param("scale")), "pow", 2L);
        return Py.mul(0.5, Py.sub(Py.sub(Py.add(varRatio, t1), 1L), Py.m(varRatio, "log")));
    }
}
