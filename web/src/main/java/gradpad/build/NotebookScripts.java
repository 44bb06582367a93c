package gradpad.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build step (run by Maven after static/ is copied): writes a {@code NAME.ipynb.js} twin next to
 * every {@code NAME.ipynb} in a folder. Pages opened from disk cannot fetch files, but they do
 * run {@code <script>} files, so the page reads its default notebook from the twin, which sets
 * the global {@code GRADPAD_NOTEBOOK} to the notebook's JSON (JSON is a JavaScript expression;
 * U+2028/U+2029 are escaped for older engines that reject them in string literals).
 *
 * <p>JVM-only; never compiled by TeaVM. Usage: {@code NotebookScripts NOTEBOOK_DIR}.
 */
public final class NotebookScripts {
    /** Global set by the twin; static/js/notebook.js reads it. */
    public static final String GLOBAL = "GRADPAD_NOTEBOOK";

    private NotebookScripts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: NotebookScripts NOTEBOOK_DIR");
        }
        write(Path.of(args[0]));
    }

    public static void write(Path dir) throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(dir)) {
            notebooks = files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted()
                    .collect(Collectors.toList());
        }
        for (Path nb : notebooks) {
            String json = Files.readString(nb, StandardCharsets.UTF_8).trim();
            Files.writeString(nb.resolveSibling(nb.getFileName() + ".js"), script(json), StandardCharsets.UTF_8);
        }
    }

    /** The twin's text for a notebook's JSON. */
    public static String script(String json) {
        if (!json.startsWith("{") || !json.endsWith("}")) {
            throw new IllegalArgumentException("a notebook must be one JSON object");
        }
        return "self." + GLOBAL + "=" + json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + ";\n";
    }
}
