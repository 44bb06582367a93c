import gradpad.kernel.Kernel;
import gradpad.kernel.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * W1..W3 (docs/benchmarks.md) through gradpad's Python kernel on the JVM: the setup cell, then a
 * cell that loops the step N times, timed around {@code Kernel.runCell} exactly as the browser
 * benchmark times {@code run(...)} and bench/pytorch_bench.py times {@code exec}. N is chosen so
 * one run lasts >= BENCH_TARGET_S seconds (default 0.25), after at least BENCH_WARM_S seconds
 * (default 3) of warm-up runs; REPS timed runs give the median per-iteration time. Prints one JSON object per line.
 *
 * Run (after mvn package): java -cp web/target/gradpad.jar bench/jvm/KernelBench.java [W1 W2 W3]
 */
public final class KernelBench {
    static final double TARGET = Double.parseDouble(env("BENCH_TARGET_S", "0.25"));
    static final int REPS = Integer.parseInt(env("BENCH_REPS", "5"));
    static final double WARM_S = Double.parseDouble(env("BENCH_WARM_S", "3"));

    static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? dflt : v;
    }

    static String loopCell(String step, int n) {
        StringBuilder sb = new StringBuilder("for _bench_i in range(" + n + "):\n");
        for (String line : step.split("\n")) {
            sb.append("    ").append(line).append('\n');
        }
        return sb.toString();
    }

    static double timed(Kernel k, String code) {
        long t0 = System.nanoTime();
        List<Output> out = k.runCell(code);
        long t1 = System.nanoTime();
        for (Output o : out) {
            if (o instanceof Output.Error) {
                throw new IllegalStateException("cell failed: " + ((Output.Error) o).traceback);
            }
        }
        return (t1 - t0) / 1e9;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "bench")).resolve("workloads");
        String[] workloads = args.length > 0 ? args : new String[] {"W1", "W2", "W3"};
        System.out.println("{\"info\": \"jvm\", \"java\": \"" + System.getProperty("java.version") + "\"}");
        for (String w : workloads) {
            Kernel k = new Kernel(0L);
            timed(k, Files.readString(dir.resolve(w + ".setup.py")));
            String step = Files.readString(dir.resolve(w + ".step.py"));
            // Warm up (the JIT) for at least WARM_S seconds, with n grown until one run of n
            // iterations lasts >= TARGET; then REPS timed runs of that n.
            int n = 1;
            double spent = 0;
            while (true) {
                double t = timed(k, loopCell(step, n));
                spent += t;
                if (t >= TARGET && spent >= WARM_S) {
                    break;
                }
                if (t < TARGET) {
                    n = Math.max(n * 2, (int) (n * TARGET / Math.max(t, 1e-6) * 1.2));
                }
            }
            double[] times = new double[REPS];
            for (int i = 0; i < REPS; i++) {
                times[i] = timed(k, loopCell(step, n)) / n;
            }
            Arrays.sort(times);
            System.out.println("{\"system\": \"gradpad-jvm\", \"api\": \"kernel\", \"workload\": \"" + w
                    + "\", \"n\": " + n + ", \"median_s\": " + times[REPS / 2] + ", \"min_s\": " + times[0] + "}");
        }
    }
}
