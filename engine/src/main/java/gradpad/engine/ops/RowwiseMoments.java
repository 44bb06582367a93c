package gradpad.engine.ops;

import gradpad.engine.Float32;
import gradpad.engine.Float64;

/**
 * PyTorch's {@code RowwiseMoments} (aten/src/ATen/native/cpu/moments_utils.h) for one row: Welford
 * updates per AVX2 lane (8 floats or 4 doubles) over chunks of 16 vectors, chunks merged in a
 * cascade, the tail and the lanes merged by the scalar {@code AddMoments}; fused multiply-adds
 * where the kernel writes {@code fmadd} or GCC fuses a product into a sum. Gives {mean, biased
 * variance} in the row's precision.
 */
final class RowwiseMoments {
    private static final int CHUNK = 16;

    private RowwiseMoments() {
    }

    /** {@code utils::CeilLog2}: 1 up to 2, else ceil(log2(x)). */
    private static int ceilLog2(int x) {
        if (x <= 2) {
            return 1;
        }
        return 32 - Integer.numberOfLeadingZeros(x - 1);
    }

    static double[] ofFloats(float[] x, int off, int len) {
        final int lanes = 8;
        int n = len / lanes;
        int m = (n + CHUNK - 1) / CHUNK;
        int depth = ceilLog2(m);
        long[] m0 = new long[depth];
        float[][] m1 = new float[depth][lanes];
        float[][] m2 = new float[depth][lanes];
        float[] c = new float[CHUNK];
        for (int j = 0; j < CHUNK; j++) {
            c[j] = Float32.round(1.0 / (j + 1));
        }
        float[] v1 = new float[lanes];
        float[] v2 = new float[lanes];
        for (int i = 0; i < m; i++) {
            int count = Math.min(CHUNK, n - i * CHUNK);
            java.util.Arrays.fill(v1, 0f);
            java.util.Arrays.fill(v2, 0f);
            for (int j = 0; j < count; j++) {
                int base = off + (i * CHUNK + j) * lanes;
                for (int l = 0; l < lanes; l++) {
                    float xv = x[base + l];
                    float delta = Float32.sub(xv, v1[l]);
                    v1[l] = Float32.fma(c[j], delta, v1[l]);
                    v2[l] = Float32.fma(delta, Float32.sub(xv, v1[l]), v2[l]);
                }
            }
            m0[0] = addVec(count, v1, v2, m0[0], m1[0], m2[0]);
            int mask = i + 1;
            for (int j = 1; j < depth && (mask & 1) == 0; j++) {
                m0[j] = addVec(m0[j - 1], m1[j - 1], m2[j - 1], m0[j], m1[j], m2[j]);
                m0[j - 1] = 0;
                java.util.Arrays.fill(m1[j - 1], 0f);
                java.util.Arrays.fill(m2[j - 1], 0f);
                mask >>= 1;
            }
        }
        for (int i = 1; i < depth; i++) {
            m0[0] = addVec(m0[i], m1[i], m2[i], m0[0], m1[0], m2[0]);
        }
        long count = 0;
        float s1 = 0f;
        float s2 = 0f;
        for (int i = n * lanes; i < len; i++) {
            float xv = x[off + i];
            float delta = Float32.sub(xv, s1);
            count++;
            s1 = Float32.add(s1, Float32.round(delta / (double) count));
            s2 = Float32.fma(delta, Float32.sub(xv, s1), s2);
        }
        for (int l = 0; l < lanes; l++) {
            // AddMoments(n, m1[l], m2[l], count, s1, s2), GCC fusing c * delta into m1 and the
            // last product into m2_add
            long total = count + n;
            float cf = total == 0 ? 0f : Float32.round((double) (float) n / (float) total);
            float delta = Float32.sub(m1[0][l], s1);
            s1 = Float32.fma(cf, delta, s1);
            float p = Float32.mul(Float32.mul(delta, delta), cf);
            s2 = Float32.add(s2, Float32.fma(p, (float) count, m2[0][l]));
            count = total;
        }
        return new double[] {s1, Float32.round((double) s2 / (float) len)};
    }

