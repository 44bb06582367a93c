package gradpad.kernel.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Parses every snippet of syntax_cases.txt (recorded from CPython 3.11 by gen_syntax_cases.py) and
 * compares the AST dump, node positions, or the SyntaxError (class, message, line, offset).
 * Differences listed in known_differences.txt ("name kind" lines) are tolerated and reported.
 */
class SyntaxCorpusTest {

    static final class Case {
        String name;
        String src;
        final List<String> ast = new ArrayList<>();
        final List<String> pos = new ArrayList<>();
        String err;
        String end;
    }

    static List<String> resourceLines(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = SyntaxCorpusTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        Case c = null;
        for (String line : resourceLines("syntax_cases.txt")) {
            if (line.startsWith("=== ")) {
                c = new Case();
                c.name = line.substring(4);
                cases.add(c);
            } else if (line.startsWith("SRC ")) {
                c.src = unescape(line.substring(4));
            } else if (line.startsWith("AST ")) {
                c.ast.add(line.substring(4));
            } else if (line.startsWith("POS ")) {
                c.pos.add(line.substring(4));
            } else if (line.startsWith("ERR ")) {
                c.err = line.substring(4);
            } else if (line.startsWith("END ")) {
                c.end = line.substring(4);
            }
        }
        return cases;
    }

    /** Inverse of the generator's esc(): \\ \' \xNN \\uNNNN \\UNNNNNNNN. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char k = s.charAt(++i);
            int n = k == 'x' ? 2 : k == 'u' ? 4 : k == 'U' ? 8 : 0;
            if (n == 0) {
                sb.append(k);
            } else {
                sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + n), 16));
                i += n;
            }
        }
        return sb.toString();
    }

    /** The neighbourhood of the first differing character, for readable reports. */
    static String firstDifference(String want, String got) {
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "\n      expected ..." + want.substring(from, Math.min(want.length(), i + 40))
            + "\n      got      ..." + got.substring(from, Math.min(got.length(), i + 40));
    }

    static String describe(PySyntaxError e) {
        return e.pythonType + "|" + e.msg + "|" + (e.pythonType.equals("RecursionError") ? 0 : e.line) + "|"
            + (e.pythonType.equals("RecursionError") ? 0 : e.offset);
    }

    @Test
    void corpusMatchesCPython() throws IOException {
        Set<String> known = new HashSet<>();
        for (String line : resourceLines("known_differences.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                known.add(line.trim().split("\\s+")[0] + " " + line.trim().split("\\s+")[1]);
            }
        }
        List<Case> cases = cases();
        assertTrue(cases.size() > 300, "corpus too small: " + cases.size());
        List<String> failures = new ArrayList<>();
        List<String> tolerated = new ArrayList<>();
        int errors = 0;
        for (Case c : cases) {
            String got;
            Module m = null;
            PySyntaxError caught = null;
            try {
                m = Parser.parse(c.src);
                got = null;
            } catch (PySyntaxError e) {
                got = describe(e);
                caught = e;
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(c.name + ": Java exception " + e);
                continue;
            }
            List<String> diffs = new ArrayList<>();
            if (c.err != null) {
                errors++;
                if (got == null) {
                    diffs.add("err|expected " + c.err + " but parsed: " + AstDump.dump(m, false));
                } else if (!got.equals(c.err)) {
                    String[] a = got.split("\\|");
                    String[] b = c.err.split("\\|");
                    boolean sameButOffset = a.length == 4 && b.length == 4 && a[0].equals(b[0]) && a[1].equals(b[1])
                        && a[2].equals(b[2]);
                    diffs.add((sameButOffset ? "offset" : "err") + "|expected " + c.err + "\n      got      " + got);
                } else if (c.end != null && !c.err.startsWith("RecursionError")
                    && !c.end.equals(caught.endLine + "|" + caught.endOffset)) {
                    diffs.add("end|expected end " + c.end + " got " + caught.endLine + "|" + caught.endOffset);
                }
            } else if (got != null) {
                diffs.add("err|expected success but got " + got);
            } else {
                String ast = AstDump.dump(m, false);
                String want = String.join("\n", c.ast);
                if (!ast.equals(want)) {
                    diffs.add("ast|\n      expected " + want + "\n      got      " + ast);
                } else {
                    String pos = AstDump.dump(m, true);
                    String wantPos = String.join("\n", c.pos);
                    if (!pos.equals(wantPos)) {
                        diffs.add("pos|" + firstDifference(wantPos, pos));
                    }
                }
            }
            for (String d : diffs) {
                String kind = d.substring(0, d.indexOf('|'));
                String line = c.name + " [" + kind + "] " + d.substring(d.indexOf('|') + 1);
                if (known.contains(c.name + " " + kind)) {
                    tolerated.add(line);
                } else {
                    failures.add(line);
                }
            }
        }
        System.out.println("syntax corpus: " + cases.size() + " cases (" + errors + " error cases), "
            + failures.size() + " failures, " + tolerated.size() + " known differences");
        for (String t : tolerated) {
            System.out.println("  known: " + t);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " mismatches with CPython:\n" + String.join("\n", failures));
        }
    }
}
