package gradpad.kernel.modules;

import gradpad.engine.graph.AutogradGraph;
import gradpad.engine.graph.GraphLayout;

/**
 * The autograd graph as the page draws it ({@code application/vnd.gradpad.autograd-graph+json}):
 * laid-out boxes and edge polylines, numbers rounded to 0.1 px. Strings are JSON-escaped by hand
 * (no library under TeaVM); labels are plain text the page puts into SVG text nodes.
 */
public final class GraphJson {
    public static final String MIME = "application/vnd.gradpad.autograd-graph+json";

    private GraphJson() {
    }

    public static String of(AutogradGraph g) {
        GraphLayout l = GraphLayout.of(g);
        StringBuilder sb = new StringBuilder("{\"width\":");
        num(sb, l.width);
        sb.append(",\"height\":");
        num(sb, l.height);
        sb.append(",\"nodes\":[");
        for (int i = 0; i < g.nodes.size(); i++) {
            AutogradGraph.GraphNode n = g.nodes.get(i);
            GraphLayout.Box b = l.boxes[i];
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":").append(n.id).append(",\"kind\":\"").append(n.kind.name().toLowerCase())
                    .append("\",\"lines\":[");
            for (int k = 0; k < n.lines.size(); k++) {
                if (k > 0) {
                    sb.append(',');
                }
                string(sb, n.lines.get(k));
            }
            sb.append("],\"x\":");
            num(sb, b.x);
            sb.append(",\"y\":");
            num(sb, b.y);
            sb.append(",\"w\":");
            num(sb, b.w);
            sb.append(",\"h\":");
            num(sb, b.h);
            sb.append('}');
        }
        sb.append("],\"edges\":[");
        for (int i = 0; i < g.edges.size(); i++) {
            AutogradGraph.GraphEdge e = g.edges.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"from\":").append(e.from).append(",\"to\":").append(e.to).append(",\"points\":[");
            double[] pts = l.routes.get(i);
            for (int k = 0; k < pts.length; k++) {
                if (k > 0) {
                    sb.append(',');
                }
                num(sb, pts[k]);
            }
            sb.append("]}");
        }
        return sb.append("]}").toString();
    }

    /** A plain-text rendering for print() and the command line: one line per edge. */
    public static String text(AutogradGraph g) {
        StringBuilder sb = new StringBuilder("<autograd graph: ").append(g.nodes.size()).append(" nodes>");
        for (AutogradGraph.GraphEdge e : g.edges) {
            sb.append('\n').append("  ").append(label(g, e.from)).append(" -> ").append(label(g, e.to));
        }
        return sb.toString();
    }

    private static String label(AutogradGraph g, int id) {
        return String.join(" ", g.nodes.get(id).lines);
    }

    private static void num(StringBuilder sb, double v) {
        long tenths = (long) Math.floor(v * 10 + 0.5); // not Math.round: TeaVM's rounds -0.5 away from zero
        if (tenths < 0) {
            sb.append('-');
            tenths = -tenths;
        }
        sb.append(tenths / 10).append('.').append(tenths % 10);
    }

    private static void string(StringBuilder sb, String s) {
        // A Python repr uses single quotes; turn it into a JSON string by re-escaping.
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                String h = Integer.toHexString(c);
                sb.append("\\u");
                for (int k = h.length(); k < 4; k++) {
                    sb.append('0');
                }
                sb.append(h);
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

}
