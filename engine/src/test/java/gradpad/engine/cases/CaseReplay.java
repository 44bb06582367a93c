package gradpad.engine.cases;

import gradpad.engine.GradMode;
import gradpad.engine.TorchException;
import gradpad.engine.Warnings;
import gradpad.engine.ops.VmlLibrary;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads engine_cases.txt and replays a case through gradpad, line by line against what PyTorch
 * printed. No JUnit here: EngineCasesTest runs it on the JVM, and engine/src/test/teavm/cases
 * runs it in TeaVM's JavaScript and WebAssembly GC builds.
 */
public final class CaseReplay {
    private CaseReplay() {
    }

    /** A statement and the lines PyTorch produced for it. */
    public record Step(String statement, List<String> expected) {
    }

    public record Case(String name, List<Step> steps) {
    }

    /** The "# vml: sleef|mkl" header: which library the recording torch used for exp, log, sin, cos, tanh. */
    public static VmlLibrary vmlLibrary(String text) {
        return text.contains("\n# vml: mkl") ? VmlLibrary.MKL : VmlLibrary.SLEEF;
    }

    public static List<Case> parse(String text) {
        List<Case> cases = new ArrayList<>();
        Case current = null;
        for (String line : text.split("\n", -1)) {
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
        return cases;
    }

    /**
     * Runs a case in a fresh namespace, with the recording's vml library; returns null when every
     * line matches, else the first difference.
     */
    public static String run(Case c, VmlLibrary vml) {
        CaseRunner runner = new CaseRunner();
        List<String> warnings = new ArrayList<>();
        Warnings.setSink((category, message) -> warnings.add("~> " + category + ": " + message));
        GradMode.set(true);
        VmlLibrary previousVml = VmlLibrary.set(vml);
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
                String want = String.join("\n", step.expected());
                String got = String.join("\n", actual);
                if (!want.equals(got)) {
                    return c.name() + ": " + step.statement() + "\nexpected:\n" + want + "\nactual:\n" + got;
                }
            }
            return null;
        } finally {
            Warnings.setSink((category, message) -> { });
            GradMode.set(true);
            VmlLibrary.set(previousVml);
        }
    }
}
