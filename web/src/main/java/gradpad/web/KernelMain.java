package gradpad.web;

import gradpad.kernel.Kernel;
import org.teavm.jso.JSExport;

/**
 * The kernel's entry point in the browser, compiled by TeaVM to JavaScript (UMD) and to
 * WebAssembly GC. The page talks to it through two exported functions that take and return
 * strings only, so both builds expose exactly the same protocol:
 *
 * <ul>
 *   <li>{@code start(seed)}: a fresh kernel; {@code ""} seeds non-deterministically, digits give
 *       a fixed seed (as {@code torch.manual_seed}). Returns an outputs array, empty on success.
 *   <li>{@code run(code)}: runs one cell; returns its outputs as an nbformat {@code outputs} JSON
 *       array.
 * </ul>
 *
 * Every Throwable becomes an error output: a page must never go blank because the kernel threw.
 * (Wasm traps cannot be caught here; the page's JS catches those.)
 */
public final class KernelMain {
    private static Kernel kernel;

    private KernelMain() {
    }

    /** Python calls the browser's stack holds with room to spare (it overflows near 600). */
    static final int BROWSER_RECURSION_LIMIT = 300;

    public static void main(String[] args) {
        // Nothing to do: the page calls start() with the seed it chose.
    }

    @JSExport
    public static String start(String seed) {
        // A failed start must not leave the previous session running under a seed nobody asked for.
        kernel = null;
        try {
            kernel = newKernel(parseSeed(seed));
            return "[]";
        } catch (Throwable t) {
            return internalError(t);
        }
    }

    @JSExport
    public static String run(String code) {
        try {
            if (kernel == null) {
                kernel = newKernel(null);
            }
            return OutputJson.toJson(kernel.runCell(code == null ? "" : code));
        } catch (Throwable t) {
            return internalError(t);
        }
    }

    /** A kernel with the browser's limits: its recursion limit and the page's Stop flag. */
    private static Kernel newKernel(Long seed) {
        Kernel k = new Kernel(seed);
        k.setRecursionLimit(BROWSER_RECURSION_LIMIT);
        k.setInterruptPoll(KernelMain::interruptRequested);
        return k;
    }

    /**
     * Benchmark hook (bench/, docs/benchmarks.md): runs {@code iterations} steps of workload
     * {@code "W1"}, {@code "W2"} or {@code "W3"} through the engine's Java API, for the caller to
     * time; returns a value of the result, or {@code "error: ..."}.
     */
    @JSExport
    public static String bench(String workload, int iterations) {
        try {
            return BenchWorkloads.run(workload, iterations);
        } catch (Throwable t) {
            return "error: " + t;
        }
    }

    /** Whether the page asked to stop: its host defines self.gradpadInterrupted on isolated pages. */
    @org.teavm.jso.JSBody(script = "return typeof self !== 'undefined' && typeof self.gradpadInterrupted === 'function'"
            + " && self.gradpadInterrupted() === true;")
    private static native boolean hostInterrupted();

    private static boolean pollUnavailable;

    /** The kernel's interrupt poll; on the JVM (tests) the JS function does not exist. */
    static boolean interruptRequested() {
        if (pollUnavailable) {
            return false;
        }
        try {
            return hostInterrupted();
        } catch (Throwable t) {
            pollUnavailable = true;
            return false;
        }
    }

    /** {@code ""} or null: non-deterministic; otherwise a decimal integer. */
    static Long parseSeed(String seed) {
        if (seed == null || seed.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(Long.parseLong(seed.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed must be an integer, got " + Json.quote(seed));
        }
    }

    private static String internalError(Throwable t) {
        String message;
        try {
            message = String.valueOf(t);
        } catch (Throwable nested) {
            message = "(no message)";
        }
        return OutputJson.errorJson("InternalError", "the kernel failed: " + message);
    }
}
