package gradpad.engine.autograd;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.ops.Arithmetic;
import gradpad.engine.ops.Conversion;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.Reductions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Runs the backward pass ({@code torch.autograd.backward} and {@code torch.autograd.grad}):
 * counts each node's dependencies, then executes every reachable node once, ready nodes with the
 * highest sequence number first (PyTorch's order, which fixes the float32 summation order),
 * summing the gradients that arrive at the same input.
 */
public final class Engine {
    /** Ready nodes by creation order, newest first (PyTorch's order). */
    private static final java.util.Comparator<Node> READY_ORDER = (a, b) -> Long.compare(b.sequenceNr, a.sequenceNr);
    private static int runCounter;

    private Engine() {
    }

    /** {@code tensor.backward(gradient, retain_graph, create_graph)}. */
    public static void backward(Tensor root, Tensor gradient, boolean retainGraph, boolean createGraph) {
        run(new Tensor[] {root}, new Tensor[] {gradient}, retainGraph || createGraph, createGraph, null, false);
    }

    /** {@code torch.autograd.backward(tensors, grad_tensors, ...)} with several roots. */
    public static void backward(Tensor[] roots, Tensor[] gradients, boolean retainGraph, boolean createGraph) {
        run(roots, gradients, retainGraph || createGraph, createGraph, null, false);
    }

    /** {@code torch.autograd.grad}: returns the gradients of the outputs w.r.t. the inputs. */
    public static Tensor[] grad(Tensor[] outputs, Tensor[] inputs, Tensor[] gradOutputs, boolean retainGraph,
            boolean createGraph, boolean allowUnused) {
        for (Tensor in : inputs) {
            if (!in.requiresGrad()) {
                throw TorchException.runtime("One of the differentiated Tensors does not require grad");
            }
        }
        return run(outputs, gradOutputs, retainGraph, createGraph, inputs, allowUnused);
    }

    private static Tensor[] run(Tensor[] roots, Tensor[] grads, boolean retainGraph, boolean createGraph,
            Tensor[] captureInputs, boolean allowUnused) {
        Edge[] rootEdges = new Edge[roots.length];
        Tensor[] rootGrads = new Tensor[roots.length];
        for (int i = 0; i < roots.length; i++) {
            Tensor r = roots[i];
            Edge e = r.gradientEdge();
            if (!r.requiresGrad() || e == null) {
                throw TorchException.runtime("element " + i + " of tensors does not require grad and does not have a grad_fn");
            }
            rootEdges[i] = e;
            rootGrads[i] = rootGradient(r, grads == null ? null : grads[i], i);
        }

        // Where autograd.grad captures gradients instead of accumulating them into .grad.
        Map<Node, int[]> captureAt = captureInputs == null ? java.util.Collections.emptyMap()
                : new IdentityHashMap<>();
        Tensor[] captured = captureInputs == null ? null : new Tensor[captureInputs.length];
        if (captureInputs != null) {
            for (int i = 0; i < captureInputs.length; i++) {
                Edge e = captureInputs[i].gradientEdge();
                int[] slots = captureAt.get(e.function);
                int[] grown = slots == null ? new int[0] : slots;
                grown = Arrays.copyOf(grown, grown.length + 2);
                grown[grown.length - 2] = e.inputNr;
                grown[grown.length - 1] = i;
                captureAt.put(e.function, grown);
            }
        }

        int mark = ++runCounter;
        countDependencies(rootEdges, mark);
        Map<Node, Boolean> needed = captureInputs == null ? null : neededNodes(rootEdges, captureAt);
        PriorityQueue<Node> ready = new PriorityQueue<>(READY_ORDER);
        List<Node> executed = new ArrayList<>();

        boolean previousMode = GradMode.set(createGraph);
        try {
            for (int i = 0; i < rootEdges.length; i++) {
                addToBuffer(rootEdges[i], rootGrads[i]);
            }
            for (Edge e : rootEdges) {
                if (e.function.pending == 0 && !ready.contains(e.function)) {
                    ready.add(e.function);
                }
            }
            while (!ready.isEmpty()) {
                Node node = ready.poll();
                Tensor[] inputs = node.buffer;
                node.buffer = null;
                if (inputs == null) {
                    inputs = new Tensor[node.numOutputs()];
                }
                if (node.tensorPreHooks != null) { // register_hook: before capture, retain_grad and the node
                    node.runTensorPreHooks(inputs); // (the test stays here: a call per node cost W2 8 ms in Wasm)
                }
                int[] captures = captureAt.isEmpty() ? null : captureAt.get(node);
                if (captures != null) {
                    for (int k = 0; k < captures.length; k += 2) {
                        Tensor g = inputs[captures[k]];
                        int slot = captures[k + 1];
                        captured[slot] = captured[slot] == null ? g : Arithmetic.add(captured[slot], g);
                    }
                }
                boolean skip = needed != null && (node instanceof AccumulateGrad || !needed.containsKey(node));
                if (skip) {
                    continue;
                }
                keepRetainedGrads(node, inputs);
                Tensor[] outGrads = callNode(node, inputs);
                executed.add(node);
                Edge[] edges = node.edges();
                for (int k = 0; k < edges.length; k++) {
                    Edge e = edges[k];
                    if (e == null) {
                        continue;
                    }
                    Tensor g = k < outGrads.length ? outGrads[k] : null;
                    if (g != null) {
                        g = validate(node, k, g);
                        addToBuffer(e, g);
                    }
                    if (--e.function.pending == 0) {
                        ready.add(e.function);
                    }
                }
            }
        } finally {
            GradMode.set(previousMode);
            if (!retainGraph) {
                for (Node n : executed) {
                    n.releaseVariables();
                }
            }
        }
        if (captured != null) {
            for (int i = 0; i < captured.length; i++) {
                if (captured[i] == null && !allowUnused) {
                    throw TorchException.runtime("One of the differentiated Tensors appears to not have been used in "
                            + "the graph. Set allow_unused=True if this is the desired behavior.");
                }
            }
        }
        return captured;
    }

    /**
     * PyTorch's {@code validate_outputs}: a gradient whose shape was broadcast is summed back to
     * the input's shape, one of another dtype is cast to the input's dtype.
     */
    public static Tensor validateGradient(Node node, int index, Tensor g) {
        return validate(node, index, g);
    }

    private static Tensor validate(Node node, int index, Tensor g) {
        int[] shape = node.inputShape(index);
        if (shape != null && !Arrays.equals(shape, g.shapeRef())) {
            if (!expandable(shape, g.shapeRef())) {
                throw TorchException.runtime("Function " + node.name() + " returned an invalid gradient at index "
                        + index + " - got " + Shape.list(g.shapeRef()) + " but expected shape compatible with "
                        + Shape.list(shape));
            }
            g = Reductions.sumToShape(g, shape);
        }
        DType type = node.inputType(index);
        if (type != null && type != g.dtype() && type.isFloatingPoint()) {
            g = Conversion.to(g, type);
        }
        return g;
    }

    /** Whether {@code shape} broadcasts to {@code target}. */
    private static boolean expandable(int[] shape, int[] target) {
        if (shape.length > target.length) {
            return false;
        }
        int lead = target.length - shape.length;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] != target[lead + i] && shape[i] != 1) {
                return false;
            }
        }
        return true;
    }

    private static Tensor rootGradient(Tensor root, Tensor given, int index) {
        if (given == null) {
            if (root.numel() != 1) {
                throw TorchException.runtime("grad can be implicitly created only for scalar outputs");
            }
            return Creation.onesLike(root);
        }
        if (!Arrays.equals(given.shapeRef(), root.shapeRef())) {
            throw TorchException.runtime("Mismatch in shape: grad_output[" + index + "] has a shape of "
                    + Shape.sizeRepr(given.shapeRef()) + " and output[" + index + "] has a shape of "
                    + Shape.sizeRepr(root.shapeRef()) + ".");
        }
        return given;
    }

    private static Tensor[] callNode(Node node, Tensor[] inputs) {
        boolean any = false;
        for (Tensor t : inputs) {
            any |= t != null;
        }
        if (!any) {
            return new Tensor[node.edges().length];
        }
        return node.apply(inputs);
    }

    private static void keepRetainedGrads(Node node, Tensor[] inputs) {
        List<Tensor> retained = node.retainedOutputs();
        if (retained == null) {
            return;
        }
        for (Tensor t : retained) {
            if (t.gradFn() != node) {
                continue;
            }
            Tensor g = inputs[t.outputNr()];
            if (g == null) {
                continue;
            }
            Tensor old = t.gradRef();
            t.setGradRef(old == null ? gradpad.engine.ops.Conversion.cloneTensor(g) : Arithmetic.add(old, g));
        }
    }

    private static void addToBuffer(Edge e, Tensor g) {
        Node n = e.function;
        Tensor[] buf = n.buffer;
        if (buf == null) {
            buf = new Tensor[n.numOutputs()];
            n.buffer = buf;
        }
        buf[e.inputNr] = buf[e.inputNr] == null ? g : Arithmetic.add(buf[e.inputNr], g);
    }

    /** Counts, on each reachable node, how many edges lead to it; marks visited nodes with this run's number. */
    private static void countDependencies(Edge[] roots, int mark) {
        ArrayList<Node> stack = new ArrayList<>();
        for (Edge e : roots) {
            visit(e.function, mark, stack);
        }
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            for (Edge e : n.edges()) {
                if (e == null) {
                    continue;
                }
                visit(e.function, mark, stack);
                e.function.pending++;
            }
        }
    }

    private static void visit(Node n, int mark, ArrayList<Node> stack) {
        if (n.runMark != mark) {
            n.runMark = mark;
            n.pending = 0;
            n.buffer = null;
            stack.add(n);
        }
    }

    /** Nodes from which a captured input can be reached: the only ones autograd.grad runs. */
    private static Map<Node, Boolean> neededNodes(Edge[] roots, Map<Node, int[]> captureAt) {
        Map<Node, Boolean> memo = new IdentityHashMap<>();
        for (Edge e : roots) {
            reaches(e.function, captureAt, memo);
        }
        Map<Node, Boolean> needed = new IdentityHashMap<>();
        for (Map.Entry<Node, Boolean> en : memo.entrySet()) {
            if (en.getValue()) {
                needed.put(en.getKey(), Boolean.TRUE);
            }
        }
        return needed;
    }

    private static boolean reaches(Node start, Map<Node, int[]> captureAt, Map<Node, Boolean> memo) {
        // Iterative post-order DFS: graphs from long loops are deep and must not overflow the stack.
        ArrayList<Node> stack = new ArrayList<>();
        ArrayList<Integer> cursor = new ArrayList<>();
        if (memo.containsKey(start)) {
            return memo.get(start);
        }
        stack.add(start);
        cursor.add(0);
        memo.put(start, captureAt.containsKey(start));
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Node n = stack.get(top);
            int i = cursor.get(top);
            Edge[] edges = n.edges();
            if (i < edges.length) {
                cursor.set(top, i + 1);
                Edge e = edges[i];
                if (e != null && !memo.containsKey(e.function)) {
                    memo.put(e.function, captureAt.containsKey(e.function));
                    stack.add(e.function);
                    cursor.add(0);
                }
            } else {
                stack.remove(top);
                cursor.remove(top);
                boolean r = memo.get(n);
                for (Edge e : edges) {
                    if (e != null && memo.get(e.function)) {
                        r = true;
                    }
                }
                memo.put(n, r);
            }
        }
        return memo.get(start);
    }
}
