package gradpad.engine;

/**
 * The flat memory behind one or more tensors. Exactly one array is set, matching the dtype;
 * float32 data lives in a {@code float[]} so every stored element is rounded to binary32 on all
 * targets.
 */
public final class Storage {
    /** The most elements one tensor may hold; above this a clear error beats an out-of-memory tab. */
    public static final int MAX_ELEMENTS = 1 << 25;

    public final DType dtype;
    public final float[] f32;
    public final double[] f64;
    public final long[] i64;
    public final boolean[] bool;

    private Storage(DType dtype, float[] f32, double[] f64, long[] i64, boolean[] bool) {
        this.dtype = dtype;
        this.f32 = f32;
        this.f64 = f64;
        this.i64 = i64;
        this.bool = bool;
    }

    public static Storage allocate(DType requested, int size) {
        DType dtype = requested.kind();
        if (size > MAX_ELEMENTS) {
            throw TorchException.runtime("gradpad: a tensor of " + size
                    + " elements is too large for the browser (the limit is " + MAX_ELEMENTS + ")");
        }
        switch (dtype) {
            case FLOAT32: return new Storage(dtype, new float[size], null, null, null);
            case FLOAT64: return new Storage(dtype, null, new double[size], null, null);
            case INT64: return new Storage(dtype, null, null, new long[size], null);
            default: return new Storage(dtype, null, null, null, new boolean[size]);
        }
    }

    public static Storage of(float[] data) {
        return new Storage(DType.FLOAT32, data, null, null, null);
    }

    public static Storage of(double[] data) {
        return new Storage(DType.FLOAT64, null, data, null, null);
    }

    public static Storage of(long[] data) {
        return new Storage(DType.INT64, null, null, data, null);
    }

    public static Storage of(boolean[] data) {
        return new Storage(DType.BOOL, null, null, null, data);
    }

    /**
     * Java's {@code (long) v} (NaN to 0, out of range to the nearest bound), written out because
     * TeaVM's JS build throws on a non-finite value (docs/teavm.md).
     */
    static long toLong(double v) {
        if (v != v) {
            return 0;
        }
        if (v >= 0x1p63) {
            return Long.MAX_VALUE;
        }
        return v <= -0x1p63 ? Long.MIN_VALUE : (long) v;
    }

    public double getDouble(int i) {
        switch (dtype) {
            case FLOAT32: return f32[i];
            case FLOAT64: return f64[i];
            case INT64: return i64[i];
            default: return bool[i] ? 1 : 0;
        }
    }

    public long getLong(int i) {
        switch (dtype) {
            case FLOAT32: return toLong(f32[i]);
            case FLOAT64: return toLong(f64[i]);
            case INT64: return i64[i];
            default: return bool[i] ? 1 : 0;
        }
    }

    /** Stores a value converted to this storage's dtype (C++ static_cast semantics). */
    public void setDouble(int i, double v) {
        switch (dtype) {
            case FLOAT32: f32[i] = (float) v; break;
            case FLOAT64: f64[i] = v; break;
            case INT64: i64[i] = toLong(v); break;
            default: bool[i] = v != 0;
        }
    }

    public void setLong(int i, long v) {
        switch (dtype) {
            case FLOAT32: f32[i] = (float) v; break;
            case FLOAT64: f64[i] = (double) v; break;
            case INT64: i64[i] = v; break;
            default: bool[i] = v != 0;
        }
    }

    public int size() {
        switch (dtype) {
            case FLOAT32: return f32.length;
            case FLOAT64: return f64.length;
            case INT64: return i64.length;
            default: return bool.length;
        }
    }
}
