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
 * Workload W2 (docs/benchmarks.md) through the Java API: {@code x} and {@code w} of 1,000,000
 * float32 ({@code w} requires grad), {@code (x * w + 1).tanh().sum().backward()} per iteration;
 * {@code w.grad} accumulates, as in every other system of the comparison.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class W2Benchmark {
    private Tensor x;
    private Tensor w;

    @Setup
    public void setUp() {
        Torch.manualSeed(0);
        x = Torch.randn(1000000);
        w = Torch.randn(1000000).requiresGrad_(true);
    }

    @Benchmark
    public Tensor w2() {
        x.mul(w).add(1).tanh().sum().backward();
        return w.gradRef();
    }
}
