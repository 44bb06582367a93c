package gradpad.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code java -jar gradpad.jar run FILE.py|FILE.ipynb} or {@code serve [--port N]}. */
public final class Main {
    private static final String USAGE = String.join("\n",
            "usage: java -jar gradpad.jar run FILE.py | FILE.ipynb [--seed N]",
            "       java -jar gradpad.jar serve [--port N]",
            "");

    private Main() {
    }

    public static void main(String[] args) {
        // Python writes UTF-8 whatever the locale; so do we (the JVM's default follows LANG).
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        if (status != 0 || !"serve".equals(args.length > 0 ? args[0] : "")) {
            System.exit(status);
        }
    }

    /** Runs a command; returns the process exit status. {@code serve} returns 0 and keeps serving. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        try {
            switch (args[0]) {
                case "run":
                    return RunCommand.main(tail(args), out, err);
                case "serve":
                    return ServeCommand.main(tail(args), out, err);
                case "-h":
                case "--help":
                case "help":
                    out.print(USAGE);
                    return 0;
                default:
                    err.print("gradpad: unknown command '" + args[0] + "'\n" + USAGE);
                    return 2;
            }
        } catch (UsageException e) {
            err.print("gradpad: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
    }

    private static String[] tail(String[] args) {
        String[] rest = new String[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return rest;
    }

    /** A malformed command line: reported with the usage text and exit status 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
