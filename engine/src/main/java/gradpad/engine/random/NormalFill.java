package gradpad.engine.random;

import gradpad.engine.Float32;
import gradpad.engine.Float64;

/**
 * The Box-Muller block transforms of PyTorch's vectorised normal path ({@code n >= 16},
 * contiguous): {@code normal_fill_16_AVX2} for float32 and {@code normal_fill_16<double>} for
 * float64. Each block turns 16 uniforms in place into 16 normals, pairing slot {@code k} with slot
 * {@code k + 8}.
 */
final class NormalFill {
    /** {@code _mm256_set1_ps(2.0f * c10::pi<double>)}: 2*pi computed in double, then rounded. */
    private static final float TWO_PI_F = Float32.round(2.0 * Math.PI);
    private static final float MINUS_TWO_F = -2.0f;
    private static final double TWO_PI = 2.0 * Math.PI;

    private NormalFill() {
    }

    /**
     * float32, AVX2 kernel: binary32 log/sincos from avx_mathfun.h, then
     * {@code fmaf(radius * cos, std, mean)}.
     */
    static void fill16(float[] d, int off, float mean, float std, float[] sincos) {
        for (int k = 0; k < 8; k++) {
            float u1 = Float32.sub(1.0f, d[off + k]); // [0, 1) -> (0, 1] for log
            float u2 = d[off + k + 8];
            float radius = Float32.sqrt(Float32.mul(MINUS_TWO_F, AvxMathFun.log(u1)));
            float theta = Float32.mul(TWO_PI_F, u2);
            AvxMathFun.sincos(theta, sincos);
            d[off + k] = Float32.fma(Float32.mul(radius, sincos[1]), std, mean);
            d[off + k + 8] = Float32.fma(Float32.mul(radius, sincos[0]), std, mean);
        }
    }

    /**
     * float64: {@code radius * cos(theta) * std + mean}, which GCC contracts into
     * {@code fma(radius * cos(theta), std, mean)}.
     */
    static void fill16(double[] d, int off, double mean, double std, double[] sincos) {
        for (int k = 0; k < 8; k++) {
            double u1 = 1.0 - d[off + k];
            double u2 = d[off + k + 8];
            double radius = Math.sqrt(-2.0 * Libm.log(u1));
            double theta = TWO_PI * u2;
            Libm.sincos(theta, sincos);
            d[off + k] = Float64.fma(radius * sincos[1], std, mean);
            d[off + k + 8] = Float64.fma(radius * sincos[0], std, mean);
        }
    }
}
