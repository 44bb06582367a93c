package gradpad.kernel;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The conformance corpus on disk and gradpad's side of the comparison, shaped exactly as
 * /work/shared/oracle/check shapes it: stdout, then the last traceback line of an uncaught
 * exception; warnings as {@code Category: message} lines; every {@code " at 0x<hex>"} written
 * {@code " at 0xADDR"}.
 */
final class ConformanceCases {
    static final String ROOT = "gradpad/kernel/cases";
    private static final Pattern ADDR = Pattern.compile(" at 0x[0-9a-fA-F]+");
    private static final Pattern WARN = Pattern.compile("\\b([A-Za-z]*Warning): (.*)$");

    private ConformanceCases() {
    }

    /** One snippet with what real Python + PyTorch printed for it. */
    static final class Case {
        final String group;
        final String name;
        final Path py;

        Case(String group, Path py) {
            this.group = group;
            this.py = py;
            String f = py.getFileName().toString();
            this.name = f.substring(0, f.length() - 3);
        }

        String source() throws IOException {
            return read(py);
        }

        String expectedOut() throws IOException {
            return readIfExists(sibling(".out"));
        }

        /** Null when the case has no .warn file (then warnings are not compared, as in check). */
        String expectedWarn() throws IOException {
            Path w = sibling(".warn");
            return Files.exists(w) ? read(w) : null;
        }

        private Path sibling(String ext) {
            return py.resolveSibling(name + ext);
        }
    }

    /** gradpad's output for one snippet, in the oracle's shape. */
    static final class Result {
        final String out;
        final String warn;

        Result(String out, String warn) {
            this.out = out;
            this.warn = warn;
        }
    }

    /**
     * The cases folder: the source tree when the test runs from the web module (so a deleted or
     * edited case is never shadowed by a stale copy in target/), else the test classpath.
     */
    static Path root() {
        Path source = Paths.get("src", "test", "resources").resolve(ROOT);
        if (Files.isDirectory(source)) {
            return source;
        }
        URL url = ConformanceCases.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("missing test resource folder " + ROOT);
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every *.py of cases/public and cases/own, sorted by group then name. */
    static List<Case> all() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String group : new String[] {"public", "own"}) {
            Path dir = root().resolve(group);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".py")).forEach(files::add);
            }
            Collections.sort(files);
            for (Path p : files) {
                out.add(new Case(group, p));
            }
        }
        return out;
    }

    /** known_differences.txt: {@code case_name reason...} per line, '#' comments. */
    static Map<String, String> knownDifferences() throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        Path p = root().resolve("known_differences.txt");
        if (!Files.exists(p)) {
            return known;
        }
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int sp = t.indexOf(' ');
            known.put(sp < 0 ? t : t.substring(0, sp), sp < 0 ? "" : t.substring(sp + 1).trim());
        }
        return known;
    }

    /**
     * Runs a snippet as {@code python FILE.py} would, in a fresh kernel, on a thread with a large
     * stack: each Python call level costs ~17 Java frames, so Python's recursion limit of 1000
     * needs more than the JVM's default 1 MB (the kernel turns a StackOverflowError into
     * RecursionError, but then at a depth that depends on the JIT's frame sizes).
     */
    static Result run(String source, String file) {
        return onBigStack(() -> shape(new Kernel(0L).runScript(source, file)));
    }

    interface Job<T> {
        T run();
    }

    static <T> T onBigStack(Job<T> job) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = job.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "kernel", 256L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure[0] instanceof RuntimeException) {
            throw (RuntimeException) failure[0];
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }

    static Result shape(List<Output> outputs) {
        StringBuilder out = new StringBuilder();
        StringBuilder warn = new StringBuilder();
        for (Output o : outputs) {
            if (o instanceof Output.Stream) {
                Output.Stream s = (Output.Stream) o;
                if (s.name.equals("stdout")) {
                    out.append(s.text);
                } else {
                    for (String line : s.text.split("\n")) {
                        Matcher m = WARN.matcher(line);
                        if (m.find()) {
                            warn.append(m.group(1)).append(": ").append(m.group(2)).append('\n');
                        }
                    }
                }
            } else if (o instanceof Output.Error) {
                out.append(lastLine((Output.Error) o)).append('\n');
            } else if (o instanceof Output.ExecuteResult) {
                out.append("<<execute_result in a script: ").append(((Output.ExecuteResult) o).text).append(">>\n");
            }
        }
        return new Result(normalise(out.toString()), normalise(warn.toString()));
    }

    /** The last traceback line, as Python prints it on stderr. */
    static String lastLine(Output.Error e) {
        if (e.traceback != null && !e.traceback.isEmpty()) {
            return e.traceback.get(e.traceback.size() - 1);
        }
        return e.evalue.isEmpty() ? e.ename : e.ename + ": " + e.evalue;
    }

    static String normalise(String s) {
        return ADDR.matcher(s).replaceAll(" at 0xADDR");
    }

    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    static String readIfExists(Path p) throws IOException {
        return Files.exists(p) ? read(p) : "";
    }

    /** A line diff of expected vs actual text (small texts: a plain LCS table is fine). */
    static String diff(String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder("--- python\n+++ gradpad\n");
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                sb.append("  ").append(a[i]).append('\n');
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                sb.append("+ ").append(b[j++]).append('\n');
            } else {
                sb.append("- ").append(a[i++]).append('\n');
            }
        }
        return sb.toString();
    }
}
