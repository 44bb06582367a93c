package gradpad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.kernel.Kernel;
import gradpad.kernel.Output;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String stdoutOf(List<Output> outputs) {
        StringBuilder sb = new StringBuilder();
        for (Output o : outputs) {
            if (o instanceof Output.Stream && "stdout".equals(((Output.Stream) o).name)) {
                sb.append(((Output.Stream) o).text);
            } else if (o instanceof Output.ExecuteResult) {
                sb.append(((Output.ExecuteResult) o).text).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void runsAScriptThroughRunScript() throws IOException {
        String source = "import torch\nx = torch.randn(3)\nprint(x)\n";
        Path file = Files.writeString(dir.resolve("demo.py"), source);
        int status = run("run", file.toString(), "--seed", "0");
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals(stdoutOf(new Kernel(0L).runScript(source, file.toString())), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runsANotebooksCodeCellsInOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("demo.ipynb"), "{\"cells\":["
                + "{\"cell_type\":\"code\",\"source\":[\"import torch\\n\",\"x = 1\"]},"
                + "{\"cell_type\":\"markdown\",\"source\":\"text\"},"
                + "{\"cell_type\":\"code\",\"source\":\"x\"}],\"nbformat\":4,\"nbformat_minor\":5}");
        assertEquals(0, run("run", file.toString(), "--seed", "0"), err.toString(StandardCharsets.UTF_8));
        Kernel k = new Kernel(0L);
        String expected = stdoutOf(k.runCell("import torch\nx = 1")) + stdoutOf(k.runCell("x"));
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileSaysSoWithStatus2() {
        assertEquals(2, run("run", dir.resolve("nope.py").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("can't open file"), err.toString());
    }

    @Test
    void anInvalidNotebookSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.ipynb"), "{not json");
        assertEquals(2, run("run", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a valid notebook"), err.toString());
    }

    @Test
    void unknownCommandsPrintTheUsage() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"), err.toString());
    }
}
