package gradpad.engine;

import gradpad.engine.ops.Creation;
import gradpad.engine.ops.Joining;
import gradpad.engine.ops.LinearAlgebra;
import gradpad.engine.ops.Pointwise;
import gradpad.engine.ops.Random;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@code torch} namespace for Java callers: creation functions, the default generator and
 * grad-mode scopes. {@code Tensor}'s own methods cover the rest.
 */
public final class Torch {
    private Torch() {
    }

    /** {@code torch.tensor(data)}: nested lists of Double/Long/Boolean, dtype inferred as PyTorch does. */
    public static Tensor tensor(Object data) {
        return Creation.tensor(data, null);
    }

    public static Tensor tensor(Object data, DType dtype, boolean requiresGrad) {
        return Creation.tensor(data, dtype).withRequiresGrad(requiresGrad);
    }

    public static Tensor tensor(float... values) {
        return Tensor.of(values.clone(), values.length);
    }

    public static Tensor zeros(int... shape) {
        return Creation.zeros(shape, DType.FLOAT32);
    }

    public static Tensor ones(int... shape) {
        return Creation.ones(shape, DType.FLOAT32);
    }

    public static Tensor randn(int... shape) {
        return Random.randn(shape, DType.FLOAT32);
    }

    public static Tensor rand(int... shape) {
        return Random.rand(shape, DType.FLOAT32);
    }

    public static void manualSeed(long seed) {
        Random.defaultGenerator().manualSeed(seed);
    }

    public static Tensor cat(List<Tensor> tensors, int dim) {
        return Joining.cat(tensors.toArray(new Tensor[0]), dim);
    }

    public static Tensor stack(List<Tensor> tensors, int dim) {
        return Joining.stack(tensors.toArray(new Tensor[0]), dim);
    }

    /** {@code torch.where(condition, input, other)}; wrap Python numbers with {@link Tensor#wrappedScalar}. */
    public static Tensor where(Tensor condition, Tensor input, Tensor other) {
        return Pointwise.where(condition, input, other);
    }

    public static Tensor maximum(Tensor a, Tensor b) {
        return Pointwise.maximum(a, b, true);
    }

    public static Tensor minimum(Tensor a, Tensor b) {
        return Pointwise.maximum(a, b, false);
    }

    public static Tensor matmul(Tensor a, Tensor b) {
        return LinearAlgebra.matmul(a, b);
    }

    /** Runs {@code body} with gradient recording off, like {@code with torch.no_grad():}. */
    public static <T> T noGrad(Supplier<T> body) {
        boolean previous = GradMode.set(false);
        try {
            return body.get();
        } finally {
            GradMode.set(previous);
        }
    }
}
