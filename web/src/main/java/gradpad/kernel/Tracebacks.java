package gradpad.kernel;

import gradpad.kernel.runtime.PyException;
import gradpad.kernel.syntax.PySyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Formats uncaught exceptions: IPython's layout for notebook cells ({@code Cell In[3], line 2}
 * with an arrow at the failing line) and CPython's for scripts ({@code File "x.py", line 2, in f}).
 */
final class Tracebacks {
    private Tracebacks() {
    }

    /** Python's last traceback line: {@code RuntimeError: message} (just the type when there is no message). */
    static String lastLine(String type, String message) {
        return message.isEmpty() ? type : type + ": " + message;
    }

    static List<String> forCell(PyException e, Map<String, String[]> sources) {
        List<String> out = new ArrayList<>();
        out.add("---------------------------------------------------------------------------");
        String type = e.typeName();
        out.add(pad(type, 42) + "Traceback (most recent call last)");
        List<PyException.TraceEntry> trace = e.trace;
        int repeats = 0;
        for (int i = trace.size() - 1; i >= 0; i--) {
            PyException.TraceEntry t = trace.get(i);
            if (i < trace.size() - 1 && same(t, trace.get(i + 1))) {
                if (++repeats >= 3) {
                    if (i == 0 || !same(t, trace.get(i - 1))) {
                        out.add("[... skipping similar frames: " + t.function + " at line " + t.line + " ("
                                + (repeats - 2) + " times)]");
                        out.add("");
                    }
                    continue;
                }
            } else {
                repeats = 0;
            }
            String head = t.file + ", line " + t.line;
            if (!t.function.equals("<module>")) {
                head += ", in " + t.function;
            }
            out.add(head);
            String[] lines = sources.get(t.file);
            if (lines != null) {
                for (int n = Math.max(1, t.line - 2); n <= t.line && n <= lines.length; n++) {
                    String num = String.valueOf(n);
                    String prefix = n == t.line ? arrow(num.length()) : pad("", 7 - num.length());
                    out.add(prefix + num + " " + lines[n - 1]);
                }
            }
            out.add("");
        }
        out.add(lastLine(type, e.message()));
        return out;
    }

    private static boolean same(PyException.TraceEntry a, PyException.TraceEntry b) {
        return a.line == b.line && a.file.equals(b.file) && a.function.equals(b.function);
    }

    /** IPython's arrow: {@code ---->} padded so line numbers stay right-aligned in a 7-column gutter. */
    private static String arrow(int digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5 - digits; i++) {
            sb.append('-');
        }
        return sb.append('>').append(' ').toString();
    }

    static List<String> forScript(PyException e, Map<String, String[]> sources) {
        List<String> out = new ArrayList<>();
        out.add("Traceback (most recent call last):");
        int repeats = 0;
        for (int i = e.trace.size() - 1; i >= 0; i--) {
            PyException.TraceEntry t = e.trace.get(i);
            if (i < e.trace.size() - 1 && same(t, e.trace.get(i + 1))) {
                if (++repeats >= 3) {
                    if (i == 0 || !same(t, e.trace.get(i - 1))) {
                        out.add("  [Previous line repeated " + (repeats - 2) + " more times]");
                    }
                    continue;
                }
            } else {
                repeats = 0;
            }
            out.add("  File \"" + t.file + "\", line " + t.line + ", in " + t.function);
            String[] lines = sources.get(t.file);
            if (lines != null && t.line >= 1 && t.line <= lines.length) {
                out.add("    " + lines[t.line - 1].trim());
            }
        }
        out.add(lastLine(scriptTypeName(e), e.message()));
        return out;
    }

    /** CPython's traceback module qualifies a type outside builtins and __main__: {@code torch._C._LinAlgError}. */
    private static String scriptTypeName(PyException e) {
        gradpad.kernel.runtime.PyClass c = e.value.cls();
        return "__main__".equals(c.module()) ? c.name() : c.qualifiedName();
    }

    static List<String> forSyntaxError(PySyntaxError e, String file, String[] lines, boolean cell) {
        List<String> out = new ArrayList<>();
        out.add(cell ? "  " + file + ", line " + e.line : "  File \"" + file + "\", line " + e.line);
        if (e.line >= 1 && e.line <= lines.length) {
            String src = lines[e.line - 1];
            int removed = 0;
            while (removed < src.length() && Character.isWhitespace(src.charAt(removed))) {
                removed++;
            }
            int end = src.length();
            while (end > removed && Character.isWhitespace(src.charAt(end - 1))) {
                end--;
            }
            out.add("    " + src.substring(removed, end));
            int col = Math.max(1, e.offset - removed);
            int endCol = e.endLine == e.line && e.endOffset > e.offset ? e.endOffset - removed : col + 1;
            StringBuilder caret = new StringBuilder("    ");
            for (int i = 1; i < col; i++) {
                caret.append(' ');
            }
            for (int i = col; i < Math.max(endCol, col + 1); i++) {
                caret.append('^');
            }
            out.add(caret.toString());
        }
        out.add(e.pythonType + ": " + e.msg);
        return out;
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
