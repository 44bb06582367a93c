package gradpad.engine.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the expectation files written by gen_format_cases.py (real CPython): one case per line,
 * tab-separated fields with backslash escapes. Collects mismatches so one run shows them all.
 */
final class TsvCases {
    private final List<String> failures = new ArrayList<>();
    private int checked;

    static List<String[]> read(String name) {
        InputStream in = TsvCases.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = unescape(f[i]);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static double dbl(String hexBits) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16));
    }

    static String hex(double v) {
        String h = Long.toHexString(Double.doubleToRawLongBits(v));
        return "0000000000000000".substring(h.length()) + h;
    }

    void check(String what, String expected, String actual) {
        checked++;
        if (!expected.equals(actual)) {
            failures.add(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    /** Runs a computation expected to give {@code expected} or, for "!Type", to raise. */
    void checkOutcome(String what, String[] row, int col, java.util.function.Supplier<String> run) {
        String expected = row[col].startsWith("!") ? row[col].substring(1) + ": " + row[col + 1] : row[col];
        String actual;
        try {
            actual = run.get();
        } catch (FormatError e) {
            actual = e.toString();
        }
        check(what, expected, actual);
    }

    void assertAllPassed(int minCases) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(20, failures.size()); i++) {
            sb.append('\n').append(failures.get(i));
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " failed:" + sb);
        assertTrue(checked >= minCases, "only " + checked + " cases checked");
    }
}
