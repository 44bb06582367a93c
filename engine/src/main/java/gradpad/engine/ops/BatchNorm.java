package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Float64;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code native_batch_norm(input, weight, bias, running_mean, running_var, training, momentum,
 * eps)} on an (N, C, *) tensor, as PyTorch 2.11's single-threaded CPU kernels compute it
 * (batch_norm_kernel.cpp, Normalization.cpp): statistics per channel, then
 * {@code out = x * alpha + beta} with alpha = invstd * weight and beta = bias - mean * alpha,
 * both as the fused multiply-adds GCC makes of them in the AVX2 build. In training mode the
 * running statistics are updated in place (unbiased variance) without being recorded.
 */
public final class BatchNorm {
    private BatchNorm() {
    }

    /** Returns {output, save_mean, save_invstd}; the output's grad_fn is NativeBatchNormBackward0. */
    public static Tensor[] nativeBatchNorm(Tensor input, Tensor weight, Tensor bias, Tensor runningMean,
            Tensor runningVar, boolean training, double momentum, double eps) {
        DType dt = input.dtype();
        if (dt != DType.FLOAT32 && dt != DType.FLOAT64) {
            throw TorchException.runtime("\"batch_norm\" not implemented for '" + dt.scalarTypeName() + "'");
        }
        int channels = input.size(1);
        check("running_mean", channels, runningMean);
        check("running_var", channels, runningVar);
        if (!training && (runningMean == null || runningVar == null)) {
            throw TorchException.runtime((runningMean == null ? "running_mean" : "running_var")
                    + " must be defined in evaluation mode");
        }
        check("weight", channels, weight);
        check("bias", channels, bias);
        Tensor x = Conversion.contiguousData(input);
        int batch = input.size(0);
        int image = input.numel() / Math.max(1, batch * channels);
        double[] mean = new double[channels];
        double[] invstd = new double[channels];
        if (training) {
            double[] varSum = new double[channels];
            if (dt == DType.FLOAT32) {
                statsFloat(x.storage().f32, x.storageOffset(), batch, channels, image, mean, varSum);
            } else {
                statsDouble(x.storage().f64, x.storageOffset(), batch, channels, image, mean, varSum);
            }
            int n = batch * image;
            for (int c = 0; c < channels; c++) {
                double v = varSum[c] / n; // InvStd in double (acc_type), stored in the tensor's dtype
                double s = v != 0 || eps != 0 ? 1.0 / Math.sqrt(v + eps) : 0.0;
                invstd[c] = dt == DType.FLOAT32 ? Float32.round(s) : s;
            }
            updateRunning(runningMean, runningVar, mean, varSum, n, momentum, dt);
        } else {
            for (int c = 0; c < channels; c++) {
                mean[c] = runningMean.doubleAt(c);
                double rv = runningVar.doubleAt(c);
                // opmath (float for float): 1 / sqrt(running_var + float(eps)), each step rounded
                invstd[c] = dt == DType.FLOAT32
                        ? Float32.round(1.0 / Float32.sqrt(Float32.add((float) rv, Float32.round(eps))))
                        : 1.0 / Math.sqrt(rv + eps);
            }
        }
        Tensor out = apply(x, input.shape(), channels, image, weight, bias, mean, invstd);
        Tensor saveMean = Tensor.empty(new int[] {training ? channels : 0}, dt);
        Tensor saveInvstd = Tensor.empty(new int[] {training ? channels : 0}, dt);
        if (training) {
            for (int c = 0; c < channels; c++) {
                saveMean.storage().setDouble(c, mean[c]);
                saveInvstd.storage().setDouble(c, invstd[c]);
            }
        }
        Tensor[] inputs = {input, weight, bias};
        if (Recording.needsGrad(inputs)) {
            Recording.record(new NativeBatchNormBackward0(input, weight, bias, training, eps, runningMean,
                    runningVar), out, inputs);
        }
        return new Tensor[] {out, saveMean, saveInvstd};
    }

    private static void check(String name, int channels, Tensor t) {
        if (t != null && t.numel() != channels) {
            throw TorchException.runtime(name + " should contain " + channels + " elements not " + t.numel());
        }
    }

