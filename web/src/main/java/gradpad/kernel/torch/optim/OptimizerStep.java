package gradpad.kernel.torch.optim;

import gradpad.engine.Float32;
import gradpad.engine.Tensor;

/**
 * The update rules, element by element in the parameter's storage (no autograd), with PyTorch's
 * float32 rounding: {@code p.add_(g, alpha=-lr)} is a fused multiply-add in PyTorch's AVX2 kernel,
 * and so are {@code lerp_} and {@code addcmul_}. Every float product passed on is
 * rounded through {@link Float32#round}: the JS build keeps float locals in double precision.
 */
final class OptimizerStep {
    private OptimizerStep() {
    }

    /** The parameter's float32 storage; the update loops index it from {@code storageOffset()}. */
    private static float[] weights(Tensor p) {
        if (p.storage().f32 == null || !p.isContiguous()) {
            throw gradpad.kernel.runtime.Errors.runtimeError("gradpad: optimizers need contiguous float32 "
                    + "parameters");
        }
        return p.storage().f32;
    }

    /** A copy of the gradient, negated for {@code maximize=True} ({@code -1f *} keeps -0.0 in Wasm). */
    private static float[] gradient(OptimizerInstance o, Tensor gt) {
        float[] g = gt.toFloatArray();
        if (o.maximize) {
            for (int i = 0; i < g.length; i++) {
                g[i] = -1f * g[i];
            }
        }
        return g;
    }

    /** A per-parameter state buffer (zeros on the first step), or null when this variant has none. */
    private static float[] state(java.util.List<Tensor> slots, int k, int n, boolean wanted) {
        if (!wanted) {
            return null;
        }
        if (slots.get(k) == null) {
            slots.set(k, Tensor.of(new float[n], n));
        }
        return slots.get(k).storage().f32;
    }

    /** {@code self.lerp_(end, weight)}: PyTorch's two-sided formula, fused as its vector kernel fuses it. */
    private static float lerp(float self, float end, float weight) {
        float diff = Float32.round(end - self);
        return Math.abs(weight) < 0.5f ? Float32.fma(weight, diff, self)
                : Float32.fma(-1f * Float32.round(1 - weight), diff, end);
    }

    /**
     * {@code self.addcmul_(t1, t2, value=v)}: PyTorch computes {@code self + v * t1 * t2}, which the
     * compiler contracts to {@code fma(v * t1, t2, self)} (measured against torch on 64-element
     * tensors: every element equal; the other association differs in 1.6%).
     */
    private static float addcmul(float self, float t1, float t2, float value) {
        return Float32.fma(Float32.round(value * t1), t2, self);
    }

    /** {@code self.addcdiv_(t1, t2, value=v)}: {@code self + v * t1 / t2}, nothing to fuse around the division. */
    private static float addcdiv(float self, float t1, float t2, float value) {
        return Float32.round(self + Float32.round(Float32.round(value * t1) / t2));
    }

    static void sgd(OptimizerInstance o) {
        o.stepCalled = true;
        float negLr = Float32.round(-o.learningRate());
        for (int k = 0; k < o.params.size(); k++) {
            Tensor p = o.params.get(k);
            Tensor gt = p.gradRef();
            if (gt == null) {
                continue;
            }
            float[] w = weights(p);
            int off = p.storageOffset();
            float[] g = gradient(o, gt);
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
                        buf[i] = Float32.fma(g[i], damp, Float32.round(buf[i] * mom));
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
            for (int i = 0; i < n; i++) {
                w[off + i] = Float32.fma(g[i], negLr, w[off + i]);
            }
            p.versionCounter().bump();
        }
    }

