package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/**
 * {@code torch.dropout} on the CPU: PyTorch's {@code _dropout_impl} builds a noise tensor with
 * {@code bernoulli_(1 - p)}, divides it by {@code 1 - p} and multiplies, so the result records
 * {@code MulBackward0} and its gradient is the same noise. The draws are PyTorch's default
 * {@code bernoulli_} kernel (one uniform double per element), which current PyTorch runs on every
 * public build: its MKL path is disabled (pytorch#132395), and Debian's 1.13 has no MKL.
 */
public final class Dropout {
    private Dropout() {
    }

    public static Tensor dropout(Tensor input, double p, boolean train) {
        if (p == 0 || !train || input.numel() == 0) {
            return input; // the very same tensor, as PyTorch returns it
        }
        if (p == 1) {
            Tensor zero = Tensor.empty(new int[0], input.dtype()); // at::zeros({}, input.options())
            return Arithmetic.mul(input, zero);
        }
        if (!input.dtype().isFloatingPoint()) {
            throw TorchException.runtime("result type Float can't be cast to the desired output type "
                    + input.dtype().scalarTypeName());
        }
        Tensor noise = Tensor.empty(input.shapeRef(), input.dtype()); // empty_like(input).bernoulli_(1 - p)
        if (noise.storage().f64 != null) {
            Random.defaultGenerator().bernoulli(noise.storage().f64, 1 - p);
        } else {
            Random.defaultGenerator().bernoulli(noise.storage().f32, 1 - p);
        }
        noise = Arithmetic.div(noise, Tensor.wrappedScalar(1 - p)); // noise.div_(1 - p), in the noise's dtype
        return Arithmetic.mul(input, noise);
    }
}
