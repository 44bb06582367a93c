package gradpad.e2e;

import gradpad.kernel.Kernel;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tests of static/gradpad-embed.js share: page-side helper functions (cells are host
 * elements with data-testid=cell; their parts live in the open shadow root, or in the element
 * itself where a browser has no attachShadow) and the expected outputs from the JVM kernel.
 */
final class EmbedContract {
    private EmbedContract() {
    }

    static final String DEMO = "embed-demo.html";
    static final int DEMO_CELLS = 8;

    /** The seed notebook's graph as gradpad.draw(loss) draws it: nodes (kind:label), then sorted edges. */
    static final String SEED_GRAPH = String.join("\n",
            "output:loss ()",
            "function:MeanBackward0",
            "function:MulBackward0",
            "function:AddBackward0",
            "accumulate_grad:AccumulateGrad",
            "leaf:x (3)",
            "--",
            "AccumulateGrad -> AddBackward0",
            "AddBackward0 -> MulBackward0",
            "AddBackward0 -> MulBackward0",
            "MeanBackward0 -> loss ()",
            "MulBackward0 -> MeanBackward0",
            "x (3) -> AccumulateGrad");

    /**
     * ES5 helpers (HtmlUnit runs them too): gpPart(i, testid), gpOut(i) = the kernel outputs' text
     * (notes and graphs excluded), gpNote(i), gpGraph(i) = the first autograd SVG in cell i, as
     * "kind:label" lines for the nodes, "--", then "from -> to" lines for the edges, sorted.
     */
    static final String JS = ""
            + "function gpCell(i){return document.querySelector('[data-testid=cell][data-cell-index=\"'+i+'\"]');}"
            + "function gpPart(i,id){var h=gpCell(i);return (h.shadowRoot||h).querySelector('[data-testid=\"'+id+'\"]');}"
            + "function gpOut(i){var o=gpPart(i,'cell-output').querySelectorAll('pre[data-output-type]');"
            + "var s='';for(var k=0;k<o.length;k++){s+=o[k].textContent;}return s;}"
            + "function gpNote(i){var n=gpPart(i,'cell-output').querySelector('[data-testid=cell-note]');return n?n.textContent:'';}"
            + "function gpGraph(i){var svg=gpPart(i,'cell-output').querySelector('svg[data-testid=autograd-graph]');"
            + "if(!svg){return null;}var label={},lines=[],edges=[];"
            + "var ns=svg.querySelectorAll('[data-node-id]');for(var k=0;k<ns.length;k++){"
            + "label[ns[k].getAttribute('data-node-id')]=ns[k].getAttribute('data-label');"
            + "lines.push(ns[k].getAttribute('data-node-kind')+':'+ns[k].getAttribute('data-label'));}"
            + "var es=svg.querySelectorAll('[data-from]');for(k=0;k<es.length;k++){"
            + "edges.push(label[es[k].getAttribute('data-from')]+' -> '+label[es[k].getAttribute('data-to')]);}"
            + "edges.sort();return lines.concat(['--']).concat(edges).join('\\n');}";

    /** What cells {@code codes} print when run in order in one kernel, as the embed renders them. */
    static List<String> expectedInOrder(List<String> codes) {
        Kernel kernel = new Kernel(Playground.SEED);
        List<String> texts = new ArrayList<>();
        for (String code : codes) {
            texts.add(Playground.render(kernel.runCell(code)));
        }
        return texts;
    }
}
