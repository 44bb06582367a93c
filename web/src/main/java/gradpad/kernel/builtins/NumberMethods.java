package gradpad.kernel.builtins;

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
                    return new Builtin(name, self, (a, kw) -> d == Math.rint(d) && !Double.isInfinite(d));
                case "real":
                    return d;
                case "imag":
                    return 0.0;
                case "conjugate":
                    return new Builtin(name, self, (a, kw) -> d);
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
            default:
                return null;
        }
    }
}
