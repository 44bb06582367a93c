package gradpad.engine.bench;

import gradpad.engine.Tensor;
import gradpad.engine.Torch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workload W3 (docs/benchmarks.md) through the Java API: one training step of a 64 -> 256 -> 10
 * tanh MLP on a batch of 256, mean squared error, backward, SGD update (lr 0.01) under no_grad.
 * The same code as bench/workloads/W3.*.py.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W3Benchmark {
    private Tensor x;
    private Tensor y;
    private Tensor[] params;

    @Setup
    public void setUp() {
        Torch.manualSeed(0);
        x = Torch.randn(256, 64);
        y = Torch.randn(256, 10);
        params = new Tensor[] {
            Torch.randn(64, 256).mul(0.1).requiresGrad_(true),
            Torch.zeros(256).requiresGrad_(true),
            Torch.randn(256, 10).mul(0.1).requiresGrad_(true),
            Torch.zeros(10).requiresGrad_(true)
        };
    }

    @Benchmark
    public Tensor w3() {
        Tensor h = x.matmul(params[0]).add(params[1]).tanh();
        Tensor out = h.matmul(params[2]).add(params[3]);
        Tensor loss = out.sub(y).pow(2).mean();
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
