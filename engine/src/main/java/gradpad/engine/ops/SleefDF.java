package gradpad.engine.ops;


/**
 * SLEEF's double-float routines behind PyTorch's float32 {@code log}, {@code tanh}, {@code sin}
 * and {@code cos} (xlogf_u1, xtanhf, xsinf_u1, xcosf_u1 with the FMA forms of df.h), see
 * {@link Sleef}. A float pair (hi, lo) is the result register of every double-float step, so
 * the loops allocate nothing per element (which matters in TeaVM's JavaScript): one instance per
 * kernel call, not shared between threads.
 */
final class SleefDF {
    private static final float R_LN2F = 1.442695040888963407359924681001892137426645954152985934135449406931f;
    private static final float L2UF = 0.693145751953125f;
    private static final float L2LF = 1.428606765330187045e-06f;
    private static final float PI_A2F = 3.1414794921875f;
    private static final float PI_B2F = 0.00011315941810607910156f;
    private static final float PI_C2F = 1.9841872589410058936e-09f;
    private static final float M_1_PI_F = 0.318309886183790671537767526745028724f;
    private static final float TRIG_RANGE_MAX2F = 125.0f;

    private float hi;
    private float lo;
    /** Rounding through a float[] store is cheaper in TeaVM's JavaScript than Float32.round's bit round trip. */
    private final float[] scratch = new float[1];

    private float round_(double v) {
        scratch[0] = (float) v;
        return scratch[0];
    }

    private float add_(float a, float b) {
        return round_((double) a + (double) b);
    }

    private float sub_(float a, float b) {
        return round_((double) a - (double) b);
    }

    private float mul_(float a, float b) {
        return round_((double) a * (double) b);
    }

    /** Binary32 fma, as {@link gradpad.engine.Float32#fma}: exact in double unless s is a binary32 midpoint. */
    private float fma_(float a, float b, float c) {
        double p = (double) a * (double) b;
        double s = p + c;
        float r = round_(s);
        if (r == s) {
            return r;
        }
        double o = 2 * s - r;
        if (round_(o) != o || Float.isInfinite(r)) {
            return r;
        }
        double bp = s - p;
        double err = (p - (s - bp)) - (bp - c);
        if (err != 0.0 && (err > 0) == (s > r)) {
            return (float) o;
        }
        return r;
    }

    /** xexpf: exp(d) = 2^q * exp(s), s = d - q ln 2 in two fused steps, a degree-6 polynomial for exp(s). */
    float expf(float d) {
        if (d != d) {
            return d;
        }
        if (d < -104f) {
            return 0f;
        }
        if (100f < d) {
            return Float.POSITIVE_INFINITY;
        }
        float qf = mul_(d, R_LN2F);
        int q = Sleef.rint(qf);
        float fq = (float) q;
        float s = fma_(fq, -L2UF, d);
        s = fma_(fq, -L2LF, s);
        float u = 0.000198527617612853646278381f;
        u = fma_(u, s, 0.00139304355252534151077271f);
        u = fma_(u, s, 0.00833336077630519866943359f);
        u = fma_(u, s, 0.0416664853692054748535156f);
        u = fma_(u, s, 0.166666671633720397949219f);
        u = fma_(u, s, 0.5f);
        float ss = mul_(s, s);
        u = add_(1.0f, fma_(ss, u, s));
        // vldexp2: two power-of-two factors, so neither overflows on the way
        int half = q >> 1;
        u = mul_(u, Sleef.pow2(half));
        return mul_(u, Sleef.pow2(q - half));
    }

