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
 * Workload W1 (docs/benchmarks.md): the seed notebook's computation through the engine's Java API,
 * {@code x = randn(3, requires_grad=True); y = x + 2; z = y * y; loss = z.mean(); loss.backward()}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class W1Benchmark {
    @Setup
    public void seed() {
        Torch.manualSeed(0);
    }

    @Benchmark
    public Tensor w1() {
        Tensor x = Torch.randn(3).requiresGrad_(true);
        Tensor y = x.add(2);
        Tensor z = y.mul(y);
        Tensor loss = z.mean();
        loss.backward();
        return x.gradRef();
    }
}
