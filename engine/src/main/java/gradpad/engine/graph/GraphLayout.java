package gradpad.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A layered, top-down drawing of an {@link AutogradGraph} (Sugiyama's method, kept small):
 * nodes go to layers by longest path from the sources, long edges get invisible waypoints in
 * the layers they cross, a few barycenter sweeps order each layer, and nodes are packed left to
 * right, so no two boxes or labels overlap. Sizes are in CSS pixels for a monospace font.
 */
public final class GraphLayout {
    public static final double CHAR_WIDTH = 7.2;
    public static final double LINE_HEIGHT = 15;
    public static final double PAD_X = 10;
    public static final double PAD_Y = 6;
    public static final double GAP_X = 24;
    public static final double GAP_Y = 36;
    public static final double MARGIN = 8;

    /** Where a node sits: top-left corner and size. */
    public static final class Box {
        public final double x;
        public final double y;
        public final double w;
        public final double h;

        Box(double x, double y, double w, double h) {
            this.x = x;
            this.y = y;
            this.w = w;
            this.h = h;
        }
    }

    public final Box[] boxes;
    /** Per edge (same order as the graph's), the polyline from the source's bottom to the target's top. */
    public final List<double[]> routes = new ArrayList<>();
    public double width;
    public double height;

    private GraphLayout(int n) {
        boxes = new Box[n];
    }

    public static GraphLayout of(AutogradGraph g) {
        int n = g.nodes.size();
        int[] layer = layers(g);
        int layers = 0;
        for (int l : layer) {
            layers = Math.max(layers, l + 1);
        }
        // Real nodes plus one waypoint per layer a long edge crosses.
        List<Integer> layerOf = new ArrayList<>();
        List<Double> widthOf = new ArrayList<>();
        double[] heights = new double[n];
        for (int i = 0; i < n; i++) {
            layerOf.add(layer[i]);
            List<String> lines = g.nodes.get(i).lines;
            int longest = 0;
            for (String s : lines) {
                longest = Math.max(longest, s.length());
            }
            widthOf.add(longest * CHAR_WIDTH + 2 * PAD_X);
            heights[i] = lines.size() * LINE_HEIGHT + 2 * PAD_Y;
        }
        List<int[]> chains = new ArrayList<>();
        for (AutogradGraph.GraphEdge e : g.edges) {
            int from = e.from;
            int to = e.to;
            int span = layer[to] - layer[from];
            int[] chain = new int[Math.max(2, span + 1)];
            chain[0] = from;
            for (int k = 1; k < span; k++) {
                layerOf.add(layer[from] + k);
                widthOf.add(0.0);
                chain[k] = layerOf.size() - 1;
            }
            chain[chain.length - 1] = to;
            chains.add(chain);
        }
        int total = layerOf.size();
        List<List<Integer>> rows = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            rows.add(new ArrayList<>());
        }
        for (int v = 0; v < total; v++) {
            rows.get(layerOf.get(v)).add(v);
        }
        double[] order = new double[total];
        for (List<Integer> row : rows) {
            for (int k = 0; k < row.size(); k++) {
                order[row.get(k)] = k;
            }
        }
        List<List<Integer>> up = new ArrayList<>();
        List<List<Integer>> down = new ArrayList<>();
        for (int v = 0; v < total; v++) {
            up.add(new ArrayList<>());
            down.add(new ArrayList<>());
        }
        for (int[] c : chains) {
            for (int k = 0; k + 1 < c.length; k++) {
                down.get(c[k]).add(c[k + 1]);
                up.get(c[k + 1]).add(c[k]);
            }
        }
        for (int sweep = 0; sweep < 8; sweep++) {
            boolean downward = sweep % 2 == 0;
            for (int li = 0; li < layers; li++) {
                int l = downward ? li : layers - 1 - li;
                List<Integer> row = rows.get(l);
                double[] bary = new double[total];
                for (int v : row) {
                    List<Integer> nb = downward ? up.get(v) : down.get(v);
                    double s = 0;
                    for (int u : nb) {
                        s += order[u];
                    }
                    bary[v] = nb.isEmpty() ? order[v] : s / nb.size();
                }
                row.sort((a, b) -> Double.compare(bary[a], bary[b]));
                for (int k = 0; k < row.size(); k++) {
                    order[row.get(k)] = k;
                }
            }
        }
        double[] x = new double[total];
        double[] rowWidth = new double[layers];
        double maxWidth = 0;
        for (int l = 0; l < layers; l++) {
            double at = 0;
            for (int v : rows.get(l)) {
                x[v] = at;
                at += widthOf.get(v) + GAP_X;
            }
            rowWidth[l] = Math.max(0, at - GAP_X);
            maxWidth = Math.max(maxWidth, rowWidth[l]);
        }
        double[] rowTop = new double[layers];
        double[] rowHeight = new double[layers];
        for (int v = 0; v < n; v++) {
            rowHeight[layer[v]] = Math.max(rowHeight[layer[v]], heights[v]);
        }
        double y = MARGIN;
        for (int l = 0; l < layers; l++) {
            rowTop[l] = y;
            y += Math.max(rowHeight[l], LINE_HEIGHT) + GAP_Y;
        }
        GraphLayout out = new GraphLayout(n);
        double[] cx = new double[total];
        for (int v = 0; v < total; v++) {
            int l = layerOf.get(v);
            double left = MARGIN + (maxWidth - rowWidth[l]) / 2 + x[v];
            cx[v] = left + widthOf.get(v) / 2;
            if (v < n) {
                double top = rowTop[l] + (rowHeight[l] - heights[v]) / 2;
                out.boxes[v] = new Box(left, top, widthOf.get(v), heights[v]);
            }
        }
        for (int[] c : chains) {
            double[] pts = new double[c.length * 2];
            for (int k = 0; k < c.length; k++) {
                int v = c[k];
                int l = layerOf.get(v);
                pts[2 * k] = cx[v];
                if (k == 0) {
                    pts[2 * k + 1] = out.boxes[v].y + out.boxes[v].h;
                } else if (k == c.length - 1) {
                    pts[2 * k + 1] = out.boxes[v].y;
                } else {
                    pts[2 * k + 1] = rowTop[l] + rowHeight[l] / 2;
                }
            }
            out.routes.add(pts);
        }
        out.width = maxWidth + 2 * MARGIN;
        out.height = y - GAP_Y + MARGIN;
        return out;
    }

    /** Longest path from the sources: each node one layer below its lowest input. */
    private static int[] layers(AutogradGraph g) {
        int n = g.nodes.size();
        int[] indeg = new int[n];
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (AutogradGraph.GraphEdge e : g.edges) {
            out.get(e.from).add(e.to);
            indeg[e.to]++;
        }
        int[] layer = new int[n];
        Arrays.fill(layer, 0);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int u = queue[head++];
            for (int v : out.get(u)) {
                layer[v] = Math.max(layer[v], layer[u] + 1);
                if (--indeg[v] == 0) {
                    queue[tail++] = v;
                }
            }
        }
        return layer;
    }
}
