package gradpad.engine.autograd;

import gradpad.engine.Messages;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/**
 * A tensor a backward function keeps for later ({@code SavedVariable}): remembers the version at
 * save time so an in-place change is caught, and is freed after backward.
 */
public final class SavedTensor {
    private Tensor tensor;
    private final int savedVersion;
    private final int producerOutput;
    private boolean released;
    private final Node producer;

    public SavedTensor(Tensor tensor) {
        this.tensor = tensor;
        this.savedVersion = tensor.version();
        this.producerOutput = tensor.outputNr();
        this.producer = null;
        Node.registerSaved(this);
    }

    /**
     * Saves an op's own result ({@code result} in derivatives.yaml), before {@code node} becomes its
     * grad_fn: an in-place change is then reported as "output 0 of" that node, as PyTorch does.
     */
    public SavedTensor(Tensor result, Node node) {
        this.tensor = result;
        this.savedVersion = result.version();
        this.producerOutput = 0;
        this.producer = node;
        Node.registerSaved(this);
    }

    public Tensor unpack() {
        if (released) {
            throw TorchException.runtime(Messages.BACKWARD_TWICE);
        }
        int now = tensor.version();
        if (now != savedVersion) {
            StringBuilder sb = new StringBuilder("one of the variables needed for gradient computation has been "
                    + "modified by an inplace operation: [torch.");
            sb.append(tensor.dtype().scalarTypeName()).append("Tensor ").append(Shape.list(tensor.shapeRef()))
                    .append(']');
            // PyTorch names the saved tensor's grad_fn as it is now (an in-place op may have rebased it),
            // or, for a saved output, the node that saved it
            String name = producer != null ? producer.name() : tensor.gradFn() != null ? tensor.gradFn().name() : null;
            if (name != null) {
                sb.append(", which is output ").append(producerOutput).append(" of ").append(name).append(',');
            }
            sb.append(" is at version ").append(now).append("; expected version ").append(savedVersion)
                    .append(" instead.").append(Messages.ANOMALY_HINT);
            throw TorchException.runtime(sb.toString());
        }
        return tensor;
    }

    /** The saved tensor without the version check, or null once released (for drawings). */
    public Tensor peek() {
        return released ? null : tensor;
    }

    public void release() {
        released = true;
        tensor = null;
    }
}
