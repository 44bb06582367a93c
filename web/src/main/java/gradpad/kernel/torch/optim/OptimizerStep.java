package gradpad.kernel.torch.optim;

import gradpad.engine.Float32;
import gradpad.engine.Tensor;

/**
 * The update rules, element by element in the parameter's storage (no autograd), with PyTorch's
 * float32 rounding: {@code p.add_(g, alpha=-lr)} is a fused multiply-add in PyTorch's AVX2 kernel.
 */
final class OptimizerStep {
    private OptimizerStep() {
    }

    static void sgd(Optimizers.OptimizerInstance o) {
        o.lr = Optimizers.learningRate(o);
        for (int k = 0; k < o.params.size(); k++) {
            Tensor p = o.params.get(k);
            Tensor gt = p.gradRef();
            if (gt == null) {
                continue;
            }
            if (p.storage().f32 == null || !p.isContiguous()) {
                throw gradpad.kernel.runtime.Errors.runtimeError("gradpad: optimizers need contiguous float32 "
                        + "parameters");
            }
            float[] w = p.storage().f32;
            int off = p.storageOffset();
            float[] g = gt.toFloatArray();
            int n = g.length;
            if (o.weightDecay != 0) {
                float wd = Float32.round(o.weightDecay);
                for (int i = 0; i < n; i++) {
                    g[i] = Float32.fma(w[off + i], wd, g[i]);
                }
            }
            if (o.momentum != 0) {
                float mom = Float32.round(o.momentum);
                float damp = Float32.round(1 - o.dampening);
                float[] buf = o.bufA.get(k) == null ? null : o.bufA.get(k).storage().f32;
                if (buf == null) {
                    buf = g.clone();
                    o.bufA.set(k, Tensor.of(buf, n));
                } else {
                    for (int i = 0; i < n; i++) {
                        buf[i] = Float32.fma(g[i], damp, buf[i] * mom);
                    }
                }
                if (o.nesterov) {
                    for (int i = 0; i < n; i++) {
                        g[i] = Float32.fma(buf[i], mom, g[i]);
                    }
                } else {
                    g = buf;
                }
            }
            float negLr = Float32.round(-o.lr);
            for (int i = 0; i < n; i++) {
                w[off + i] = Float32.fma(g[i], negLr, w[off + i]);
            }
            p.versionCounter().bump();
        }
    }

    static void adam(Optimizers.OptimizerInstance o) {
        o.lr = Optimizers.learningRate(o);
        o.steps++;
        double bc1 = 1 - Math.pow(o.beta1, o.steps);
        double bc2 = 1 - Math.pow(o.beta2, o.steps);
        double stepSize = o.lr / bc1;
        double bc2Sqrt = Math.sqrt(bc2);
        float oneMinusB1 = Float32.round(1 - o.beta1);
        float b2 = Float32.round(o.beta2);
        float oneMinusB2 = Float32.round(1 - o.beta2);
        float eps = Float32.round(o.eps);
        float negStep = Float32.round(-stepSize);
        float bc2s = Float32.round(bc2Sqrt);
        for (int k = 0; k < o.params.size(); k++) {
            Tensor p = o.params.get(k);
            Tensor gt = p.gradRef();
            if (gt == null) {
                continue;
            }
            if (p.storage().f32 == null || !p.isContiguous()) {
                throw gradpad.kernel.runtime.Errors.runtimeError("gradpad: optimizers need contiguous float32 "
                        + "parameters");
            }
            float[] w = p.storage().f32;
            int off = p.storageOffset();
            float[] g = gt.toFloatArray();
            int n = g.length;
            if (o.bufA.get(k) == null) {
                o.bufA.set(k, Tensor.of(new float[n], n));
                o.bufB.set(k, Tensor.of(new float[n], n));
            }
            if (o.amsgrad && o.bufC.get(k) == null) {
                o.bufC.set(k, Tensor.of(new float[n], n));
            }
            float[] m = o.bufA.get(k).storage().f32;
            float[] v = o.bufB.get(k).storage().f32;
            float[] vMax = o.amsgrad ? o.bufC.get(k).storage().f32 : null;
            float wd = Float32.round(o.weightDecay);
            for (int i = 0; i < n; i++) {
                float gi = o.weightDecay != 0 ? Float32.fma(w[off + i], wd, g[i]) : g[i];
                // exp_avg.lerp_(grad, 1 - beta1): weight < 0.5, so self + weight * (end - self), fused
                m[i] = Float32.fma(oneMinusB1, Float32.round(gi - m[i]), m[i]);
                // exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                float decayed = v[i] * b2;
                v[i] = Float32.fma(oneMinusB2, Float32.round(gi * gi), decayed);
                float second = v[i];
                if (vMax != null) {
                    // torch.maximum(max_exp_avg_sqs[i], exp_avg_sq, out=max_exp_avg_sqs[i]); NaN wins
                    float seen = vMax[i];
                    vMax[i] = seen != seen || second != second ? Float.NaN : seen > second ? seen : second;
                    second = vMax[i];
                }
                float denom = Float32.round(Float32.round(Math.sqrt(second)) / bc2s);
                denom = Float32.round(denom + eps);
                // param.addcdiv_(exp_avg, denom, value=-step_size)
                w[off + i] = Float32.fma(negStep, Float32.round(m[i] / denom), w[off + i]);
            }
            p.versionCounter().bump();
        }
    }
}
