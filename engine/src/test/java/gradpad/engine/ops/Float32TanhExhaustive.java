package gradpad.engine.ops;

import java.util.stream.IntStream;

/**
 * Dev tool, not a test (about 40 s on 2 cores): for every float, whether the result's bits differ
 * from {@code (float) Math.tanh}; for those in (0, 22), the approximation's relative error against
 * {@code Math.tanh} and how many take the fallback. Run after `mvn -pl engine test-compile`:
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
            for (long bits = from; bits < to; bits++) {
                float x = Float.intBitsToFloat((int) bits);
                double exact = Math.tanh(x);
                if (x > 0 && x < 22) {
                    double error = Math.abs(Float32Tanh.approximate(x) - exact) / exact;
                    worst = Math.max(worst, error);
                    double t = Float32Tanh.approximate(x);
                    if ((float) (t * (1 - 0x1p-36)) != (float) (t * (1 + 0x1p-36))) {
                        fallbacks++;
                    }
                }
                if (x == x && Float.floatToRawIntBits(Float32Tanh.of(x)) != Float.floatToRawIntBits((float) exact)) {
                    mismatches++;
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
