package gradpad.kernel.torch;

import gradpad.engine.autograd.AccumulateGrad;
import gradpad.engine.autograd.Edge;
import gradpad.engine.autograd.Node;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;

/** Attributes of a grad_fn object: {@code name()}, {@code next_functions}, {@code variable}. */
final class NodeAttributes {
    private NodeAttributes() {
    }

    static Object get(Node n, String name) {
        switch (name) {
            case "name":
                return new Builtin(name, n, (a, kw) -> n.name());
            case "next_functions": {
                Edge[] edges = n.nextFunctions();
                Object[] items = new Object[edges.length];
                for (int i = 0; i < edges.length; i++) {
                    Edge e = edges[i];
                    items[i] = e == null ? PyTuple.of(PyNone.NONE, 0L) : PyTuple.of(e.function, (long) e.inputNr);
                }
                return new PyTuple(items);
            }
            case "variable":
                return n instanceof AccumulateGrad ? ((AccumulateGrad) n).variable() : null;
            case "__class__":
                return TorchObjects.typeOf(n);
            default:
                return null;
        }
    }
}
