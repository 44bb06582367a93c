package gradpad.engine.ops;

import gradpad.engine.Float32;

/**
 * PyTorch's float32 {@code exp}, {@code log}, {@code tanh}, {@code sin} and {@code cos} where they
 * come from SLEEF (its vector-type kernels on every build, the vml functions on builds without
 * MKL, see {@link VmlLibrary}): SLEEF's
 * u10 routines (xexpf, xlogf_u1, xtanhf, xsinf_u1, xcosf_u1) as built for AVX2, whose
 * multiply-adds are fused. They are not correctly rounded (exp is one ulp off for about one
 * result in ten), so gradpad computes them step by step the same way to print the same digits
 * (checked bit for bit against torch 1.13.1 on thousands of values each). sin and cos follow
 * SLEEF's fast path for |x| < 125; beyond it SLEEF's Payne-Hanek reduction is not modelled and
 * the correctly rounded value is returned, which can differ in the last bit. The routines live
 * in {@link SleefDF}, which rounds every float32 step through a float[] store, so TeaVM's
 * JavaScript gives the same bits as the JVM; these static methods are for single calls.
 */
final class Sleef {
    private Sleef() {
    }

    /** Single calls; the tensor kernels keep one {@link SleefDF} per loop instead. */
    static float expf(float d) {
        return new SleefDF().expf(d);
    }

    /** _mm256_cvtps_epi32: nearest, ties to even (TeaVM's Math.rint does not promise that). */
    static int rint(float v) {
        if (v > -0x1p22f && v < 0x1p22f) {
            return Float32.roundToIntSmall(v);
        }
        double f = Math.floor(v);
        double frac = v - f;
        if (frac > 0.5 || (frac == 0.5 && (((int) f) & 1) != 0)) {
            f += 1;
        }
        return (int) f;
    }

    static float pow2(int e) {
        return Float.intBitsToFloat((e + 0x7f) << 23);
    }

    static float logf(float d) {
        return new SleefDF().logf(d);
    }

    static float tanhf(float x) {
        return new SleefDF().tanhf(x);
    }

    static float sinf(float d) {
        return new SleefDF().sinf(d);
    }

    static float cosf(float d) {
        return new SleefDF().cosf(d);
    }
}
