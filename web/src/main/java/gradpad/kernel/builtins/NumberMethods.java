package gradpad.kernel.builtins;

import gradpad.engine.Float64;
import gradpad.kernel.runtime.Builtin;

/** The few methods tutorials call on numbers: {@code float.is_integer}, {@code int.bit_length}. */
final class NumberMethods {
    private NumberMethods() {
    }

    static Object get(Object self, String name) {
        if (self instanceof Double) {
            double d = (Double) self;
            switch (name) {
                case "is_integer":
                    return new Builtin(name, self, (a, kw) -> Float64.isInteger(d));
                case "real":
                    return d;
                case "imag":
                    return 0.0;
                case "conjugate":
                    return new Builtin(name, self, (a, kw) -> d);
                case "as_integer_ratio":
                    return new Builtin(name, self, (a, kw) -> ratio(d));
                default:
                    return null;
            }
        }
        long v = self instanceof Boolean ? (((Boolean) self) ? 1 : 0) : (Long) self;
        switch (name) {
            case "bit_length":
                return new Builtin(name, self, (a, kw) -> (long) (64 - Long.numberOfLeadingZeros(Math.abs(v))));
            case "real":
            case "numerator":
                return v;
            case "imag":
                return 0L;
            case "denominator":
                return 1L;
            case "conjugate":
                return new Builtin(name, self, (a, kw) -> v);
            case "bit_count":
                return new Builtin(name, self, (a, kw) -> (long) Long.bitCount(Math.abs(v)));
            case "as_integer_ratio":
                return new Builtin(name, self, (a, kw) -> gradpad.kernel.runtime.PyTuple.of(v, 1L));
            default:
                return null;
        }
    }

    /** {@code float.as_integer_ratio()} for ratios that fit gradpad's 64-bit ints. */
    private static Object ratio(double d) {
        if (Double.isInfinite(d)) {
            throw gradpad.kernel.runtime.Errors.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw gradpad.kernel.runtime.Errors.valueError("cannot convert NaN to integer ratio");
        }
        long den = 1;
        double num = d;
        while (!Float64.isInteger(num)) {
            if (den > (1L << 61)) {
                throw gradpad.kernel.runtime.Errors.overflow("int too large: gradpad's ints are 64-bit");
            }
            num *= 2;
            den *= 2;
        }
        if (Math.abs(num) >= 9.223372036854775807E18) {
            throw gradpad.kernel.runtime.Errors.overflow("int too large: gradpad's ints are 64-bit");
        }
        return gradpad.kernel.runtime.PyTuple.of((long) num, den);
    }
}
