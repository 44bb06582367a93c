package gradpad.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A notebook kernel: runs cells against one persistent namespace, like an IPython kernel.
 * The same class runs on the JVM (tests, command-line runner) and in the browser (TeaVM).
 *
 * <p>PLACEHOLDER: the interpreter is being written; until then {@link #runCell} echoes the cell so
 * the pipeline around it can be built and tested.
 */
public final class Kernel {
    private int executionCount;

    /**
     * @param seed the random generator's seed, or {@code null} for a fresh non-deterministic seed,
     *     as PyTorch does at process start
     */
    public Kernel(Long seed) {
    }

    /** Runs one cell as Jupyter does: the trailing expression's value is displayed. */
    public List<Output> runCell(String source) {
        executionCount++;
        List<Output> out = new ArrayList<>();
        out.add(new Output.Stream("stdout", "placeholder kernel: " + source.length() + " chars\n"));
        return out;
    }

    /** Runs a whole script as {@code python FILE.py} does: no display of expression values. */
    public List<Output> runScript(String source, String fileName) {
        List<Output> out = new ArrayList<>();
        out.add(new Output.Stream("stdout", "placeholder kernel: " + source.length() + " chars\n"));
        return out;
    }

    public int executionCount() {
        return executionCount;
    }
}
