package gradpad.engine.autograd;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * A backward function in the autograd graph ({@code grad_fn}): given the gradients of its
 * forward outputs, it returns the gradients of its forward inputs, one per {@link Edge}.
 * Subclasses are named as PyTorch names them ({@code AddBackward0}) and compute their formula
 * with tensor ops, so that with {@code create_graph=True} the backward pass is itself recorded.
 */
public abstract class Node {
    private static long sequenceCounter;

    /** Creation order; the engine runs ready nodes with the highest number first, as PyTorch does. */
    final long sequenceNr;
    private Edge[] nextEdges = new Edge[0];
    private List<Tensor> retainedOutputs;
    private int[][] inputShapes;
    private DType[] inputTypes;
    /** The engine's per-backward bookkeeping, kept on the node instead of in maps (one run at a time). */
    int runMark;
    int pending;
    Tensor[] buffer;

    /** The node under construction: SavedTensors made in its constructor register with it. */
    private static Node constructing;
    private List<SavedTensor> saved;
    /** Tensor hooks on this node's outputs, as {output index, hook} pairs in registration order. */
    List<Object[]> tensorPreHooks;

    protected Node() {
        sequenceNr = sequenceCounter++;
        constructing = this;
    }

    /** Registers a saved tensor with the node whose constructor is running (for graph drawings). */
    static void registerSaved(SavedTensor s) {
        Node n = constructing;
        if (n != null) {
            if (n.saved == null) {
                n.saved = new ArrayList<>();
            }
            n.saved.add(s);
        }
    }

    /** Adds a hook on the gradient of forward output {@code outputNr}; returns what removes it. */
    public final Runnable addTensorPreHook(int outputNr, TensorHook hook) {
        if (tensorPreHooks == null) {
            tensorPreHooks = new ArrayList<>();
        }
        Object[] entry = {outputNr, hook};
        tensorPreHooks.add(entry);
        return () -> tensorPreHooks.remove(entry);
    }

    /** Runs the tensor hooks on the incoming gradients, in registration order, before the node. */
    final void runTensorPreHooks(Tensor[] grads) {
        for (Object[] entry : new ArrayList<>(tensorPreHooks)) {
            int i = (Integer) entry[0];
            if (i < grads.length && grads[i] != null) {
                Tensor r = ((TensorHook) entry[1]).apply(grads[i]);
                if (r != null) {
                    grads[i] = r;
                }
            }
        }
    }

    /** The tensors this node saved for backward that are still held (torchviz's {@code show_saved}). */
    public final List<Tensor> savedTensors() {
        List<Tensor> out = new ArrayList<>();
        if (saved != null) {
            for (SavedTensor s : saved) {
                Tensor t = s.peek();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * PyTorch's {@code grad_fn.name()}, e.g. {@code MulBackward0}; for the C++-only nodes the
     * qualified name, {@code torch::autograd::CopySlices}.
     */
    public abstract String name();

    /** {@code type(grad_fn).__name__}, what reprs print: the name without a C++ namespace. */
    public String typeName() {
        String n = name();
        int at = n.lastIndexOf("::");
        return at < 0 ? n : n.substring(at + 2);
    }

    /** Gradients w.r.t. the forward inputs, in edge order; null where an input needs none. */
    public abstract Tensor[] apply(Tensor[] gradOutputs);

    /** How many forward outputs feed gradients into this node (1 for almost every op). */
    public int numOutputs() {
        return 1;
    }

    /**
     * Drops saved tensors after a backward without {@code retain_graph}: every {@link SavedTensor}
     * made in this node's constructor (PyTorch's generated {@code release_variables()} does the same
     * for its saved variables). A node wrapping another ({@code CopySlices}) releases that one's.
     */
    public void releaseVariables() {
        if (saved != null) {
            for (SavedTensor s : saved) {
                s.release();
            }
        }
    }

    /** PyTorch's {@code should_compute_output(i)}: whether input i takes part in the backward at all. */
    public final boolean needsInputGrad(int i) {
        return i < nextEdges.length && nextEdges[i] != null;
    }

    public final Edge[] nextFunctions() {
        return nextEdges.clone();
    }

    final Edge[] edges() {
        return nextEdges;
    }

    public final void setNextEdges(Edge[] edges) {
        this.nextEdges = edges;
    }

    /**
     * Remembers each forward input's shape and dtype (PyTorch's {@code input_metadata}), so the
     * engine can sum a broadcast gradient back to the input's shape and cast it to its dtype, as
     * PyTorch's {@code validate_outputs} does. Inputs may be null (not differentiable).
     */
    public final void setInputMetadata(Tensor[] inputs) {
        inputShapes = new int[inputs.length][];
        inputTypes = new DType[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] != null) {
                inputShapes[i] = inputs[i].shapeRef();
                inputTypes[i] = inputs[i].dtype();
            }
        }
    }

    final int[] inputShape(int i) {
        return inputShapes == null || i >= inputShapes.length ? null : inputShapes[i];
    }

    final DType inputType(int i) {
        return inputTypes == null || i >= inputTypes.length ? null : inputTypes[i];
    }

    /** Registers a non-leaf output whose gradient must be kept ({@code retain_grad()}). */
    public final void retainGradOf(Tensor output) {
        if (retainedOutputs == null) {
            retainedOutputs = new ArrayList<>();
        }
        if (!retainedOutputs.contains(output)) {
            retainedOutputs.add(output);
        }
    }

    final List<Tensor> retainedOutputs() {
        return retainedOutputs;
    }

    @Override
    public String toString() {
        return "<" + typeName() + " object>";
    }
}
