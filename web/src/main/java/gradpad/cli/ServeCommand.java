package gradpad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code serve [--port N] [--dir PATH]}: serves the playground next to the jar. */
final class ServeCommand {
    static final int DEFAULT_PORT = 8000;

    private ServeCommand() {
    }

    static int main(String[] args, PrintStream out, PrintStream err) {
        int port = DEFAULT_PORT;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            if ("--port".equals(args[i]) && i + 1 < args.length) {
                port = parsePort(args[++i]);
            } else if ("--dir".equals(args[i]) && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else {
                throw new Main.UsageException("unexpected argument '" + args[i] + "'");
            }
        }
        if (dir == null) {
            dir = defaultPlayground();
        }
        if (dir == null || !Files.isRegularFile(dir.resolve("index.html"))) {
            err.print("gradpad: no playground found at " + dir
                    + " (build it with `mvn -q -B package -DskipTests`, or pass --dir PATH)\n");
            return 1;
        }
        try {
            StaticServer server = StaticServer.start(dir, port);
            out.print("Serving " + dir.toAbsolutePath() + "\n");
            out.print("gradpad playground: " + server.url() + "  (Ctrl+C to stop)\n");
            out.flush();
            return 0;
        } catch (BindException e) {
            err.print("gradpad: port " + port + " is already in use; pick another with --port N"
                    + " (--port 0 picks a free one)\n");
            return 1;
        } catch (IOException e) {
            err.print("gradpad: cannot serve on port " + port + ": " + e.getMessage() + "\n");
            return 1;
        }
    }

    /** The jar lives in web/target/; the site it serves is web/target/playground/. */
    static Path defaultPlayground() {
        try {
            Path codeSource = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.toAbsolutePath().getParent().resolve("playground");
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Main.UsageException("--port needs a number from 0 to 65535, got '" + text + "'");
    }
}
