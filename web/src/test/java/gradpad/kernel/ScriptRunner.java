package gradpad.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

/**
 * {@code python FILE.py} for the oracle's check script (test classpath only; see
 * src/test/sh/gradpad-run): prints stdout, warnings and the traceback on stderr, exits 1 on an
 * uncaught exception.
 */
public final class ScriptRunner {
    private ScriptRunner() {
    }

    public static void main(String[] args) throws IOException {
        String file = args[0];
        String src = new String(Files.readAllBytes(Paths.get(file)), StandardCharsets.UTF_8);
        Kernel kernel = new Kernel(null);
        if (System.getenv("GRADPAD_TRACE") != null) { // the Java cause of a "gradpad internal error"
            kernel.setInternalErrorListener(cause -> cause.printStackTrace());
        }
        List<Output> outputs = ConformanceCases.onBigStack(() -> kernel.runScript(src, file));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, false, StandardCharsets.UTF_8);
        int rc = 0;
        for (Output o : outputs) {
            if (o instanceof Output.Stream) {
                Output.Stream s = (Output.Stream) o;
                (s.name.equals("stdout") ? out : err).print(s.text);
            } else if (o instanceof Output.Error) {
                out.flush();
                for (String line : ((Output.Error) o).traceback) {
                    err.println(line);
                }
                rc = 1;
            }
        }
        out.flush();
        err.flush();
        System.exit(rc);
    }
}
