package gradpad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the code cells of an nbformat 4 notebook (.ipynb). */
final class Notebook {
    private Notebook() {
    }

    /** The sources of the code cells, in order; markdown and raw cells are skipped. */
    static List<String> codeCells(String json) {
        Object root = JsonReader.parse(json);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("the top level is not an object");
        }
        Object cells = ((Map<?, ?>) root).get("cells");
        if (!(cells instanceof List)) {
            throw new IllegalArgumentException("no \"cells\" list (only nbformat 4 is supported)");
        }
        List<String> sources = new ArrayList<>();
        for (Object cell : (List<?>) cells) {
            if (cell instanceof Map && "code".equals(((Map<?, ?>) cell).get("cell_type"))) {
                sources.add(source(((Map<?, ?>) cell).get("source")));
            }
        }
        return sources;
    }

    /** nbformat allows a cell's source as one string or as a list of lines (each ending in \n). */
    private static String source(Object source) {
        if (source instanceof String) {
            return (String) source;
        }
        if (source instanceof List) {
            StringBuilder sb = new StringBuilder();
            for (Object line : (List<?>) source) {
                if (!(line instanceof String)) {
                    throw new IllegalArgumentException("a cell's source list holds a non-string");
                }
                sb.append((String) line);
            }
            return sb.toString();
        }
        if (source == null) {
            return "";
        }
        throw new IllegalArgumentException("a cell's source is neither a string nor a list");
    }
}
