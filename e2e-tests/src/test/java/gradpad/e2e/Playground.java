package gradpad.e2e;

import gradpad.cli.StaticServer;
import gradpad.kernel.Kernel;
import gradpad.kernel.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The built site under test (web/target/playground) and what its cells should print. */
final class Playground {
    /** Every page test runs the kernel with this seed, and compares with a JVM kernel seeded alike. */
    static final long SEED = 0;

    private Playground() {
    }

    static Path dir() {
        Path dir = Path.of(System.getProperty("gradpad.playground", "../web/target/playground")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("index.html")) || !Files.isRegularFile(dir.resolve("kernel/gradpad.js"))) {
            throw new IllegalStateException("no built playground at " + dir
                    + ": run the tests with `mvn -B verify` from the repository root, so the web module is packaged first");
        }
        return dir;
    }

    /** Serves the site from a sub-path, as a static host might, to prove every URL is relative. */
    static StaticServer serve(String basePath) throws IOException {
        return StaticServer.start(dir(), 0, basePath);
    }

    static String fileUrl(String query) {
        return dir().resolve("index.html").toUri() + query;
    }

    /** What the page must show for {@code code}: the JVM kernel's outputs, rendered as notebook.js does. */
    static String expectedText(String code) {
        return render(new Kernel(SEED).runCell(code));
    }

    /** Mirrors outputText() in static/js/notebook.js; textContent joins the output blocks. */
    static String render(List<Output> outputs) {
        StringBuilder sb = new StringBuilder();
        for (Output o : outputs) {
            if (o instanceof Output.Stream) {
                sb.append(((Output.Stream) o).text);
            } else if (o instanceof Output.ExecuteResult) {
                sb.append(((Output.ExecuteResult) o).text);
            } else if (o instanceof Output.Error) {
                Output.Error e = (Output.Error) o;
                if (e.traceback != null && !e.traceback.isEmpty()) {
                    sb.append(String.join("\n", e.traceback));
                } else {
                    sb.append(e.ename).append(e.evalue == null || e.evalue.isEmpty() ? "" : ": " + e.evalue);
                }
            }
        }
        return sb.toString();
    }
}
