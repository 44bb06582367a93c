package gradpad.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every snippet of cases/public (the oracle's public corpus) and cases/own (ours, recorded by
 * gen_cases.py with real Python + PyTorch) through {@link Kernel#runScript} and compares with what
 * Python printed: stdout plus the last traceback line, and warnings where a .warn file exists.
 * A case listed in known_differences.txt is a deliberate gap: reported as skipped with its reason
 * while it still differs, and a failure once it matches (so the list cannot go stale).
 */
class ConformanceTest {

    @TestFactory
    List<DynamicTest> corpus() throws IOException {
        Map<String, String> known = ConformanceCases.knownDifferences();
        List<DynamicTest> tests = new ArrayList<>();
        for (ConformanceCases.Case c : ConformanceCases.all()) {
            tests.add(DynamicTest.dynamicTest(c.group + "/" + c.name, c.py.toUri(), () -> check(c, known.get(c.name))));
        }
        return tests;
    }

    private static void check(ConformanceCases.Case c, String knownReason) throws IOException {
        ConformanceCases.Result got = ConformanceCases.run(c.source(), c.name + ".py");
        String wantOut = c.expectedOut();
        String wantWarn = c.expectedWarn();
        StringBuilder problems = new StringBuilder();
        if (!got.out.equals(wantOut)) {
            problems.append("output differs:\n").append(ConformanceCases.diff(wantOut, got.out));
        }
        if (wantWarn != null && !got.warn.equals(wantWarn)) {
            problems.append("warnings differ:\n").append(ConformanceCases.diff(wantWarn, got.warn));
        }
        if (knownReason != null) {
            if (problems.length() == 0) {
                fail(c.name + " is listed in known_differences.txt but now matches Python: remove it from the list");
            }
            Assumptions.abort("known difference: " + knownReason + "\n" + problems);
        }
        if (problems.length() > 0) {
            fail(c.group + "/" + c.name + ".py\n" + problems);
        }
    }

    @Test
    void corpusIsComplete() throws IOException {
        List<ConformanceCases.Case> all = ConformanceCases.all();
        int own = 0;
        int pub = 0;
        Set<String> names = new HashSet<>();
        for (ConformanceCases.Case c : all) {
            if (c.group.equals("own")) {
                own++;
            } else {
                pub++;
            }
            assertTrue(names.add(c.name), "duplicate case name " + c.name);
            assertTrue(java.nio.file.Files.exists(c.py.resolveSibling(c.name + ".out")), c.name + " has no .out");
        }
        assertTrue(pub >= 100, "public corpus missing: " + pub);
        assertTrue(own >= 150, "own corpus too small: " + own);
        for (String name : ConformanceCases.knownDifferences().keySet()) {
            assertTrue(names.contains(name), "known_differences.txt names an unknown case " + name);
        }
    }
}
