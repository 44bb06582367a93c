package gradpad.engine.ops;

import gradpad.engine.Tensor;

/**
 * The backward of {@code y = (x - mean) * rstd * weight + bias} (batch_norm in training mode,
 * layer_norm), written with tensor ops on x itself so that {@code create_graph=True} gets a
 * differentiable gradient, statistics included. The forward's statistics are recomputed here:
 * the gradients agree with PyTorch's fused kernels to float32 rounding, not to the bit.
 */
final class NormGradients {
    private NormGradients() {
    }

    /**
     * Gradients for x, weight and bias (null where not needed). {@code dims}: the dims each
     * statistic reduces; {@code paramDims}: the dims summed for the weight's and bias's
     * gradients, then viewed as {@code paramShape}; {@code weight} already broadcasts against x.
     */
    static Tensor[] normalized(Tensor g, Tensor x, Tensor weight, int[] dims, double eps, int[] paramDims,
            int[] paramShape, boolean[] needed) {
        Tensor centered = Arithmetic.sub(x, Reductions.mean(x, dims, true, null));
        Tensor var = Reductions.mean(Arithmetic.mul(centered, centered), dims, true, null);
        Tensor rstd = Arithmetic.pow(Arithmetic.add(var, Tensor.wrappedScalar(eps)), Tensor.wrappedScalar(-0.5));
        Tensor xhat = Arithmetic.mul(centered, rstd);
        Tensor[] out = new Tensor[3];
        if (needed[0]) {
            Tensor gy = weight == null ? g : Arithmetic.mul(g, weight);
            Tensor meanGy = Reductions.mean(gy, dims, true, null);
            Tensor proj = Arithmetic.mul(xhat, Reductions.mean(Arithmetic.mul(gy, xhat), dims, true, null));
            out[0] = Arithmetic.mul(rstd, Arithmetic.sub(Arithmetic.sub(gy, meanGy), proj));
        }
        if (needed[1]) {
            out[1] = Views.reshape(sumOver(Arithmetic.mul(g, xhat), paramDims), paramShape);
        }
        if (needed[2]) {
            out[2] = Views.reshape(sumOver(g, paramDims), paramShape);
        }
        return out;
    }

    /** An empty dim list reduces nothing here (sum(dim=[]) would reduce everything). */
    private static Tensor sumOver(Tensor t, int[] dims) {
        return dims.length == 0 ? t : Reductions.sum(t, dims, false, null);
    }
}
