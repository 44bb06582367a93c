package gradpad.web;

import gradpad.engine.Tensor;
import gradpad.engine.Torch;

/**
 * The benchmark workloads W1..W3 (docs/benchmarks.md) through the engine's Java API, for the
 * benchmark page (bench/ in the repository; the page itself is never shipped). The page times
 * {@link KernelMain#bench} from JS, so nothing here reads a clock. Mirrors the JMH classes in
 * engine/src/test/java/gradpad/engine/bench/.
 */
final class BenchWorkloads {
    private static String current = "";
    private static Tensor x;
    private static Tensor w;
    private static Tensor[] params;
    private static Tensor bigX;
    private static Tensor bigY;
    private static Tensor last;

    private BenchWorkloads() {
    }

    /** Runs {@code iterations} steps of {@code workload} ("W1", "W2", "W3"); a new name sets it up anew. */
    static String run(String workload, int iterations) {
        if (!workload.equals(current)) {
            setUp(workload);
        }
        for (int i = 0; i < iterations; i++) {
            switch (workload) {
                case "W1":
                    last = w1();
                    break;
                case "W2":
                    last = w2();
                    break;
                default:
                    last = w3();
                    break;
            }
        }
        return last == null ? "" : String.valueOf(last.doubleAt(0));
    }

    private static void setUp(String workload) {
        Torch.manualSeed(0);
        x = null;
        w = null;
        params = null;
        bigX = null;
        bigY = null;
        last = null;
        if (workload.equals("W2")) {
            x = Torch.randn(1000000);
            w = Torch.randn(1000000).requiresGrad_(true);
        } else if (workload.equals("W3")) {
            bigX = Torch.randn(256, 64);
            bigY = Torch.randn(256, 10);
            params = new Tensor[] {
                Torch.randn(64, 256).mul(0.1).requiresGrad_(true),
                Torch.zeros(256).requiresGrad_(true),
                Torch.randn(256, 10).mul(0.1).requiresGrad_(true),
                Torch.zeros(10).requiresGrad_(true)
            };
        } else if (!workload.equals("W1")) {
            throw new IllegalArgumentException("unknown workload " + workload);
        }
        current = workload;
    }

    private static Tensor w1() {
        Tensor a = Torch.randn(3).requiresGrad_(true);
        Tensor y = a.add(2);
        Tensor z = y.mul(y);
        Tensor loss = z.mean();
        loss.backward();
        return a.gradRef();
    }

    private static Tensor w2() {
        x.mul(w).add(1).tanh().sum().backward();
        return w.gradRef();
    }

    private static Tensor w3() {
        Tensor h = bigX.matmul(params[0]).add(params[1]).tanh();
        Tensor out = h.matmul(params[2]).add(params[3]);
        Tensor loss = out.sub(bigY).pow(2).mean();
        loss.backward();
        Torch.noGrad(() -> {
            for (Tensor p : params) {
                p.sub_(p.gradRef().mul(0.01));
                p.gradRef().zero_();
            }
            return null;
        });
        return loss;
    }
}
