package casecheck;

import gradpad.engine.cases.CaseReplay;
import java.util.List;
import org.teavm.jso.JSExport;

/** Exposes the engine-case replay to check-node.js / index.html. */
public final class Main {
    public static void main(String[] args) {
    }

    /** Replays every case of an engine_cases.txt text; returns "N cases, M failed" and the first differences. */
    @JSExport
    public static String replay(String text) {
        List<CaseReplay.Case> cases = CaseReplay.parse(text);
        gradpad.engine.ops.VmlLibrary vml = CaseReplay.vmlLibrary(text);
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        for (CaseReplay.Case c : cases) {
            String difference;
            try {
                difference = CaseReplay.run(c, vml);
            } catch (RuntimeException e) {
                difference = c.name() + ": " + e;
            }
            if (difference != null) {
                failed++;
                if (failed <= 10) {
                    failures.append("FAIL ").append(difference).append('\n');
                }
            }
        }
        return failures + "" + cases.size() + " cases, " + failed + " failed";
    }
}
