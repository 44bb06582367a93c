package gradpad.engine;

/**
 * Values of the narrow dtypes: integer wrap-around as a C++ cast does, and round-to-nearest-even
 * to float16 / bfloat16 (computed on the float's bits, so every target agrees).
 */
public final class Narrowing {
    private Narrowing() {
    }

    public static long wrap(long v, DType type) {
        switch (type) {
            case UINT8: return v & 0xFF;
            case INT8: return (byte) v;
            case INT16: return (short) v;
            case INT32: return (int) v;
            default: return v;
        }
    }

    public static float round(float v, DType type) {
        switch (type) {
            case FLOAT16: return toHalf(v);
            case BFLOAT16: return toBfloat16(v);
            default: return v;
        }
    }

    /** float32 to the nearest bfloat16 (ties to even), as a float. */
    static float toBfloat16(float f) {
        if (f != f) {
            return f;
        }
        int bits = Float.floatToRawIntBits(f);
        int lsb = (bits >>> 16) & 1;
        bits += 0x7FFF + lsb;
        return Float.intBitsToFloat(bits & 0xFFFF0000);
    }

    /** float32 to the nearest IEEE half (ties to even), as a float: overflow to inf, subnormals kept. */
    static float toHalf(float f) {
        if (f != f || Float.isInfinite(f)) {
            return f;
        }
        int bits = Float.floatToRawIntBits(f);
        int sign = bits & 0x80000000;
        float a = Math.abs(f);
        if (a >= 65520f) {
            return Float.intBitsToFloat(sign | 0x7F800000);
        }
        if (a < 0x1p-14f) {
            // Subnormal halves are multiples of 2^-24: round the float to that grid, ties to even.
            double scaled = a * 0x1p24;
            double r = gradpad.engine.format.PyFloat.roundHalfEven(scaled); // TeaVM's Math.rint breaks ties differently
            return Float.intBitsToFloat(sign | Float.floatToRawIntBits((float) (r * 0x1p-24)));
        }
        int abs = bits & 0x7FFFFFFF;
        int lsb = (abs >>> 13) & 1;
        abs += 0xFFF + lsb;
        return Float.intBitsToFloat(sign | (abs & 0xFFFFE000));
    }
}
