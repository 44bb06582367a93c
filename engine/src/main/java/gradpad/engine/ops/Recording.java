package gradpad.engine.ops;

import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Edge;
import gradpad.engine.autograd.Node;

/** Attaches a backward node to an op's result when grad mode is on and an input requires grad. */
public final class Recording {
    private Recording() {
    }

    public static boolean needsGrad(Tensor a) {
        return GradMode.isEnabled() && a.requiresGrad();
    }

    public static boolean needsGrad(Tensor a, Tensor b) {
        return GradMode.isEnabled() && (a.requiresGrad() || b.requiresGrad());
    }

    public static boolean needsGrad(Tensor[] inputs) {
        if (!GradMode.isEnabled()) {
            return false;
        }
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad()) { // null: an absent optional input (weight=None)
                return true;
            }
        }
        return false;
    }

    /** Links {@code node} to the inputs' gradient edges and makes it {@code out}'s grad_fn. */
    public static Tensor record(Node node, Tensor out, Tensor... inputs) {
        Edge[] edges = new Edge[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            edges[i] = inputs[i] == null ? null : inputs[i].gradientEdge();
        }
        node.setNextEdges(edges);
        node.setInputMetadata(inputs);
        out.setGradFn(node, 0);
        return out;
    }

    /** Same, for ops with several differentiable outputs. */
    public static void recordMulti(Node node, Tensor[] outs, Tensor... inputs) {
        Edge[] edges = new Edge[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            edges[i] = inputs[i] == null ? null : inputs[i].gradientEdge();
        }
        node.setNextEdges(edges);
        node.setInputMetadata(inputs);
        for (int i = 0; i < outs.length; i++) {
            outs[i].setGradFn(node, i);
        }
    }
}
