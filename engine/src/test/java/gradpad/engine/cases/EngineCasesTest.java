package gradpad.engine.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gradpad.engine.ops.VmlLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * tanh, sigmoid, sin, cos, softmax, log_softmax, logsumexp, losses, and gradients through them);
 * other tensors by their repr, i.e. at PyTorch's printed precision. That is deliberate where
 * gradpad's last bit may legitimately differ: matmul/mm/mv/dot (BLAS, whose order is
 * build-dependent), norms (PyTorch's vector loop is not modelled), float64 transcendentals, and
 * sin/cos of |x| >= 125 (SLEEF's Payne-Hanek reduction is not modelled).
 *
 * <p>The recording torch (Debian's, no MKL) computes exp/log/sin/cos/tanh with SLEEF, so the
 * replay selects {@link VmlLibrary#SLEEF} as the file's header says; gradpad's default,
 * {@link VmlLibrary#MKL}, follows the MKL build PyTorch 2.11 was recorded with (see
 * VmlLibraryTest).
 */
class EngineCasesTest {
    private static final String RESOURCE = "/gradpad/engine/engine_cases.txt";

    static String text() throws IOException {
        try (InputStream in = EngineCasesTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<CaseReplay.Case> readCases() throws IOException {
        return CaseReplay.parse(text());
    }

    @TestFactory
    Stream<DynamicTest> casesRecordedFromPyTorch() throws IOException {
        VmlLibrary vml = CaseReplay.vmlLibrary(text());
        return readCases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String difference = CaseReplay.run(c, vml);
            if (difference != null) {
                fail(difference);
            }
        }));
    }

    @Test
    void theFileCoversTheOps() throws IOException {
        List<CaseReplay.Case> cases = readCases();
        assertTrue(cases.size() >= 80, "cases: " + cases.size());
        long statements = cases.stream().mapToLong(c -> c.steps().size()).sum();
        assertTrue(statements >= 800, "statements: " + statements);
    }
}
