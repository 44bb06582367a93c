package gradpad.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.engine.Tensor;
import gradpad.engine.Torch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutogradGraphTest {
    private static String label(AutogradGraph g, int id) {
        return String.join(" ", g.nodes.get(id).lines);
    }

    private static List<String> edges(AutogradGraph g) {
        List<String> out = new ArrayList<>();
        for (AutogradGraph.GraphEdge e : g.edges) {
            out.add(label(g, e.from) + " -> " + label(g, e.to));
        }
        out.sort(null);
        return out;
    }

    @Test
    void seedNotebookGraphHasTorchvizNodesAndEdges() {
        Torch.manualSeed(0);
        Tensor x = Torch.randn(3).requiresGrad_(true);
        Tensor y = x.add(2);
        Tensor z = y.mul(y);
        Tensor loss = z.mean();
        AutogradGraph g = AutogradGraph.of(loss, t -> t == x ? "x" : t == loss ? "loss" : null);
        assertEquals(List.of(
                "AccumulateGrad -> AddBackward0",
                "AddBackward0 -> MulBackward0",
                "AddBackward0 -> MulBackward0",
                "MeanBackward0 -> loss ()",
                "MulBackward0 -> MeanBackward0",
                "x (3) -> AccumulateGrad"), edges(g));
        assertEquals(AutogradGraph.Kind.OUTPUT, g.nodes.get(0).kind);
        long leaves = g.nodes.stream().filter(n -> n.kind == AutogradGraph.Kind.LEAF).count();
        assertEquals(1, leaves);
    }

    @Test
    void leafLabelsShowGradientsAfterBackward() {
        Tensor w = Torch.ones(2).requiresGrad_(true);
        Tensor out = w.mul(3).sum();
        out.backward();
        AutogradGraph g = AutogradGraph.of(out, t -> t == w ? "w" : null);
        boolean found = false;
        for (AutogradGraph.GraphNode n : g.nodes) {
            if (n.kind == AutogradGraph.Kind.LEAF) {
                assertEquals(List.of("w", "(2)", "grad [3., 3.]"), n.lines);
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void layoutOfALargeGraphHasNoOverlappingBoxes() {
        Torch.manualSeed(1);
        List<Tensor> leaves = new ArrayList<>();
        Tensor acc = null;
        for (int i = 0; i < 40; i++) {
            Tensor p = Torch.randn(2).requiresGrad_(true);
            leaves.add(p);
            Tensor term = i % 3 == 0 ? p.tanh() : i % 3 == 1 ? p.mul(p) : p.exp();
            acc = acc == null ? term : acc.add(term);
        }
        Tensor root = acc.sum();
        AutogradGraph g = AutogradGraph.of(root, null);
        assertTrue(g.nodes.size() > 150, "graph size " + g.nodes.size());
        GraphLayout l = GraphLayout.of(g);
        for (int i = 0; i < l.boxes.length; i++) {
            for (int j = i + 1; j < l.boxes.length; j++) {
                GraphLayout.Box a = l.boxes[i];
                GraphLayout.Box b = l.boxes[j];
                boolean overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
                assertFalse(overlap, "boxes " + i + " and " + j + " overlap");
            }
            assertTrue(l.boxes[i].x >= 0 && l.boxes[i].x + l.boxes[i].w <= l.width + 1e-9);
            assertTrue(l.boxes[i].y >= 0 && l.boxes[i].y + l.boxes[i].h <= l.height + 1e-9);
        }
        assertEquals(g.edges.size(), l.routes.size());
        for (int k = 0; k < g.edges.size(); k++) {
            double[] pts = l.routes.get(k);
            GraphLayout.Box from = l.boxes[g.edges.get(k).from];
            GraphLayout.Box to = l.boxes[g.edges.get(k).to];
            assertEquals(from.y + from.h, pts[1], 1e-9, "edges leave the bottom of their source");
            assertEquals(to.y, pts[pts.length - 1], 1e-9, "edges enter the top of their target");
            assertTrue(pts[1] < pts[pts.length - 1], "edges run top-down");
        }
    }

    @Test
    void savedTensorsOnRequest() {
        Tensor x = Torch.ones(2).requiresGrad_(true);
        Tensor y = x.exp().mul(x).sum();
        AutogradGraph plain = AutogradGraph.of(y, null);
        AutogradGraph withSaved = AutogradGraph.of(y, t -> t == x ? "x" : null, true);
        long saved = withSaved.nodes.stream().filter(n -> n.kind == AutogradGraph.Kind.SAVED).count();
        // ExpBackward0 saves its result; MulBackward0 saves both factors (the exp result again, and x).
        assertEquals(2, saved);
        assertTrue(edges(withSaved).contains("saved x (2) -> MulBackward0"), edges(withSaved).toString());
        assertEquals(plain.nodes.size() + 2, withSaved.nodes.size());
        y.backward();
        AutogradGraph afterBackward = AutogradGraph.of(y, null, true);
        assertEquals(0, afterBackward.nodes.stream().filter(n -> n.kind == AutogradGraph.Kind.SAVED).count(),
                "saved tensors are freed by backward");
    }
}
