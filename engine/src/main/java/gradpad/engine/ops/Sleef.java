package gradpad.engine.ops;

import gradpad.engine.Float32;

/**
 * PyTorch's float32 {@code exp}, {@code log}, {@code tanh}, {@code sin} and {@code cos}: SLEEF's
 * u10 routines (xexpf, xlogf_u1, xtanhf, xsinf_u1, xcosf_u1) as built for AVX2, whose
 * multiply-adds are fused. They are not correctly rounded (exp is one ulp off for about one
 * result in ten), so gradpad computes them step by step the same way to print the same digits
 * (checked bit for bit against torch 1.13.1 on thousands of values each). sin and cos follow
 * SLEEF's fast path for |x| < 125; beyond it SLEEF's Payne-Hanek reduction is not modelled and
 * the correctly rounded value is returned, which can differ in the last bit. Every float32 step goes through {@link Float32}, so
 * TeaVM's JavaScript gives the same bits as the JVM.
 */
final class Sleef {
    private static final float R_LN2F = 1.442695040888963407359924681001892137426645954152985934135449406931f;
    private static final float L2UF = 0.693145751953125f;
    private static final float L2LF = 1.428606765330187045e-06f;

    private Sleef() {
    }

    /** xexpf: exp(d) = 2^q * exp(s), s = d - q ln 2 in two fused steps, a degree-6 polynomial for exp(s). */
    static float expf(float d) {
        if (d != d) {
            return d;
        }
        if (d < -104f) {
            return 0f;
        }
        if (100f < d) {
            return Float.POSITIVE_INFINITY;
        }
        float qf = Float32.mul(d, R_LN2F);
        int q = rint(qf);
        float fq = (float) q;
        float s = Float32.fma(fq, -L2UF, d);
        s = Float32.fma(fq, -L2LF, s);
        float u = 0.000198527617612853646278381f;
        u = Float32.fma(u, s, 0.00139304355252534151077271f);
        u = Float32.fma(u, s, 0.00833336077630519866943359f);
        u = Float32.fma(u, s, 0.0416664853692054748535156f);
        u = Float32.fma(u, s, 0.166666671633720397949219f);
        u = Float32.fma(u, s, 0.5f);
        float ss = Float32.mul(s, s);
        u = Float32.add(1.0f, Float32.fma(ss, u, s));
        // vldexp2: two power-of-two factors, so neither overflows on the way
        int half = q >> 1;
        u = Float32.mul(u, pow2(half));
        return Float32.mul(u, pow2(q - half));
    }

    /** _mm256_cvtps_epi32: nearest, ties to even (TeaVM's Math.rint does not promise that). */
    private static int rint(float v) {
        double f = Math.floor(v);
        double frac = v - f;
        if (frac > 0.5 || (frac == 0.5 && (((long) f) & 1) != 0)) {
            f += 1;
        }
        return (int) f;
    }

    private static float pow2(int e) {
        return Float.intBitsToFloat((e + 0x7f) << 23);
    }

    /** xlogf_u1: log(d) = e ln 2 + 2 atanh((m - 1) / (m + 1)), with m in [0.75, 1.5), in double-float. */
    static float logf(float d) {
        if (d != d || d < 0f) {
            return Float.NaN;
        }
        if (d == 0f) {
            return Float.NEGATIVE_INFINITY;
        }
        if (d == Float.POSITIVE_INFINITY) {
            return Float.POSITIVE_INFINITY;
        }
        boolean tiny = d < Float.MIN_NORMAL;
        if (tiny) {
            d = Float32.mul(d, 18446744073709551616f);
        }
        int e = ((Float.floatToRawIntBits(Float32.mul(d, 1.0f / 0.75f)) >> 23) & 0xff) - 0x7f;
        float m = Float.intBitsToFloat(Float.floatToRawIntBits(d) + ((-e) << 23));
        if (tiny) {
            e -= 64;
        }
        float[] s = dfMul(0.69314718246459960938f, -1.904654323148236017e-09f, e);
        float[] num = dfAdd2(-1f, m);
        float[] den = dfAdd2(1f, m);
        float[] x = dfDiv(num[0], num[1], den[0], den[1]);
        float x2 = Float32.mul(x[0], x[0]);
        float t = 0.3027294874e+0f;
        t = Float32.fma(t, x2, 0.3996108174e+0f);
        t = Float32.fma(t, x2, 0.6666694880e+0f);
        s = dfAdd(s[0], s[1], Float32.mul(x[0], 2f), Float32.mul(x[1], 2f));
        float tail = Float32.mul(Float32.mul(x2, x[0]), t);
        float hi = Float32.add(s[0], tail);
        float lo = Float32.add(Float32.add(Float32.sub(s[0], hi), tail), s[1]);
        return Float32.add(hi, lo);
    }

