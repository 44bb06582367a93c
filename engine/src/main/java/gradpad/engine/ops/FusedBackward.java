package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Tensor;

/**
 * One-pass kernels for the elementwise backward formulas PyTorch fuses ({@code tanh_backward},
 * {@code sigmoid_backward}, relu's {@code threshold_backward}), used when the backward itself is
 * not recorded ({@code create_graph=False}). Each step is stored into the output array, so float32
 * rounds after every operation exactly as the unfused tensor ops (and PyTorch's kernels) do.
 */
final class FusedBackward {
    static final int TANH = 0;
    static final int SIGMOID = 1;
    static final int RELU = 2;

    private FusedBackward() {
    }

    private static boolean allZero(int[] strides) {
        for (int s : strides) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }

    /** The gradient, or null when the inputs do not suit the fast path (the caller uses tensor ops). */
    static Tensor apply(int kind, Tensor grad, Tensor y) {
        if (GradMode.isEnabled() || grad.dtype() != y.dtype() || !y.isContiguous()
                || !java.util.Arrays.equals(grad.shapeRef(), y.shapeRef())) {
            return null;
        }
        // The gradient is dense, or one value broadcast everywhere (sum's backward): stride 1 or 0.
        int gs = grad.isContiguous() ? 1 : allZero(grad.stridesRef()) ? 0 : -1;
        if (gs < 0) {
            return null;
        }
        int n = y.numel();
        int go = grad.storageOffset();
        int yo = y.storageOffset();
        if (y.dtype() == DType.FLOAT32) {
            float[] g = grad.storage().f32;
            float[] v = y.storage().f32;
            float[] o = new float[n];
            switch (kind) {
                case TANH:
                    for (int i = 0; i < n; i++) {
                        o[i] = v[yo + i] * v[yo + i];
                        o[i] = 1f - o[i];
                        o[i] = g[go + i * gs] * o[i];
                    }
                    break;
                case SIGMOID:
                    for (int i = 0; i < n; i++) {
                        o[i] = 1f - v[yo + i];
                        o[i] = g[go + i * gs] * o[i];
                        o[i] = o[i] * v[yo + i];
                    }
                    break;
                default:
                    for (int i = 0; i < n; i++) {
                        o[i] = v[yo + i] <= 0f ? 0f : g[go + i * gs];
                    }
            }
            return Tensor.of(o, y.shape());
        }
        if (y.dtype() == DType.FLOAT64) {
            double[] g = grad.storage().f64;
            double[] v = y.storage().f64;
            double[] o = new double[n];
            for (int i = 0; i < n; i++) {
                double yv = v[yo + i];
                switch (kind) {
                    case TANH: o[i] = g[go + i * gs] * (1.0 - yv * yv); break;
                    case SIGMOID: o[i] = g[go + i * gs] * (1.0 - yv) * yv; break;
                    default: o[i] = yv <= 0 ? 0.0 : g[go + i * gs];
                }
            }
            return Tensor.of(o, y.shape());
        }
        return null;
    }
}
