package gradpad.engine.graph;

import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.AccumulateGrad;
import gradpad.engine.autograd.Edge;
import gradpad.engine.autograd.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backward graph behind a tensor, in torchviz's model: the output tensor, one node per
 * grad_fn (AccumulateGrad included), and the leaf tensors that AccumulateGrad nodes feed.
 * Edges point the way data flowed forward (inputs to outputs), as torchviz draws them.
 */
public final class AutogradGraph {
    /** What a node stands for; the page colours them as torchviz does. */
    public enum Kind { OUTPUT, FUNCTION, ACCUMULATE_GRAD, LEAF, SAVED }

    /** A drawable node: its kind and label lines. */
    public static final class GraphNode {
        public final int id;
        public final Kind kind;
        public final List<String> lines;

        GraphNode(int id, Kind kind, List<String> lines) {
            this.id = id;
            this.kind = kind;
            this.lines = lines;
        }
    }

    /** An edge from {@code from} to {@code to} (node ids). */
    public static final class GraphEdge {
        public final int from;
        public final int to;

        GraphEdge(int from, int to) {
            this.from = from;
            this.to = to;
        }
    }

    public final List<GraphNode> nodes = new ArrayList<>();
    public final List<GraphEdge> edges = new ArrayList<>();

    /** Names for tensors (a notebook's variable names), looked up by identity. */
    public interface Names {
        String nameOf(Tensor t);
    }

    /** Builds the graph of {@code root}; {@code names} may be null. */
    public static AutogradGraph of(Tensor root, Names names) {
        return of(root, names, false);
    }

    /**
     * The same; with {@code showSaved}, also the tensors each grad_fn saved for backward (orange in
     * torchviz), each drawn once and linked to the functions that saved it.
     */
    public static AutogradGraph of(Tensor root, Names names, boolean showSaved) {
        AutogradGraph g = new AutogradGraph();
        Map<Node, Integer> ids = new IdentityHashMap<>();
        int out = g.add(Kind.OUTPUT, tensorLines(root, names, false));
        if (root.gradFn() == null) {
            return g;
        }
        ArrayList<Node> stack = new ArrayList<>();
        ids.put(root.gradFn(), g.add(kindOf(root.gradFn()), functionLines(root.gradFn())));
        g.edges.add(new GraphEdge(ids.get(root.gradFn()), out));
        stack.add(root.gradFn());
        Map<Tensor, Integer> savedIds = new IdentityHashMap<>();
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            int nid = ids.get(n);
            if (showSaved) {
                for (Tensor s : n.savedTensors()) {
                    if (s.isWrappedNumber()) {
                        continue;
                    }
                    Integer sid = savedIds.get(s);
                    if (sid == null) {
                        sid = g.add(Kind.SAVED, savedLines(s, names));
                        savedIds.put(s, sid);
                    }
                    g.edges.add(new GraphEdge(sid, nid));
                }
            }
            if (n instanceof AccumulateGrad) {
                Tensor leaf = ((AccumulateGrad) n).variable();
                int lid = g.add(Kind.LEAF, tensorLines(leaf, names, true));
                g.edges.add(new GraphEdge(lid, nid));
                continue;
            }
            for (Edge e : n.nextFunctions()) {
                if (e == null) {
                    continue;
                }
                Integer id = ids.get(e.function);
                if (id == null) {
                    id = g.add(kindOf(e.function), functionLines(e.function));
                    ids.put(e.function, id);
                    stack.add(e.function);
                }
                g.edges.add(new GraphEdge(id, nid));
            }
        }
        return g;
    }

    private int add(Kind kind, List<String> lines) {
        GraphNode n = new GraphNode(nodes.size(), kind, lines);
        nodes.add(n);
        return n.id;
    }

    private static List<String> savedLines(Tensor t, Names names) {
        List<String> l = new ArrayList<>();
        String name = names == null ? null : names.nameOf(t);
        l.add(name != null ? "saved " + name : "saved");
        l.add("(" + shapeText(t.shapeRef()) + ")");
        return l;
    }

    private static Kind kindOf(Node n) {
        return n instanceof AccumulateGrad ? Kind.ACCUMULATE_GRAD : Kind.FUNCTION;
    }

    private static List<String> functionLines(Node n) {
        List<String> l = new ArrayList<>();
        String name = n.name();
        l.add(name.startsWith("torch::autograd::") ? name.substring(17) : name);
        return l;
    }

    /** torchviz's tensor label: the name if known, the shape, and for leaves the gradient once computed. */
    private static List<String> tensorLines(Tensor t, Names names, boolean leaf) {
        List<String> l = new ArrayList<>();
        String name = names == null ? null : names.nameOf(t);
        if (name != null) {
            l.add(name);
        }
        l.add("(" + shapeText(t.shapeRef()) + ")");
        if (leaf && t.gradRef() != null) {
            Tensor g = t.gradRef();
            l.add(g.numel() <= 4 ? "grad " + compact(g) : "grad (" + shapeText(g.shapeRef()) + ")");
        }
        return l;
    }

    private static String shapeText(int[] shape) {
        String s = Shape.list(shape);
        return s.substring(1, s.length() - 1);
    }

    /** A short text of a few values, from PyTorch's own repr so the digits match. */
    private static String compact(Tensor g) {
        String r = g.toString();
        int open = r.indexOf('(');
        int close = r.lastIndexOf(')');
        String inner = r.substring(open + 1, close);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i) == '\n' ? ' ' : inner.charAt(i);
            if (c != ' ' || sb.length() == 0 || sb.charAt(sb.length() - 1) != ' ') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
