package gradpad.engine.format;

/**
 * A small mutable unsigned big natural number, just enough to write a double's exact value in
 * decimal: m·2^k is built by multiplying by powers of two, and m·2^-k = m·5^k / 10^k by
 * multiplying by powers of five.
 *
 * <p>Limbs are base 10^9 (little-endian), so the decimal digits fall out without any division.
 * Avoids {@code BigInteger}/{@code BigDecimal}, which would add much to the browser build.
 */
final class BigNat {
    private static final int BASE = 1_000_000_000;
    /** 5^13, the largest power of five below 2^31. */
    private static final int POW5_13 = 1_220_703_125;

    private int[] limbs;
    private int size;

    private BigNat(int capacity) {
        limbs = new int[Math.max(capacity, 4)];
    }

    /** A big natural holding {@code value}, which must be {@code >= 0}. */
    static BigNat of(long value) {
        BigNat n = new BigNat(4);
        while (value > 0) {
            n.limbs[n.size++] = (int) (value % BASE);
            value /= BASE;
        }
        return n;
    }

    /** Multiplies in place by {@code factor}, {@code 0 < factor < 2^31}. */
    void mulSmall(int factor) {
        long carry = 0;
        for (int i = 0; i < size; i++) {
            // limb < 1e9 and factor < 2^31: the product plus carry stays below 2^63.
            long t = (long) limbs[i] * factor + carry;
            limbs[i] = (int) (t % BASE);
            carry = t / BASE;
        }
        while (carry > 0) {
            if (size == limbs.length) {
                int[] bigger = new int[size * 2];
                System.arraycopy(limbs, 0, bigger, 0, size);
                limbs = bigger;
            }
            limbs[size++] = (int) (carry % BASE);
            carry /= BASE;
        }
    }

    /** Multiplies in place by 2^k, {@code k >= 0}. */
    void mulPow2(int k) {
        while (k >= 30) {
            mulSmall(1 << 30);
            k -= 30;
        }
        if (k > 0) {
            mulSmall(1 << k);
        }
    }

    /** Multiplies in place by 5^k, {@code k >= 0}. */
    void mulPow5(int k) {
        while (k >= 13) {
            mulSmall(POW5_13);
            k -= 13;
        }
        int f = 1;
        for (int i = 0; i < k; i++) {
            f *= 5;
        }
        if (f > 1) {
            mulSmall(f);
        }
    }

    /** Decimal digits (values 0..9), most significant first, no leading zeros; empty for 0. */
    byte[] toDigits() {
        if (size == 0) {
            return new byte[0];
        }
        int top = limbs[size - 1];
        int topLen = 1;
        for (int t = top; t >= 10; t /= 10) {
            topLen++;
        }
        byte[] out = new byte[topLen + 9 * (size - 1)];
        int pos = topLen;
        for (int i = topLen - 1; i >= 0; i--) {
            out[i] = (byte) (top % 10);
            top /= 10;
        }
        for (int li = size - 2; li >= 0; li--) {
            int limb = limbs[li];
            for (int j = 8; j >= 0; j--) {
                out[pos + j] = (byte) (limb % 10);
                limb /= 10;
            }
            pos += 9;
        }
        return out;
    }
}