    /**
     * float32 statistics. (N, C) is channels-last for PyTorch (image size 1): per-channel float
     * sums row by row into a buffer, the variance buffer by fused multiply-adds. Otherwise
     * the contiguous kernel: a double sum, the mean rounded to float, then double sums of the
     * float squares (x - mean)^2.
     */
    private static void statsFloat(float[] a, int off, int batch, int channels, int image, double[] mean,
            double[] varSum) {
        int n = batch * image;
        if (image == 1 && n > 1) {
            float[] buf = new float[channels];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < channels; c++) {
                    buf[c] = buf[c] + a[off + i * channels + c];
                }
            }
            float[] m = new float[channels];
            for (int c = 0; c < channels; c++) {
                m[c] = Float32.round((double) buf[c] / n);
                mean[c] = m[c];
                buf[c] = 0f;
            }
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < channels; c++) {
                    float d = Float32.sub(a[off + i * channels + c], m[c]);
                    buf[c] = Float32.fma(d, d, buf[c]);
                }
            }
            for (int c = 0; c < channels; c++) {
                varSum[c] = buf[c];
            }
            return;
        }
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int b = 0; b < batch; b++) {
                int base = off + (b * channels + c) * image;
                for (int i = 0; i < image; i++) {
                    sum += a[base + i];
                }
            }
            float m = Float32.round(sum / n);
            mean[c] = m;
            double s = 0;
            float[] sq = new float[1]; // the float product, rounded as C++ rounds it before the double add
            for (int b = 0; b < batch; b++) {
                int base = off + (b * channels + c) * image;
                for (int i = 0; i < image; i++) {
                    float d = Float32.sub(a[base + i], m);
                    sq[0] = d * d;
                    s += sq[0];
                }
            }
            varSum[c] = Float32.round(s);
        }
    }

    /** float64: the same two kernels in double, where GCC fuses the squares into the sums. */
    private static void statsDouble(double[] a, int off, int batch, int channels, int image, double[] mean,
            double[] varSum) {
        int n = batch * image;
        boolean lanes = image == 1 && n > 1;
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int b = 0; b < batch; b++) {
                int base = off + (lanes ? b * channels + c : (b * channels + c) * image);
                for (int i = 0; i < image; i++) {
                    sum += a[base + i];
                }
            }
            double m = sum / n;
            mean[c] = m;
            double s = 0;
            for (int b = 0; b < batch; b++) {
                int base = off + (lanes ? b * channels + c : (b * channels + c) * image);
                for (int i = 0; i < image; i++) {
                    double d = a[base + i] - m;
                    s = Float64.fma(d, d, s);
                }
            }
            varSum[c] = s;
        }
    }

    /**
     * Normalization.cpp: {@code momentum * mean + (1 - momentum) * running} with momentum in the
     * parameters' dtype; the variance term takes the unbiased variance in double.
     */
    private static void updateRunning(Tensor runningMean, Tensor runningVar, double[] mean, double[] varSum, int n,
            double momentum, DType dt) {
        boolean f32 = dt == DType.FLOAT32;
        double mom = f32 ? Float32.round(momentum) : momentum;
        double keep = f32 ? Float32.round(1.0 - mom) : 1.0 - mom;
        for (int c = 0; c < mean.length; c++) {
            if (runningMean != null) {
                double rm = runningMean.doubleAt(c);
                double v = f32 ? Float32.add(Float32.round(mom * mean[c]), Float32.round(keep * rm))
                        : mom * mean[c] + keep * rm;
                runningMean.storage().setDouble(runningMean.storageIndex(c), v);
            }
            if (runningVar != null) {
                double unbiased = varSum[c] / (n - 1);
                double rv = runningVar.doubleAt(c);
                double kept = f32 ? Float32.round(keep * rv) : keep * rv;
                double v = mom * unbiased;
                runningVar.storage().setDouble(runningVar.storageIndex(c), v + kept);
            }
        }
        if (runningMean != null) {
            runningMean.versionCounter().bump();
        }
        if (runningVar != null) {
            runningVar.versionCounter().bump();
        }
    }

    /** {@code out = fma(x, alpha, beta)} with {@code beta = fma(-mean, alpha, bias)}, per channel. */
    private static Tensor apply(Tensor x, int[] shape, int channels, int image, Tensor weight, Tensor bias,
            double[] mean, double[] invstd) {
        DType dt = x.dtype();
        Tensor out = Tensor.empty(shape, dt);
        int total = x.numel();
        int off = x.storageOffset();
        if (dt == DType.FLOAT32) {
            float[] alpha = new float[channels];
            float[] beta = new float[channels];
            for (int c = 0; c < channels; c++) {
                float w = weight == null ? 1f : (float) weight.doubleAt(c);
                float b = bias == null ? 0f : (float) bias.doubleAt(c);
                alpha[c] = Float32.round((double) (float) invstd[c] * w);
                beta[c] = Float32.fma((float) (-1.0 * mean[c]), alpha[c], b);
            }
            float[] a = x.storage().f32;
            float[] o = out.storage().f32;
            for (int i = 0; i < total; i++) {
                int c = (i / image) % channels;
                o[i] = Float32.fma(a[off + i], alpha[c], beta[c]);
            }
        } else {
            double[] alpha = new double[channels];
            double[] beta = new double[channels];
            for (int c = 0; c < channels; c++) {
                double w = weight == null ? 1.0 : weight.doubleAt(c);
                double b = bias == null ? 0.0 : bias.doubleAt(c);
                alpha[c] = invstd[c] * w;
                beta[c] = Float64.fma(-1.0 * mean[c], alpha[c], b);
            }
            double[] a = x.storage().f64;
            double[] o = out.storage().f64;
            for (int i = 0; i < total; i++) {
                int c = (i / image) % channels;
                o[i] = Float64.fma(a[off + i], alpha[c], beta[c]);
            }
        }
        return out;
    }

    static final class NativeBatchNormBackward0 extends Node {
        private final SavedTensor input;
        private final SavedTensor weight;
        private final SavedTensor runningMean;
        private final SavedTensor runningVar;
        private final boolean training;
        private final double eps;

        NativeBatchNormBackward0(Tensor input, Tensor weight, Tensor bias, boolean training, double eps,
                Tensor runningMean, Tensor runningVar) {
            this.input = new SavedTensor(input);
            this.weight = weight == null ? null : new SavedTensor(weight);
            // eval mode reads the running statistics, which a later training step may change
            this.runningMean = training || runningMean == null ? null : new SavedTensor(runningMean.detach());
            this.runningVar = training || runningVar == null ? null : new SavedTensor(runningVar.detach());
            this.training = training;
            this.eps = eps;
        }

        @Override
        public String name() {
            return "NativeBatchNormBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            Tensor w = weight == null ? null : weight.unpack();
            int dim = x.dim();
            int[] dims = new int[dim - 1];
            for (int d = 0, k = 0; d < dim; d++) {
                if (d != 1) {
                    dims[k++] = d;
                }
            }
            int[] bshape = new int[dim];
            java.util.Arrays.fill(bshape, 1);
            bshape[1] = x.size(1);
            Tensor wb = w == null ? null : Views.reshape(w, bshape);
            boolean[] needed = {needsInputGrad(0), needsInputGrad(1), needsInputGrad(2)};
            int[] pshape = {x.size(1)};
            if (training) {
                return NormGradients.normalized(g[0], x, wb, dims, eps, dims, pshape, needed);
            }
            // eval: the running statistics are constants
            Tensor rstd = Arithmetic.pow(Arithmetic.add(Views.reshape(runningVar.unpack(), bshape),
                    Tensor.wrappedScalar(eps)), Tensor.wrappedScalar(-0.5));
            Tensor[] out = new Tensor[3];
            if (needed[0]) {
                out[0] = Arithmetic.mul(wb == null ? g[0] : Arithmetic.mul(g[0], wb), rstd);
            }
            if (needed[1]) {
                Tensor xhat = Arithmetic.mul(Arithmetic.sub(x, Views.reshape(runningMean.unpack(), bshape)), rstd);
                out[1] = Reductions.sum(Arithmetic.mul(g[0], xhat), dims, false, null);
            }
            if (needed[2]) {
                out[2] = Reductions.sum(g[0], dims, false, null);
            }
            return out;
        }
    }
}