    /** dfadd2_vf2_vf_vf: x + y as an unevaluated pair (Knuth's TwoSum). */
    private static float[] dfAdd2(float x, float y) {
        float s = Float32.add(x, y);
        float v = Float32.sub(s, x);
        float lo = Float32.add(Float32.sub(x, Float32.sub(s, v)), Float32.sub(y, v));
        return new float[] {s, lo};
    }

    /** dfadd_vf2_vf2_vf2 (|x| >= |y|): ((xh - s) + yh) + xl + yl as the low part. */
    private static float[] dfAdd(float xh, float xl, float yh, float yl) {
        float s = Float32.add(xh, yh);
        float lo = Float32.add(Float32.add(Float32.add(Float32.sub(xh, s), yh), xl), yl);
        return new float[] {s, lo};
    }

    /** dfmul_vf2_vf2_vf with FMA: the low part is xl * y + (xh * y - s). */
    private static float[] dfMul(float xh, float xl, float y) {
        float s = Float32.mul(xh, y);
        return new float[] {s, Float32.fma(xl, y, Float32.fma(xh, y, neg(s)))};
    }

    /** dfdiv_vf2_vf2_vf2 with FMA. */
    private static float[] dfDiv(float nh, float nl, float dh, float dl) {
        float t = Float32.round(1.0 / dh);
        float s = Float32.mul(nh, t);
        float u = Float32.fma(t, nh, neg(s));
        float v = Float32.fma(neg(dl), t, Float32.fma(neg(dh), t, 1f));
        return new float[] {s, Float32.fma(s, v, Float32.fma(nl, t, u))};
    }

    /** xtanhf: (e^|x| - e^-|x|) / (e^|x| + e^-|x|) in double-float, 1 beyond 8.664339742, sign of x. */
    static float tanhf(float x) {
        if (x != x) {
            return x;
        }
        float ax = Math.abs(x);
        if (ax > 8.664339742f) {
            return Math.copySign(1f, x);
        }
        float[] d = expk2f(ax);
        float[] e = dfRec(d[0], d[1]);
        float[] num = dfAdd(d[0], d[1], neg(e[0]), neg(e[1]));
        float[] den = dfAdd(d[0], d[1], e[0], e[1]);
        float[] q = dfDiv(num[0], num[1], den[0], den[1]);
        float y = Float32.add(q[0], q[1]);
        if (y != y) {
            y = 1f;
        }
        return Math.copySign(y, x);
    }

    /** expk2f of (d, 0): e^d as a double-float. */
    private static float[] expk2f(float d) {
        int q = rint(Float32.mul(d, R_LN2F));
        float fq = (float) q;
        float[] s = dfAdd2(d, 0f, Float32.mul(fq, -L2UF));
        s = dfAdd2(s[0], s[1], Float32.mul(fq, -L2LF));
        float u = 0.1980960224e-3f;
        u = Float32.fma(u, s[0], 0.1394256484e-2f);
        u = Float32.fma(u, s[0], 0.8333456703e-2f);
        u = Float32.fma(u, s[0], 0.4166637361e-1f);
        float[] t = dfMul(s[0], s[1], u);
        t = dfAdd2(t[0], t[1], 0.166666659414234244790680580464e+0f);
        t = dfMul2(s[0], s[1], t[0], t[1]);
        t = dfAdd2(t[0], t[1], 0.5f);
        float[] sq = dfSqu(s[0], s[1]);
        float[] p = dfMul2(sq[0], sq[1], t[0], t[1]);
        t = dfAdd22(s[0], s[1], p[0], p[1]);
        float hi = Float32.add(1f, t[0]);
        float lo = Float32.add(Float32.add(Float32.sub(1f, hi), t[0]), t[1]);
        int half = q >> 1;
        hi = Float32.mul(Float32.mul(hi, pow2(half)), pow2(q - half));
        lo = Float32.mul(Float32.mul(lo, pow2(half)), pow2(q - half));
        return new float[] {hi, lo};
    }

    /** dfadd2_vf2_vf2_vf: (xh, xl) + y with TwoSum on the high parts. */
    private static float[] dfAdd2(float xh, float xl, float y) {
        float s = Float32.add(xh, y);
        float v = Float32.sub(s, xh);
        float t = Float32.add(Float32.sub(xh, Float32.sub(s, v)), Float32.sub(y, v));
        return new float[] {s, Float32.add(t, xl)};
    }