    /** xlogf_u1: log(d) = e ln 2 + 2 atanh((m - 1) / (m + 1)), with m in [0.75, 1.5). */
    float logf(float d) {
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
            d = mul_(d, 18446744073709551616f);
        }
        int e = ((Float.floatToRawIntBits(mul_(d, 1.0f / 0.75f)) >> 23) & 0xff) - 0x7f;
        float m = Float.intBitsToFloat(Float.floatToRawIntBits(d) + ((-e) << 23));
        if (tiny) {
            e -= 64;
        }
        mulF(0.69314718246459960938f, -1.904654323148236017e-09f, e);
        float sh = hi;
        float sl = lo;
        add2(-1f, m);
        float nh = hi;
        float nl = lo;
        add2(1f, m);
        div(nh, nl, hi, lo);
        float xh = hi;
        float xl = lo;
        float x2 = mul_(xh, xh);
        float t = 0.3027294874e+0f;
        t = fma_(t, x2, 0.3996108174e+0f);
        t = fma_(t, x2, 0.6666694880e+0f);
        add(sh, sl, mul_(xh, 2f), mul_(xl, 2f));
        addF(hi, lo, mul_(mul_(x2, xh), t));
        return add_(hi, lo);
    }

    /** xtanhf: (e^|x| - e^-|x|) / (e^|x| + e^-|x|), 1 beyond 8.664339742, with the sign of x. */
    float tanhf(float x) {
        if (x != x) {
            return x;
        }
        float ax = Math.abs(x);
        if (ax > 8.664339742f) {
            return Math.copySign(1f, x);
        }
        expk2f(ax);
        float dh = hi;
        float dl = lo;
        rec(dh, dl);
        float eh = hi;
        float el = lo;
        add(dh, dl, neg(eh), neg(el));
        float nh = hi;
        float nl = lo;
        add(dh, dl, eh, el);
        div(nh, nl, hi, lo);
        float y = add_(hi, lo);
        if (y != y) {
            y = 1f;
        }
        return Math.copySign(y, x);
    }

    /** xsinf_u1 (|d| < 125): d reduced by multiples of pi, then the odd polynomial. */
    float sinf(float d) {
        if (!(Math.abs(d) < TRIG_RANGE_MAX2F)) {
            return round_(Math.sin(d));
        }
        float u = Sleef.rint(mul_(d, M_1_PI_F));
        int q = (int) u;
        float v = fma_(u, -PI_A2F, d);
        add2(v, mul_(u, -PI_B2F));
        addF(hi, lo, mul_(u, -PI_C2F));
        float r = polynomial(hi, lo, (q & 1) == 1);
        return d == 0f ? d : r;
    }

    /** xcosf_u1 (|d| < 125): d reduced by odd multiples of pi/2, then the same polynomial. */
    float cosf(float d) {
        if (!(Math.abs(d) < TRIG_RANGE_MAX2F)) {
            return round_(Math.cos(d));
        }
        float dq = fma_(Sleef.rint(fma_(d, M_1_PI_F, -0.5f)), 2f, 1f);
        int q = (int) dq;
        add2(d, mul_(dq, -PI_A2F * 0.5f));
        add2F(hi, lo, mul_(dq, -PI_B2F * 0.5f));
        add2F(hi, lo, mul_(dq, -PI_C2F * 0.5f));
        return polynomial(hi, lo, (q & 2) == 0);
    }

    /** The shared kernel on the reduced argument t: t * (1 + t^2 (-1/6 + t^2 u)), negated if asked. */
    private float polynomial(float th, float tl, boolean negate) {
        squ(th, tl);
        float sh = hi;
        float sl = lo;
        float u = 2.6083159809786593541503e-06f;
        u = fma_(u, sh, -0.0001981069071916863322258f);
        u = fma_(u, sh, 0.00833307858556509017944336f);
        addFF(-0.166666597127914428710938f, mul_(u, sh));
        mul2(hi, lo, sh, sl);
        addFirst(1f, hi, lo);
        // dfmul_vf_vf2_vf2: th * xh + (tl * xh + th * xl), fused
        float r = fma_(th, hi, fma_(tl, hi, mul_(th, lo)));
        return negate ? neg(r) : r;
    }

    /** expk2f of (d, 0): e^d as a double-float. */
    private void expk2f(float d) {
        int q = (int) Sleef.rint(mul_(d, R_LN2F));
        float fq = (float) q;
        add2F(d, 0f, mul_(fq, -L2UF));
        add2F(hi, lo, mul_(fq, -L2LF));
        float sh = hi;
        float sl = lo;
        float u = 0.1980960224e-3f;
        u = fma_(u, sh, 0.1394256484e-2f);
        u = fma_(u, sh, 0.8333456703e-2f);
        u = fma_(u, sh, 0.4166637361e-1f);
        mulF(sh, sl, u);
        add2F(hi, lo, 0.166666659414234244790680580464e+0f);
        mul2(sh, sl, hi, lo);
        add2F(hi, lo, 0.5f);
        float th = hi;
        float tl = lo;
        squ(sh, sl);
        mul2(hi, lo, th, tl);
        add22(sh, sl, hi, lo);
        addFirst(1f, hi, lo);
        int half = q >> 1;
        float scale1 = Sleef.pow2(half);
        float scale2 = Sleef.pow2(q - half);
        float h = mul_(mul_(hi, scale1), scale2);
        float l = mul_(mul_(lo, scale1), scale2);
        hi = h;
        lo = l;
    }

    // ---- df.h, FMA variants; every result lands in (hi, lo) ------------------------------------

    /** dfadd2_vf2_vf_vf: TwoSum of two floats. */
    private void add2(float x, float y) {
        float s = add_(x, y);
        float v = sub_(s, x);
        lo = add_(sub_(x, sub_(s, v)), sub_(y, v));
        hi = s;
    }

    /** dfadd2_vf2_vf2_vf. */
    private void add2F(float xh, float xl, float y) {
        float s = add_(xh, y);
        float v = sub_(s, xh);
        float t = add_(sub_(xh, sub_(s, v)), sub_(y, v));
        lo = add_(t, xl);
        hi = s;
    }

    /** dfadd2_vf2_vf2_vf2. */
    private void add22(float xh, float xl, float yh, float yl) {
        float s = add_(xh, yh);
        float v = sub_(s, xh);
        float t = add_(sub_(xh, sub_(s, v)), sub_(yh, v));
        lo = add_(t, add_(xl, yl));
        hi = s;
    }

    /** dfadd_vf2_vf2_vf2 (|x| >= |y|). */
    private void add(float xh, float xl, float yh, float yl) {
        float s = add_(xh, yh);
        lo = add_(add_(add_(sub_(xh, s), yh), xl), yl);
        hi = s;
    }

    /** dfadd_vf2_vf2_vf (|x| >= |y|). */
    private void addF(float xh, float xl, float y) {
        float s = add_(xh, y);
        lo = add_(add_(sub_(xh, s), y), xl);
        hi = s;
    }

    /** dfadd_vf2_vf_vf (|x| >= |y|). */
    private void addFF(float x, float y) {
        float s = add_(x, y);
        lo = add_(sub_(x, s), y);
        hi = s;
    }

    /** dfadd_vf2_vf_vf2 (|x| >= |y|). */
    private void addFirst(float x, float yh, float yl) {
        float s = add_(x, yh);
        lo = add_(add_(sub_(x, s), yh), yl);
        hi = s;
    }

    /** dfmul_vf2_vf2_vf. */
    private void mulF(float xh, float xl, float y) {
        float s = mul_(xh, y);
        lo = fma_(xl, y, fma_(xh, y, neg(s)));
        hi = s;
    }

    /** dfmul_vf2_vf2_vf2. */
    private void mul2(float xh, float xl, float yh, float yl) {
        float s = mul_(xh, yh);
        lo = fma_(xh, yl, fma_(xl, yh, fma_(xh, yh, neg(s))));
        hi = s;
    }

    /** dfsqu_vf2_vf2. */
    private void squ(float xh, float xl) {
        float s = mul_(xh, xh);
        lo = fma_(add_(xh, xh), xl, fma_(xh, xh, neg(s)));
        hi = s;
    }

    /** dfdiv_vf2_vf2_vf2. */
    private void div(float nh, float nl, float dh, float dl) {
        float t = round_(1.0 / dh);
        float s = mul_(nh, t);
        float u = fma_(t, nh, neg(s));
        float v = fma_(neg(dl), t, fma_(neg(dh), t, 1f));
        lo = fma_(s, v, fma_(nl, t, u));
        hi = s;
    }

    /** dfrec_vf2_vf2. */
    private void rec(float dh, float dl) {
        float s = round_(1.0 / dh);
        lo = mul_(s, fma_(neg(dl), s, fma_(neg(dh), s, 1f)));
        hi = s;
    }

    /** -v, written so TeaVM's Wasm keeps the sign of a zero (it folds -(+0.0) to +0.0). */
    private static float neg(float v) {
        return -1f * v;
    }
}
