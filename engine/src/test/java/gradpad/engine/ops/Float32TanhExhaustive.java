package gradpad.engine.ops;

import java.util.stream.IntStream;

/**
 * Dev tool, not a test (about a minute on 2 cores): for every float, whether the result's bits differ
 * from {@code (float) Math.tanh} in either loop (Wasm's and JS's); for those in (0, 22), the
 * approximation's relative error against {@code Math.tanh} and how many take the fallback.
 * Run after {@code mvn -pl engine test-compile}:
 * {@code java -cp engine/target/classes:engine/target/test-classes gradpad.engine.ops.Float32TanhExhaustive}
 */
public final class Float32TanhExhaustive {
    private Float32TanhExhaustive() {
    }

    public static void main(String[] args) {
        int slices = 256;
        long allFloats = 1L << 32; // both signs, infinities and NaNs included
        long[][] results = new long[slices][];
        double[] maxError = new double[slices];
        IntStream.range(0, slices).parallel().forEach(slice -> {
            long from = allFloats * slice / slices;
            long to = allFloats * (slice + 1) / slices;
            long fallbacks = 0;
            long mismatches = 0;
            double worst = 0;
            float[] in = new float[4096];
            float[] viaBits = new float[in.length];
            float[] viaBranches = new float[in.length];
            for (long start = from; start < to; start += in.length) {
                int n = (int) Math.min(in.length, to - start);
                for (int i = 0; i < n; i++) {
                    in[i] = Float.intBitsToFloat((int) (start + i));
                }
                Float32Tanh.applyWithBitOperations(viaBits, in, 0, n);
                Float32Tanh.applyWithBranches(viaBranches, in, 0, n);
                for (int i = 0; i < n; i++) {
                    float x = in[i];
                    double exact = Math.tanh(x);
                    if (x > 0 && x < 22) {
                        double t = Float32Tanh.approximate(x);
                        worst = Math.max(worst, Math.abs(t - exact) / exact);
                        if ((float) (t * (1 - 0x1p-36)) != (float) (t * (1 + 0x1p-36))) {
                            fallbacks++;
                        }
                    }
                    int want = Float.floatToRawIntBits((float) exact);
                    boolean same = x != x // NaN: any NaN (its payload is not printed)
                            ? Float.isNaN(viaBits[i]) && Float.isNaN(viaBranches[i])
                            : Float.floatToRawIntBits(viaBits[i]) == want && Float.floatToRawIntBits(viaBranches[i]) == want;
                    if (!same) {
                        mismatches++;
                    }
                }
            }
            results[slice] = new long[] {fallbacks, mismatches};
            maxError[slice] = worst;
        });
        long fallbacks = 0;
        long mismatches = 0;
        double worst = 0;
        for (int s = 0; s < slices; s++) {
            fallbacks += results[s][0];
            mismatches += results[s][1];
            worst = Math.max(worst, maxError[s]);
        }
        System.out.printf("floats: %d, max relative error of the approximation on (0, 22): %.3g (tolerance %.3g),"
                + " fallbacks there: %d, bit mismatches: %d%n", allFloats, worst, 0x1p-36, fallbacks, mismatches);
    }
}