    /** dfadd2_vf2_vf2_vf2. */
    private static float[] dfAdd22(float xh, float xl, float yh, float yl) {
        float s = Float32.add(xh, yh);
        float v = Float32.sub(s, xh);
        float t = Float32.add(Float32.sub(xh, Float32.sub(s, v)), Float32.sub(yh, v));
        float low = Float32.add(xl, yl);
        return new float[] {s, Float32.add(t, low)};
    }

    /** dfmul_vf2_vf2_vf2 with FMA. */
    private static float[] dfMul2(float xh, float xl, float yh, float yl) {
        float s = Float32.mul(xh, yh);
        return new float[] {s, Float32.fma(xh, yl, Float32.fma(xl, yh, Float32.fma(xh, yh, neg(s))))};
    }

    /** dfsqu_vf2_vf2 with FMA. */
    private static float[] dfSqu(float xh, float xl) {
        float s = Float32.mul(xh, xh);
        return new float[] {s, Float32.fma(Float32.add(xh, xh), xl, Float32.fma(xh, xh, neg(s)))};
    }

    /** dfrec_vf2_vf2 with FMA. */
    private static float[] dfRec(float dh, float dl) {
        float s = Float32.round(1.0 / dh);
        return new float[] {s, Float32.mul(s, Float32.fma(neg(dl), s, Float32.fma(neg(dh), s, 1f)))};
    }

    private static final float PI_A2F = 3.1414794921875f;
    private static final float PI_B2F = 0.00011315941810607910156f;
    private static final float PI_C2F = 1.9841872589410058936e-09f;
    private static final float M_1_PI_F = 0.318309886183790671537767526745028724f;
    private static final float TRIG_RANGE_MAX2F = 125.0f;

    /** xsinf_u1: x reduced by multiples of pi in double-float, then an odd polynomial. */
    static float sinf(float d) {
        if (!(Math.abs(d) < TRIG_RANGE_MAX2F)) {
            return Float32.round(Math.sin(d));
        }
        float u = rintFloat(Float32.mul(d, M_1_PI_F));
        int q = rint(u);
        float v = Float32.fma(u, -PI_A2F, d);
        float[] s = dfAdd2(v, Float32.mul(u, -PI_B2F));
        float lo = Float32.mul(u, -PI_C2F);
        float hi = Float32.add(s[0], lo);
        s = new float[] {hi, Float32.add(Float32.add(Float32.sub(s[0], hi), lo), s[1])};
        float r = polynomial(s, (q & 1) == 1);
        return d == 0f ? d : r;
    }

    /** xcosf_u1: x reduced by odd multiples of pi/2, then the same polynomial. */
    static float cosf(float d) {
        if (!(Math.abs(d) < TRIG_RANGE_MAX2F)) {
            return Float32.round(Math.cos(d));
        }
        float dq = Float32.fma(rintFloat(Float32.fma(d, M_1_PI_F, -0.5f)), 2f, 1f);
        int q = rint(dq);
        float[] s = dfAdd2(d, Float32.mul(dq, -PI_A2F * 0.5f));
        s = dfAdd2(s[0], s[1], Float32.mul(dq, -PI_B2F * 0.5f));
        s = dfAdd2(s[0], s[1], Float32.mul(dq, -PI_C2F * 0.5f));
        return polynomial(s, (q & 2) == 0);
    }

    /** The shared sin kernel on the reduced argument t: t * (1 + t^2 (-1/6 + t^2 u)), negated if asked. */
    private static float polynomial(float[] t, boolean negate) {
        float[] s = dfSqu(t[0], t[1]);
        float u = 2.6083159809786593541503e-06f;
        u = Float32.fma(u, s[0], -0.0001981069071916863322258f);
        u = Float32.fma(u, s[0], 0.00833307858556509017944336f);
        float c = -0.166666597127914428710938f;
        float w = Float32.mul(u, s[0]);
        float ch = Float32.add(c, w);
        float cl = Float32.add(Float32.sub(c, ch), w);
        float[] p = dfMul2(ch, cl, s[0], s[1]);
        float xh = Float32.add(1f, p[0]);
        float xl = Float32.add(Float32.add(Float32.sub(1f, xh), p[0]), p[1]);
        // dfmul_vf_vf2_vf2: th * xh + (tl * xh + th * xl), fused
        float r = Float32.fma(t[0], xh, Float32.fma(t[1], xh, Float32.mul(t[0], xl)));
        return negate ? neg(r) : r;
    }

    private static float rintFloat(float v) {
        return (float) rint(v);
    }

    /** -v, written so TeaVM's Wasm keeps the sign of a zero (it folds -(+0.0) to +0.0). */
    private static float neg(float v) {
        return -1f * v;
    }
}