    /** Adam and AdamW ({@code decoupledWeightDecay}: the parameter shrinks before the moments). */
    static void adam(OptimizerInstance o) {
        o.stepCalled = true;
        double lr = o.learningRate();
        o.steps++;
        double bc1 = 1 - Math.pow(o.beta1, o.steps);
        double bc2 = 1 - Math.pow(o.beta2, o.steps);
        double stepSize = lr / bc1;
        double bc2Sqrt = Math.sqrt(bc2);
        float oneMinusB1 = Float32.round(1 - o.beta1);
        float b2 = Float32.round(o.beta2);
        float oneMinusB2 = Float32.round(1 - o.beta2);
        float eps = Float32.round(o.eps);
        float negStep = Float32.round(-stepSize);
        float bc2s = Float32.round(bc2Sqrt);
        boolean coupledDecay = o.weightDecay != 0 && !o.decoupledWeightDecay;
        float wd = Float32.round(o.weightDecay);
        float shrink = Float32.round(1 - lr * o.weightDecay);
        for (int k = 0; k < o.params.size(); k++) {
            Tensor p = o.params.get(k);
            Tensor gt = p.gradRef();
            if (gt == null) {
                continue;
            }
            float[] w = weights(p);
            int off = p.storageOffset();
            float[] g = gradient(o, gt);
            int n = g.length;
            float[] m = state(o.bufA, k, n, true);
            float[] v = state(o.bufB, k, n, true);
            float[] vMax = state(o.bufC, k, n, o.amsgrad);
            for (int i = 0; i < n; i++) {
                if (o.decoupledWeightDecay && o.weightDecay != 0) {
                    w[off + i] = w[off + i] * shrink; // param.mul_(1 - lr * weight_decay)
                }
                float gi = coupledDecay ? Float32.fma(w[off + i], wd, g[i]) : g[i];
                m[i] = lerp(m[i], gi, oneMinusB1); // exp_avg.lerp_(grad, 1 - beta1)
                // exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                float decayed = Float32.round(v[i] * b2);
                v[i] = addcmul(decayed, gi, gi, oneMinusB2);
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
                w[off + i] = addcdiv(w[off + i], m[i], denom, negStep);
            }
            p.versionCounter().bump();
        }
    }

    /** RMSprop: square_avg in bufA, grad_avg (centered) in bufB, the momentum buffer in bufC. */
    static void rmsprop(OptimizerInstance o) {
        o.stepCalled = true;
        float negLr = Float32.round(-o.learningRate());
        float alpha = Float32.round(o.alpha);
        float oneMinusAlpha = Float32.round(1 - o.alpha);
        float eps = Float32.round(o.eps);
        float wd = Float32.round(o.weightDecay);
        float mom = Float32.round(o.momentum);
        for (int k = 0; k < o.params.size(); k++) {
            Tensor p = o.params.get(k);
            Tensor gt = p.gradRef();
            if (gt == null) {
                continue;
            }
            float[] w = weights(p);
            int off = p.storageOffset();
            float[] g = gradient(o, gt);
            int n = g.length;
            float[] sq = state(o.bufA, k, n, true);
            float[] ga = state(o.bufB, k, n, o.centered);
            float[] buf = state(o.bufC, k, n, o.momentum > 0);
            for (int i = 0; i < n; i++) {
                float gi = o.weightDecay != 0 ? Float32.fma(w[off + i], wd, g[i]) : g[i];
                // square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha)
                sq[i] = addcmul(Float32.round(sq[i] * alpha), gi, gi, oneMinusAlpha);
                float avg;
                if (ga != null) {
                    ga[i] = lerp(ga[i], gi, oneMinusAlpha); // grad_avg.lerp_(grad, 1 - alpha)
                    // square_avg.addcmul(grad_avg, grad_avg, value=-1).sqrt_()
                    avg = Float32.round(Math.sqrt(addcmul(sq[i], ga[i], ga[i], -1f)));
                } else {
                    avg = Float32.round(Math.sqrt(sq[i]));
                }
                avg = Float32.round(avg + eps);
                if (buf != null) {
                    // buf.mul_(momentum).addcdiv_(grad, avg); param.add_(buf, alpha=-lr)
                    buf[i] = addcdiv(Float32.round(buf[i] * mom), gi, avg, 1f);
                    w[off + i] = Float32.fma(buf[i], negLr, w[off + i]);
                } else {
                    // param.addcdiv_(grad, avg, value=-lr)
                    w[off + i] = addcdiv(w[off + i], gi, avg, negLr);
                }
            }
            p.versionCounter().bump();
        }
    }
}
