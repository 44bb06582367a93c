package gradpad.engine.autograd;

/** Where a gradient flows: input {@code inputNr} of {@code function} (PyTorch's {@code next_functions} entry). */
public final class Edge {
    public final Node function;
    public final int inputNr;

    public Edge(Node function, int inputNr) {
        this.function = function;
        this.inputNr = inputNr;
    }
}
