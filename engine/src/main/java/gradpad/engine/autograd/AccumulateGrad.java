package gradpad.engine.autograd;

import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Conversion;
import gradpad.engine.ops.Reductions;

/**
 * The sink of the graph for a leaf that requires grad: adds the incoming gradient into
 * {@code leaf.grad}, in place when it already exists (so {@code w.grad} keeps its identity
 * across backward calls, as the seed notebook's accumulation cells show).
 */
public final class AccumulateGrad extends Node {
    private final Tensor variable;

    public AccumulateGrad(Tensor variable) {
        this.variable = variable;
    }

    public Tensor variable() {
        return variable;
    }

    @Override
    public String name() {
        return "torch::autograd::AccumulateGrad";
    }

    @Override
    public Tensor[] apply(Tensor[] gradOutputs) {
        Tensor incoming = Reductions.sumToShape(gradOutputs[0], variable.shapeRef());
        Tensor old = variable.gradRef();
        if (old == null) {
            // A fresh copy: the incoming tensor may be shared with other consumers of the graph.
            Tensor fresh = GradMode.isEnabled() ? Conversion.cloneTensor(incoming) : Conversion.copyData(incoming);
            variable.setGradRef(fresh);
        } else if (GradMode.isEnabled()) {
            variable.setGradRef(Arithmetic.add(old, incoming));
        } else {
            Conversion.addInto(old, incoming);
        }
        return new Tensor[0];
    }
}
