package gradpad.engine.random;

import static gradpad.engine.Float32.add;
import static gradpad.engine.Float32.fma;
import static gradpad.engine.Float32.mul;
import static gradpad.engine.Float32.round;
import static gradpad.engine.Float32.sub;

/**
 * One lane of {@code log256_ps} and {@code sincos256_ps} from {@code avx_mathfun.h} (Cephes-style
 * polynomials), the binary32 functions PyTorch's AVX2 {@code normal_fill_16_AVX2} uses for
 * float32 {@code randn} with 16 or more elements.
 *
 * <p>Every operation is rounded to binary32 through {@link gradpad.engine.Float32}, and a
 * multiply-add is fused exactly where GCC fused it when compiling PyTorch with {@code -mfma}
 * (found by testing all variants against torch; see {@code randn_ref.py} in the oracle).
 */
final class AvxMathFun {
    private static final float SQRTHF = round(0.707106781186547524);
    private static final float[] LOG_P = {
        round(7.0376836292E-2), round(-1.1514610310E-1), round(1.1676998740E-1),
        round(-1.2420140846E-1), round(1.4249322787E-1), round(-1.6668057665E-1),
        round(2.0000714765E-1), round(-2.4999993993E-1), round(3.3333331174E-1)};
    private static final float LOG_Q1 = round(-2.12194440e-4);
    private static final float LOG_Q2 = round(0.693359375);

    private static final float DP1 = round(-0.78515625);
    private static final float DP2 = round(-2.4187564849853515625e-4);
    private static final float DP3 = round(-3.77489497744594108e-8);
    private static final float SINCOF_P0 = round(-1.9515295891E-4);
    private static final float SINCOF_P1 = round(8.3321608736E-3);
    private static final float SINCOF_P2 = round(-1.6666654611E-1);
    private static final float COSCOF_P0 = round(2.443315711809948E-005);
    private static final float COSCOF_P1 = round(-1.388731625493765E-003);
    private static final float COSCOF_P2 = round(4.166664568298827E-002);
    /** 4 / pi. */
    private static final float FOPI = round(1.27323954473516);
    private static final int SIGN_BIT = 0x80000000;

    private AvxMathFun() {
    }

    /** {@code log256_ps} for one lane, {@code x > 0} (smaller inputs clamp to FLT_MIN, as the SIMD code). */
    static float log(float x) {
        int bits = Float.floatToRawIntBits(Math.max(x, Float.MIN_NORMAL));
        float e = add((float) ((bits >>> 23) - 0x7f), 1.0f);
        // mantissa with exponent forced to that of 0.5: m in [0.5, 1)
        float m = Float.intBitsToFloat((bits & ~0x7f800000) | 0x3f000000);
        float t;
        if (m < SQRTHF) {
            e = sub(e, 1.0f);
            t = add(sub(m, 1.0f), m);
        } else {
            t = sub(m, 1.0f);
        }
        float z = mul(t, t);
        float y = LOG_P[0];
        for (int k = 1; k < LOG_P.length; k++) {
            y = fma(y, t, LOG_P[k]);
        }
        y = mul(y, t);
        // source: y = y*z; y += e*q1 -- GCC fuses the y*z product, e*q1 is rounded first
        y = fma(y, z, mul(e, LOG_Q1));
        y = sub(y, mul(z, 0.5f));
        t = add(t, y);
        return add(t, mul(e, LOG_Q2));
    }

    /**
     * {@code sincos256_ps} for one lane: stores sin(x) in {@code out[0]} and cos(x) in
     * {@code out[1]}.
     */
    static void sincos(float x, float[] out) {
        int signSin = Float.floatToRawIntBits(x) & SIGN_BIT;
        x = Math.abs(x);
        // octant: cvttps (truncation), then round up to even
        int j = (int) mul(x, FOPI);
        j = (j + 1) & ~1;
        float y = (float) j; // exact: j is tiny
        int swapSignSin = (j & 4) << 29;
        boolean polyIsSinFirst = (j & 2) == 0;
        // extended-precision modular arithmetic: x - j * pi/4 in three fused steps
        x = fma(y, DP1, x);
        x = fma(y, DP2, x);
        x = fma(y, DP3, x);
        int signCos = (~(j - 2) & 4) << 29;
        signSin ^= swapSignSin;
        float z = mul(x, x);

        float yc = fma(fma(COSCOF_P0, z, COSCOF_P1), z, COSCOF_P2);
        yc = mul(yc, z);
        yc = fma(yc, z, -mul(z, 0.5f));
        yc = add(yc, 1.0f);

        float ys = fma(fma(SINCOF_P0, z, SINCOF_P1), z, SINCOF_P2);
        ys = mul(ys, z);
        ys = fma(ys, x, x);

        // the SIMD code blends with masks and adds zeros: (v - 0) + 0 == v for these values
        float sin = polyIsSinFirst ? ys : yc;
        float cos = polyIsSinFirst ? yc : ys;
        out[0] = Float.intBitsToFloat(Float.floatToRawIntBits(add(sin, 0.0f)) ^ signSin);
        out[1] = Float.intBitsToFloat(Float.floatToRawIntBits(add(cos, 0.0f)) ^ signCos);
    }
}
