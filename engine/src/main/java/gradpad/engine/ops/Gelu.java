package gradpad.engine.ops;

import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;
import gradpad.engine.math.CrMath;
import gradpad.engine.math.Erf;

/**
 * {@code gelu(x, approximate)}: {@code x * Phi(x)} ("none", with erf) or its tanh approximation,
 * with PyTorch's CPU kernels: the vectorised float32 erf is PyTorch's own polynomial
 * (Abramowitz-Stegun 7.1.26 around SLEEF's exp), the scalar tail calls the C library's erf.
 * {@code GeluBackward0}, and under create_graph {@code GeluBackwardBackward0}.
 */
public final class Gelu {
    private Gelu() {
    }

    private static final float ALPHA = (float) 0.7071067811865476; // M_SQRT1_2
    private static final double BETA_NONE_D = 1.1283791670955126 * 0.7071067811865476 * 0.5; // M_2_SQRTPI * M_SQRT1_2 / 2
    private static final float BETA_NONE = (float) BETA_NONE_D;
    private static final double BETA_TANH_D = 1.4142135623730951 * 1.1283791670955126 * 0.5; // M_SQRT2 * M_2_SQRTPI / 2
    private static final float BETA_TANH = (float) BETA_TANH_D;
    private static final float KAPPA = 0.044715f;

    /** "none" or "tanh", as PyTorch parses the argument. */
    public static boolean isTanh(String approximate) {
        switch (approximate) {
            case "none": return false;
            case "tanh": return true;
            default: throw TorchException.runtime("approximate argument must be either none or tanh.");
        }
    }

    public static Tensor apply(Tensor x, boolean tanh) {
        SleefDF sleef = new SleefDF();
        Tensor out = tanh
                ? ActivationLoops.unary(x, "GeluKernelImpl", (v, vec) -> tanhForm(v, vec, sleef), Gelu::tanhForm64)
                : ActivationLoops.unary(x, oneDnnPath(x, "GeluKernelImpl"), (v, vec) -> {
                    float e = vec ? erfVector(Float32.mul(v, ALPHA), sleef) : erfScalar(Float32.mul(v, ALPHA));
                    return Float32.mul(Float32.mul(v, 0.5f), Float32.add(1f, e));
                }, v -> v * 0.5 * (1.0 + Erf.erf(v * 0.7071067811865476)));
        if (Recording.needsGrad(x)) {
            Recording.record(new GeluBackward0(x, tanh), out, x);
        }
        return out;
    }

    /**
     * Exact gelu on a contiguous float32 tensor of two or more elements goes to oneDNN
     * (PyTorch's use_mkldnn), whose erf is the same polynomial as the vector path here (its exp
     * is oneDNN's, not SLEEF's, which is not modelled: the last bit can differ); other tensors run
     * the scalar loop (measured on torch 1.13.1).
     */
    private static boolean[] oneDnnPath(Tensor x, String kernelName) {
        ActivationLoops.requireFloat(x, kernelName);
        boolean[] vector = new boolean[x.numel()];
        if (x.dtype() == gradpad.engine.DType.FLOAT32 && x.isContiguous() && x.numel() > 1) {
            java.util.Arrays.fill(vector, true);
        }
        return vector;
    }

    private static float tanhForm(float x, boolean vector, SleefDF sleef) {
        float cube = Float32.mul(Float32.mul(x, x), x);
        float inner = Float32.mul(BETA_TANH, Float32.add(x, Float32.mul(KAPPA, cube)));
        float t = vector ? sleef.tanhf(inner) : Float32.round(CrMath.tanh(inner));
        return Float32.mul(Float32.mul(0.5f, x), Float32.add(1f, t));
    }

    private static double tanhForm64(double x) {
        double inner = BETA_TANH_D * (x + 0.044715 * (x * x * x));
        return 0.5 * x * (1.0 + CrMath.tanh(inner));
    }

    /** The C library's erff, correctly rounded here. */
    private static float erfScalar(float v) {
        return Float32.round(Erf.erf(v));
    }

    /** PyTorch's Vectorized<float>::erf: 1 - r(t) * t * exp(-x^2), t = 1 / (1 + p|x|), fused multiply-adds. */
    static float erfVector(float v, SleefDF sleef) {
        float a = Math.abs(v);
        float t = Float32.round(1.0 / Float32.fma(0.3275911f, a, 1f));
        float r = Float32.fma(1.061405429f, t, -1.453152027f);
        r = Float32.fma(r, t, 1.421413741f);
        r = Float32.fma(r, t, -0.284496736f);
        r = Float32.fma(r, t, 0.254829592f);
        float e = sleef.expf(-1.0f * Float32.mul(v, v));
        float y = Float32.fma(Float32.mul(-1.0f * e, t), r, 1f);
        return Float.floatToRawIntBits(v) < 0 ? -1.0f * y : y;
    }

