package gradpad.kernel.torch.nn;

import gradpad.engine.ops.Dropout;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/**
 * {@code nn.Dropout} and {@code F.dropout}: active in training mode only ({@code model.eval()}
 * returns the input itself); {@code inplace=True} is shown and computed out of place.
 */
final class Dropouts {
    private Dropouts() {
    }

    static void register(PyModule nn, PyModule functional) {
        functional.function("dropout", (a, kw) -> {
            Object[] b = new Signature("dropout", "input", "p=0.5", "training=True", "inplace=False").bind(a, kw);
            double p = probability(b[1]);
            return Dropout.dropout(Functional.tensor(b[0], "dropout"), p, Convert.boolArg(b[2], true));
        });
        PyClass c = ModuleBase.layer("Dropout", "dropout");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = new Signature("Dropout", "self", "p=0.5", "inplace=False").bind(a, kw);
            Object p = b[1] == null ? (Object) 0.5 : b[1];
            probability(p);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            m.dict.put("p", p);
            m.dict.put("inplace", Convert.boolArg(b[2], false));
            return PyNone.NONE;
        });
        ModuleBase.forward(c.dict, "Dropout", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return Dropout.dropout(Functional.tensor(a[1], "dropout"), Convert.doubleArg(m.dict.get("p"), "p"),
                    m.training);
        });
        ModuleBase.method(c.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            return "p=" + Runtime.str(m.dict.get("p")) + ", inplace=" + Runtime.str(m.dict.get("inplace"));
        });
        nn.put("Dropout", c);
    }

    /** torch/nn/functional.py and nn.Dropout's check, with p as the cell wrote it. */
    private static double probability(Object p) {
        double v = Convert.doubleArg(p, "p");
        if (v < 0.0 || v > 1.0) {
            throw Errors.valueError("dropout probability has to be between 0 and 1, but got " + Runtime.str(p));
        }
        return v;
    }
}
