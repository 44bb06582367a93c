package gradpad.cli;

import gradpad.kernel.Kernel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code run FILE.py} (as {@code python FILE.py}) or {@code run FILE.ipynb} (cells in order). */
final class RunCommand {
    private RunCommand() {
    }

    static int main(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        Long seed = null;
        for (int i = 0; i < args.length; i++) {
            if ("--seed".equals(args[i]) && i + 1 < args.length) {
                seed = parseSeed(args[++i]);
            } else if (file == null && !args[i].startsWith("--")) {
                file = args[i];
            } else {
                throw new Main.UsageException("unexpected argument '" + args[i] + "'");
            }
        }
        if (file == null) {
            throw new Main.UsageException("run needs a FILE.py or FILE.ipynb");
        }
        String source;
        try {
            source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.print("gradpad: can't open file '" + file + "': No such file or directory\n");
            return 2;
        } catch (IOException e) {
            err.print("gradpad: can't read file '" + file + "': " + e.getMessage() + "\n");
            return 2;
        }
        Kernel kernel = new Kernel(seed);
        OutputPrinter printer = new OutputPrinter(out, err);
        if (file.endsWith(".ipynb")) {
            return runNotebook(kernel, printer, file, source, err);
        }
        return printer.print(kernel.runScript(source, file)) ? 1 : 0;
    }

    /** Like {@code jupyter nbconvert --execute}: stops at the first cell that raises. */
    private static int runNotebook(Kernel kernel, OutputPrinter printer, String file, String json,
            PrintStream err) {
        List<String> cells;
        try {
            cells = Notebook.codeCells(json);
        } catch (IllegalArgumentException e) {
            err.print("gradpad: " + file + " is not a valid notebook: " + e.getMessage() + "\n");
            return 2;
        }
        for (String cell : cells) {
            if (printer.print(kernel.runCell(cell))) {
                return 1;
            }
        }
        return 0;
    }

    private static Long parseSeed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Main.UsageException("--seed needs an integer, got '" + text + "'");
        }
    }
}
