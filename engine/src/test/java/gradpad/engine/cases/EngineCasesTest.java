package gradpad.engine.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.engine.GradMode;
import gradpad.engine.TorchException;
import gradpad.engine.Warnings;
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
 * Replays engine_cases.txt, recorded from real PyTorch by gen_engine_cases.py (and rewritten to
 * what 2.11 prints), through gradpad's Java API: every statement's value, exception and warnings
 * must come out as PyTorch's, to the character. Values a case asks for with bits(...) are
 * compared bit for bit (arithmetic, sums and means, max/min, var/std, prod, float32 exp, log,
 * tanh, sigmoid, softmax, log_softmax, logsumexp, losses, and gradients through them); other
 * tensors by their repr, i.e. at PyTorch's printed precision. That is deliberate where
 * gradpad's last bit may legitimately differ: sin and cos (SLEEF in PyTorch, correctly rounded
 * here), matmul/mm/mv/dot (BLAS, whose order is build-dependent), norms (PyTorch's vector loop
 * is not modelled) and float64 transcendentals.
 */
class EngineCasesTest {
    private static final String RESOURCE = "/gradpad/engine/engine_cases.txt";

    /** A statement and the lines PyTorch produced for it. */
    record Step(String statement, List<String> expected) {
    }

    record Case(String name, List<Step> steps) {
    }

    static List<Case> readCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = EngineCasesTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Case current = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("case ")) {
                    current = new Case(line.substring(5), new ArrayList<>());
                } else if (line.equals("end")) {
                    cases.add(current);
                } else if (line.startsWith("> ")) {
                    current.steps().add(new Step(line.substring(2), new ArrayList<>()));
                } else {
                    current.steps().get(current.steps().size() - 1).expected().add(line);
                }
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> casesRecordedFromPyTorch() throws IOException {
        return readCases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> replay(c)));
    }

    @Test
    void theFileCoversTheOps() throws IOException {
        List<Case> cases = readCases();
        assertTrue(cases.size() >= 70, "cases: " + cases.size());
        long statements = cases.stream().mapToLong(c -> c.steps().size()).sum();
        assertTrue(statements >= 700, "statements: " + statements);
    }

    private static void replay(Case c) {
        CaseRunner runner = new CaseRunner();
        List<String> warnings = new ArrayList<>();
        Warnings.setSink((category, message) -> warnings.add("~> " + category + ": " + message));
        GradMode.set(true);
        try {
            for (Step step : c.steps()) {
                warnings.clear();
                List<String> actual = new ArrayList<>();
                try {
                    Object v = runner.run(CaseLanguage.parse(step.statement()));
                    actual.addAll(warnings);
                    if (v != null) {
                        for (String line : CaseRunner.fmt(v).split("\n", -1)) {
                            actual.add(line.isEmpty() ? "->" : "-> " + line);
                        }
                    }
                } catch (TorchException e) {
                    actual.addAll(warnings);
                    actual.add("!> " + e.pythonType() + ": " + e.getMessage());
                }
                assertEquals(String.join("\n", step.expected()), String.join("\n", actual),
                        c.name() + ": " + step.statement());
            }
        } finally {
            Warnings.setSink((category, message) -> { });
            GradMode.set(true);
        }
    }
}