    /** {@code AddMomentsVec}: merges (addCount, a1, a2) into (m1, m2) lane by lane; returns the new count. */
    private static long addVec(long addCount, float[] a1, float[] a2, long count, float[] m1, float[] m2) {
        long total = count + addCount;
        float cf = total == 0 ? 0f : Float32.round((double) (float) addCount / (float) total);
        float cnt = (float) count;
        for (int l = 0; l < m1.length; l++) {
            float delta = Float32.sub(a1[l], m1[l]);
            float tmp = Float32.add(m2[l], a2[l]);
            float cd = Float32.mul(cf, delta);
            float md = Float32.mul(delta, cnt);
            m1[l] = Float32.add(m1[l], cd);
            m2[l] = Float32.fma(md, cd, tmp);
        }
        return total;
    }

    static double[] ofDoubles(double[] x, int off, int len) {
        final int lanes = 4;
        int n = len / lanes;
        int m = (n + CHUNK - 1) / CHUNK;
        int depth = ceilLog2(m);
        long[] m0 = new long[depth];
        double[][] m1 = new double[depth][lanes];
        double[][] m2 = new double[depth][lanes];
        double[] v1 = new double[lanes];
        double[] v2 = new double[lanes];
        for (int i = 0; i < m; i++) {
            int count = Math.min(CHUNK, n - i * CHUNK);
            java.util.Arrays.fill(v1, 0.0);
            java.util.Arrays.fill(v2, 0.0);
            for (int j = 0; j < count; j++) {
                int base = off + (i * CHUNK + j) * lanes;
                double cj = 1.0 / (j + 1);
                for (int l = 0; l < lanes; l++) {
                    double xv = x[base + l];
                    double delta = xv - v1[l];
                    v1[l] = Float64.fma(cj, delta, v1[l]);
                    v2[l] = Float64.fma(delta, xv - v1[l], v2[l]);
                }
            }
            m0[0] = addVec(count, v1, v2, m0[0], m1[0], m2[0]);
            int mask = i + 1;
            for (int j = 1; j < depth && (mask & 1) == 0; j++) {
                m0[j] = addVec(m0[j - 1], m1[j - 1], m2[j - 1], m0[j], m1[j], m2[j]);
                m0[j - 1] = 0;
                java.util.Arrays.fill(m1[j - 1], 0.0);
                java.util.Arrays.fill(m2[j - 1], 0.0);
                mask >>= 1;
            }
        }
        for (int i = 1; i < depth; i++) {
            m0[0] = addVec(m0[i], m1[i], m2[i], m0[0], m1[0], m2[0]);
        }
        long count = 0;
        double s1 = 0;
        double s2 = 0;
        for (int i = n * lanes; i < len; i++) {
            double xv = x[off + i];
            double delta = xv - s1;
            count++;
            s1 = s1 + delta / count;
            s2 = Float64.fma(delta, xv - s1, s2);
        }
        for (int l = 0; l < lanes; l++) {
            long total = count + n;
            double cf = total == 0 ? 0.0 : (double) n / total;
            double delta = m1[0][l] - s1;
            s1 = Float64.fma(cf, delta, s1);
            double p = delta * delta * cf;
            s2 = s2 + Float64.fma(p, (double) count, m2[0][l]);
            count = total;
        }
        return new double[] {s1, s2 / len};
    }

    private static long addVec(long addCount, double[] a1, double[] a2, long count, double[] m1, double[] m2) {
        long total = count + addCount;
        double cf = total == 0 ? 0.0 : (double) addCount / total;
        for (int l = 0; l < m1.length; l++) {
            double delta = a1[l] - m1[l];
            double tmp = m2[l] + a2[l];
            double cd = cf * delta;
            double md = delta * count;
            m1[l] = m1[l] + cd;
            m2[l] = Float64.fma(md, cd, tmp);
        }
        return total;
    }
}
