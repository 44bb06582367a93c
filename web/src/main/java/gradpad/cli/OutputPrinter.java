package gradpad.cli;

import gradpad.kernel.Output;
import java.io.PrintStream;
import java.util.List;

/** Prints kernel outputs the way {@code python FILE.py} would show them on a terminal. */
final class OutputPrinter {
    private final PrintStream out;
    private final PrintStream err;

    OutputPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Prints every output; returns true if one of them was an error. */
    boolean print(List<Output> outputs) {
        boolean failed = false;
        for (Output o : outputs) {
            if (o instanceof Output.Stream) {
                Output.Stream s = (Output.Stream) o;
                if ("stderr".equals(s.name)) {
                    toErr(s.text);
                } else {
                    out.print(s.text);
                }
            } else if (o instanceof Output.ExecuteResult) {
                out.print(((Output.ExecuteResult) o).text);
                out.print('\n');
            } else if (o instanceof Output.DisplayData) {
                out.print(((Output.DisplayData) o).text);
                out.print('\n');
            } else if (o instanceof Output.Error) {
                toErr(traceback((Output.Error) o));
                failed = true;
            }
        }
        out.flush();
        err.flush();
        return failed;
    }

    /** Flush stdout first so that, on a terminal, stderr text lands where Python would put it. */
    private void toErr(String text) {
        out.flush();
        err.print(text);
        err.flush();
    }

    /**
     * Python's layout: "Traceback (most recent call last):", the frames, then
     * "ExceptionType: message" as the last line (just "ExceptionType" when the message is empty).
     * The kernel's traceback lines are used as given; the header and last line are added if missing.
     */
    static String traceback(Output.Error e) {
        String last = e.evalue == null || e.evalue.isEmpty() ? e.ename : e.ename + ": " + e.evalue;
        List<String> lines = e.traceback == null ? List.of() : e.traceback;
        StringBuilder sb = new StringBuilder();
        if (lines.isEmpty() || !lines.get(0).startsWith("Traceback")) {
            sb.append("Traceback (most recent call last):\n");
        }
        for (String line : lines) {
            sb.append(line);
            if (!line.endsWith("\n")) {
                sb.append('\n');
            }
        }
        String text = sb.toString();
        if (!text.endsWith(last + "\n")) {
            sb.append(last).append('\n');
        }
        return sb.toString();
    }
}