    /** {@code gelu_backward(grad, x, approximate)}, recorded as GeluBackwardBackward0 under create_graph. */
    static Tensor backward(Tensor g, Tensor x, boolean tanh) {
        SleefDF sleef = new SleefDF();
        Tensor out = tanh
                ? ActivationLoops.withGrad(g, x, (dy, v, vec) -> Float32.mul(dy, tanhDerivative(v, vec, sleef)),
                        (dy, v) -> dy * tanhDerivative64(v))
                : ActivationLoops.withGrad(g, x, oneDnnPath(x, "GeluKernelImpl"), (dy, v, vec) -> {
                    float xa = Float32.mul(v, ALPHA);
                    float cdf = Float32.mul(0.5f, Float32.add(1f, vec ? erfVector(xa, sleef) : erfScalar(xa)));
                    float sq = Float32.mul(Float32.mul(v, v), -0.5f);
                    float pdf = Float32.mul(BETA_NONE, vec ? sleef.expf(sq) : Float32.round(Math.exp(sq)));
                    return Float32.mul(dy, Float32.add(cdf, Float32.mul(v, pdf)));
                }, (dy, v) -> {
                    double cdf = 0.5 * (1.0 + Erf.erf(v * 0.7071067811865476));
                    double pdf = BETA_NONE_D * Math.exp(v * v * -0.5);
                    return dy * (cdf + v * pdf);
                });
        if (Recording.needsGrad(g, x)) {
            Recording.record(new GeluBackwardBackward0(g, x, tanh), out, g, x);
        }
        return out;
    }

    private static float tanhDerivative(float x, boolean vector, SleefDF sleef) {
        float sq = Float32.mul(x, x);
        float cube = Float32.mul(sq, x);
        float inner = Float32.mul(BETA_TANH, Float32.add(x, Float32.mul(KAPPA, cube)));
        float t = vector ? sleef.tanhf(inner) : Float32.round(CrMath.tanh(inner));
        float left = Float32.mul(0.5f, x);
        float right = Float32.add(1f, t);
        float leftDerivative = Float32.mul(0.5f, right);
        float tanhDerivative = Float32.sub(1f, Float32.mul(t, t));
        float innerDerivative = Float32.mul(BETA_TANH, Float32.add(1f, Float32.mul(Float32.mul(3f, KAPPA), sq)));
        float rightDerivative = Float32.mul(Float32.mul(left, tanhDerivative), innerDerivative);
        return Float32.add(leftDerivative, rightDerivative);
    }

    private static double tanhDerivative64(double x) {
        double sq = x * x;
        double inner = BETA_TANH_D * (x + 0.044715 * (sq * x));
        double t = CrMath.tanh(inner);
        double rightDerivative = 0.5 * x * (1.0 - t * t) * (BETA_TANH_D * (1.0 + 3.0 * 0.044715 * sq));
        return 0.5 * (1.0 + t) + rightDerivative;
    }

    static final class GeluBackward0 extends Node {
        private final SavedTensor self;
        private final boolean tanh;

        GeluBackward0(Tensor x, boolean tanh) {
            this.self = new SavedTensor(x);
            this.tanh = tanh;
        }

        @Override
        public String name() {
            return "GeluBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {backward(g[0], self.unpack(), tanh)};
        }
    }

    /** gelu_backward's own derivative: gelu_backward again for grad, gelu_double_backward for self. */
    static final class GeluBackwardBackward0 extends Node {
        private final SavedTensor gradOutput;
        private final SavedTensor self;
        private final boolean tanh;

        GeluBackwardBackward0(Tensor gradOutput, Tensor x, boolean tanh) {
            this.gradOutput = new SavedTensor(gradOutput);
            this.self = new SavedTensor(x);
            this.tanh = tanh;
        }

        @Override
        public String name() {
            return "GeluBackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor gGrad = needsInputGrad(0) ? backward(g[0], x, tanh) : null;
            Tensor gSelf = needsInputGrad(1) ? doubleBackward(g[0], gradOutput.unpack(), x, tanh) : null;
            return new Tensor[] {gGrad, gSelf};
        }
    }

    /** PyTorch's gelu_double_backward (FunctionsManual.cpp), in recorded tensor ops. */
    static Tensor doubleBackward(Tensor ggI, Tensor gO, Tensor x, boolean tanh) {
        Tensor d;
        if (tanh) {
            Tensor inner = mul(add(x, mul(Arithmetic.mul(Arithmetic.mul(x, x), x), 0.044715)), BETA_TANH_D);
            Tensor t = Unary.tanh(inner);
            Tensor sech2 = Arithmetic.rsub(Arithmetic.mul(t, t), Tensor.wrappedScalar(1L)); // 1/cosh^2 = 1 - tanh^2
            Tensor f = mul(x, 0.5);
            Tensor h = mul(add(mul(Arithmetic.mul(x, x), 3 * 0.044715), 1.0), BETA_TANH_D);
            Tensor fPrimeGh = Arithmetic.mul(mul(sech2, 0.5), h);
            Tensor gPrime = Arithmetic.mul(mul(Arithmetic.mul(sech2, t), -2.0), h);
            Tensor gPrimeFh = Arithmetic.mul(Arithmetic.mul(f, h), gPrime);
            Tensor hPrimeFg = Arithmetic.mul(Arithmetic.mul(f, sech2), mul(x, 6 * 0.044715 * BETA_TANH_D));
            d = Arithmetic.add(Arithmetic.add(Arithmetic.add(fPrimeGh, fPrimeGh), gPrimeFh), hPrimeFg);
        } else {
            Tensor sq = Arithmetic.mul(x, x);
            Tensor pdf = mul(Unary.exp(mul(sq, -0.5)), BETA_NONE_D);
            d = Arithmetic.sub(mul(pdf, 2.0), Arithmetic.mul(sq, pdf));
        }
        return Arithmetic.mul(Arithmetic.mul(ggI, gO), d);
    }

    private static Tensor mul(Tensor a, double s) {
        return Arithmetic.mul(a, Tensor.wrappedScalar(s));
    }

    private static Tensor add(Tensor a, double s) {
        return Arithmetic.add(a, Tensor.wrappedScalar(s));
    }

    private static Tensor add(Tensor a, Tensor b) {
        return Arithmetic.add(a, b);
    }
}
