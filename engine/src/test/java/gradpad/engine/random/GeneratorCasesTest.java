package gradpad.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays random_cases.txt (written by gen_random_cases.py from the oracle's randn_ref.py and
 * checked against torch 1.13.1) through {@link Generator}, bit for bit.
 */
class GeneratorCasesTest {
    private static final String RESOURCE = "/gradpad/engine/random/random_cases.txt";

    /** One "case ... end" block: its name and its op lines. */
    record Case(String name, List<String> ops) {
    }

    static List<Case> readCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = GeneratorCasesTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name = null;
            List<String> ops = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("case ")) {
                    name = line.substring(5);
                    ops = new ArrayList<>();
                } else if (line.equals("end")) {
                    cases.add(new Case(name, ops));
                } else {
                    ops.add(line);
                }
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> casesFromThePythonReference() throws IOException {
        return readCases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> replay(c)));
    }

    @Test
    void theFileCoversTheBrief() throws IOException {
        List<Case> cases = readCases();
        assertTrue(cases.size() >= 130, "cases: " + cases.size());
        long deviations = cases.stream().flatMap(c -> c.ops().stream())
                .flatMap(op -> Stream.of(op.split(" "))).filter(v -> v.contains("~")).count();
        // glibc's log/sin/cos are not correctly rounded for these few float64 values; see the script
        assertEquals(2, deviations, "known float64 deviations from torch");
    }

    private static void replay(Case c) {
        Generator g = new Generator(0);
        for (String op : c.ops()) {
            String[] halves = op.split(" = ", 2);
            String[] a = halves[0].split(" ");
            String[] want = halves.length > 1 ? halves[1].split(" ") : new String[0];
            switch (a[0]) {
                case "seed" -> {
                    g.manualSeed(Long.parseLong(a[1]));
                    assertEquals(a[2], Long.toUnsignedString(g.initialSeed()), op);
                }
                case "randn", "normal", "rand", "uniform" -> checkFloats(g, a, want, op);
                case "randint" -> {
                    long[] out = new long[Integer.parseInt(a[1])];
                    g.randint(out, Long.parseLong(a[2]), Long.parseLong(a[3]));
                    for (int i = 0; i < out.length; i++) {
                        assertEquals(want[i], Long.toString(out[i]), op + " [" + i + "]");
                    }
                }
                case "random", "random64" -> {
                    for (int i = 0; i < Integer.parseInt(a[1]); i++) {
                        long v = a[0].equals("random") ? g.random() : g.random64();
                        assertEquals(want[i], Long.toUnsignedString(v), op + " [" + i + "]");
                    }
                }
                default -> throw new AssertionError("unknown op " + op);
            }
        }
    }

    private static void checkFloats(Generator g, String[] a, String[] want, String op) {
        int n = Integer.parseInt(a[2]);
        boolean f32 = a[1].equals("f32");
        double p = a.length > 3 ? Double.parseDouble(a[3]) : 0.0;
        double q = a.length > 4 ? Double.parseDouble(a[4]) : 0.0;
        String[] got = new String[n];
        if (f32) {
            float[] out = new float[n];
            switch (a[0]) {
                case "randn" -> g.randn(out);
                case "normal" -> g.normal(out, p, q);
                case "rand" -> g.rand(out);
                default -> g.uniform(out, p, q);
            }
            for (int i = 0; i < n; i++) {
                got[i] = hex(Float.floatToRawIntBits(out[i]) & 0xFFFFFFFFL, 8);
            }
        } else {
            double[] out = new double[n];
            switch (a[0]) {
                case "randn" -> g.randn(out);
                case "normal" -> g.normal(out, p, q);
                case "rand" -> g.rand(out);
                default -> g.uniform(out, p, q);
            }
            for (int i = 0; i < n; i++) {
                got[i] = hex(Double.doubleToRawLongBits(out[i]), 16);
            }
        }
        assertEquals(n, want.length, op);
        for (int i = 0; i < n; i++) {
            // "torch~gradpad": gradpad's correctly rounded libm differs from glibc's last bit
            String expected = want[i].contains("~") ? want[i].substring(want[i].indexOf('~') + 1) : want[i];
            assertEquals(expected, got[i], op + " [" + i + "]");
        }
    }

    private static String hex(long bits, int digits) {
        String h = Long.toHexString(bits);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }
}
