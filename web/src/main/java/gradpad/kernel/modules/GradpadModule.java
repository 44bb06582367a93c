package gradpad.kernel.modules;

import gradpad.engine.Tensor;
import gradpad.engine.graph.AutogradGraph;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code import gradpad}: {@code gradpad.draw(t)} displays the backward graph of {@code t} as a
 * drawing (torchviz's model); {@code gradpad.graph(t)} returns it as a value.
 */
public final class GradpadModule {
    /** Receives a graph to display immediately (the kernel turns it into a display_data output). */
    public interface Display {
        void show(GraphValue graph);
    }

    private GradpadModule() {
    }

    public static PyModule create(Map<String, Object> globals, Display display) {
        PyModule m = new PyModule("gradpad");
        // draw() shows the graph where it is called (not only as a cell's last value): what a
        // learner expects from a drawing call; graph(t) returns the object for later display.
        m.function("draw", (a, kw) -> {
            display.show(build(a, kw, globals, "draw"));
            return PyNone.NONE;
        });
        m.function("graph", (a, kw) -> build(a, kw, globals, "graph"));
        return m;
    }

    private static GraphValue build(Object[] a, String[] kw, Map<String, Object> globals, String fn) {
        Object[] b = new Signature(fn, "tensor", "params=None", "show_saved=False").bind(a, kw);
        if (!(b[0] instanceof Tensor)) {
            throw Errors.typeError(fn + "() expects a tensor, not " + Runtime.typeName(b[0]));
        }
        Map<Tensor, String> names = namesFrom(globals);
        if (b[1] instanceof PyDict) {
            for (Object[] e : ((PyDict) b[1]).entries()) {
                if (e[1] instanceof Tensor) {
                    names.put((Tensor) e[1], Runtime.str(e[0]));
                }
            }
        }
        boolean showSaved = b[2] != null && gradpad.kernel.runtime.Runtime.truthy(b[2]);
        return new GraphValue(AutogradGraph.of((Tensor) b[0], names::get, showSaved));
    }

    /** The notebook's variable names for its tensors (the first name found wins). */
    public static Map<Tensor, String> namesFrom(Map<String, Object> globals) {
        Map<Tensor, String> names = new IdentityHashMap<>();
        for (Map.Entry<String, Object> e : globals.entrySet()) {
            if (e.getValue() instanceof Tensor && !e.getKey().startsWith("_")) {
                names.putIfAbsent((Tensor) e.getValue(), e.getKey());
            }
        }
        return names;
    }

    /** The value {@code draw} returns: shown as a drawing in a notebook, as text by print(). */
    public static final class GraphValue implements PyObj {
        private static final PyClass TYPE = new PyClass("Graph", "gradpad", new PyClass[] {Types.OBJECT}, null);
        public final AutogradGraph graph;

        GraphValue(AutogradGraph graph) {
            this.graph = graph;
        }

        public String json() {
            return GraphJson.of(graph);
        }

        @Override
        public PyClass cls() {
            return TYPE;
        }

        @Override
        public Object getAttr(String name) {
            return null;
        }

        @Override
        public boolean setAttr(String name, Object value) {
            return false;
        }

        @Override
        public String toString() {
            return GraphJson.text(graph);
        }
    }

}
