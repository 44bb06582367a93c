package gradpad.kernel.runtime;

/**
 * CPython's 64-bit {@code hash()} for the values whose hash is deterministic in CPython: int,
 * bool, float and tuples of them (Objects/longobject.c, Python/pyhash.c, Objects/tupleobject.c).
 * Sets use it to place elements as CPython does, so {@code print({3, 1, 2})} shows
 * {@code {1, 2, 3}}. str hashes are randomised per process in CPython, so any stable value does.
 */
public final class PyHash {
    private PyHash() {
    }

    private static final int BITS = 61;
    private static final long MODULUS = (1L << BITS) - 1;
    private static final long INF = 314159;
    private static final long XXPRIME_1 = -7046029288634856825L; // 11400714785074694791
    private static final long XXPRIME_2 = -4417276706812531889L; // 14029467366897019727
    private static final long XXPRIME_5 = 2870177450012600261L;

    public static long of(Object o) {
        if (o instanceof Boolean) {
            return ((Boolean) o) ? 1 : 0;
        }
        if (o instanceof Long) {
            return ofLong((Long) o);
        }
        if (o instanceof Double) {
            return ofDouble((Double) o, o);
        }
        if (o instanceof String) {
            long h = ((String) o).hashCode() * 0x9E3779B97F4A7C15L;
            return h == -1 ? -2 : h;
        }
        if (o instanceof PyTuple) {
            return ofTuple((PyTuple) o);
        }
        Runtime.checkHashable(o);
        if (o instanceof PyInstance && !(o instanceof PyBaseException)) {
            PyInstance inst = (PyInstance) o;
            Object h = Instances.callDunder(inst, "__hash__");
            if (h != null) {
                if (!(h instanceof Long) && !(h instanceof Boolean)) {
                    throw Errors.typeError("__hash__ method should return an integer");
                }
                return ofLong(Runtime.toIndex(h));
            }
            if (inst.cls().lookup("__eq__") != null) {
                throw Errors.typeError("unhashable type: '" + Runtime.typeName(o) + "'");
            }
        }
        return pointer(o);
    }

    /** _Py_HashPointer: the address rotated right by 4 bits. */
    public static long pointer(Object o) {
        long id = Runtime.id(o);
        long h = (id >>> 4) | (id << 60);
        return h == -1 ? -2 : h;
    }

    public static long ofLong(long x) {
        long mag = x < 0 ? -x : x; // Long.MIN_VALUE stays negative: treat as unsigned below
        long h = Long.remainderUnsigned(mag, MODULUS);
        if (x < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    static long ofDouble(double v, Object self) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (Double.isNaN(v)) {
            return pointer(self);
        }
        if (v == 0) {
            return 0;
        }
        // m, e = frexp(v): v = m * 2**e with 0.5 <= |m| < 1
        int e = Math.getExponent(v) + 1;
        double m;
        if (Math.getExponent(v) < Double.MIN_EXPONENT) { // subnormal
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) + 1 - 54;
            m = Math.scalb(scaled, -(e + 54));
        } else {
            m = Math.scalb(v, -e);
        }
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    static long ofTuple(PyTuple t) {
        long acc = XXPRIME_5;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            long lane = of(t.get(i));
            acc += lane * XXPRIME_2;
            acc = (acc << 31) | (acc >>> 33);
            acc *= XXPRIME_1;
        }
        acc += n ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }
}
