package gradpad.kernel.builtins;

import static gradpad.kernel.builtins.BuiltinFunctions.one;
import static gradpad.kernel.builtins.BuiltinFunctions.put;

import gradpad.engine.Tensor;
import gradpad.engine.format.PyFloat;
import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.Numbers;
import gradpad.kernel.runtime.Operators;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.syntax.Expr.Operator;
import java.util.Map;

/** The numeric builtins: {@code abs}, {@code round}, {@code divmod}, {@code pow} (with a modulus), {@code hex}/{@code bin}/{@code oct}. */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static void register(Map<String, Object> b) {
        put(b, "abs", (a, kw) -> {
            Object v = one("abs", a, kw);
            if (v instanceof Tensor) {
                return gradpad.engine.ops.Unary.abs((Tensor) v);
            }
            if (v instanceof Double) {
                return Math.abs((Double) v);
            }
            if (v instanceof Long || v instanceof Boolean) {
                long x = Numbers.isNumber(v) && v instanceof Boolean ? (((Boolean) v) ? 1 : 0) : (Long) v;
                return Math.abs(x);
            }
            Object r = v instanceof gradpad.kernel.runtime.PyInstance
                    ? Instances.callDunder((gradpad.kernel.runtime.PyInstance) v, "__abs__") : null;
            if (r != null) {
                return r;
            }
            throw Errors.typeError("bad operand type for abs(): '" + Runtime.typeName(v) + "'");
        });
        put(b, "round", (a, kw) -> round(a, kw));
        put(b, "divmod", (a, kw) -> {
            Arity.expected("divmod", a, kw, 2, 2);
            return PyTuple.of(Operators.binary(Operator.FloorDiv, a[0], a[1]), Operators.binary(Operator.Mod, a[0], a[1]));
        });
        put(b, "pow", (a, kw) -> {
            if (kw.length > 0 || a.length < 2 || a.length > 3) {
                Object[] s = new Signature("pow", "base", "exp", "mod=None").bind(a, kw);
                return Runtime.call(b.get("pow"), s[2] == null ? new Object[] {s[0], s[1]} : s);
            }
            if (a.length == 3) {
                return modularPower(a[0], a[1], a[2]);
            }
            return Operators.binary(Operator.Pow, a[0], a[1]);
        });
        put(b, "hex", (a, kw) -> radix(Runtime.toIndex(one("hex", a, kw)), 16, "0x"));
        put(b, "bin", (a, kw) -> radix(Runtime.toIndex(one("bin", a, kw)), 2, "0b"));
        put(b, "oct", (a, kw) -> radix(Runtime.toIndex(one("oct", a, kw)), 8, "0o"));
    }

    private static String radix(long v, int radix, String prefix) {
        return (v < 0 ? "-" : "") + prefix + Long.toString(Math.abs(v), radix);
    }

    private static Object modularPower(Object b, Object e, Object m) {
        for (Object o : new Object[] {b, e, m}) {
            if (!(o instanceof Long || o instanceof Boolean)) {
                throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
        }
        long base = Runtime.toIndex(b);
        long exp = Runtime.toIndex(e);
        long mod = Runtime.toIndex(m);
        if (mod == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        base = Math.floorMod(base, mod);
        if (exp < 0) {
            base = inverse(base, mod);
            exp = -exp;
        }
        long r = Math.floorMod(1L, mod);
        while (exp > 0) {
            if ((exp & 1) != 0) {
                r = mulMod(r, base, mod);
            }
            base = mulMod(base, base, mod);
            exp >>>= 1;
        }
        return r;
    }

    /** a * b mod m with Python's sign (that of m), without overflow for any 64-bit m. */
    private static long mulMod(long a, long b, long m) {
        if (Math.abs(m) < (1L << 31) && Math.abs(a) < (1L << 31) && Math.abs(b) < (1L << 31)) {
            return Math.floorMod(a * b, m);
        }
        long r = 0;
        a = Math.floorMod(a, m);
        b = Math.floorMod(b, m);
        while (b != 0) { // double and add; each step stays within m's range
            if ((b & 1) != 0) {
                r = addMod(r, a, m);
            }
            a = addMod(a, a, m);
            b >>>= 1;
        }
        return r;
    }

    private static long addMod(long a, long b, long m) {
        // a and b lie between 0 and m (either sign): a - (m - b) cannot overflow
        long s = a - (m - b);
        return m > 0 ? (s < 0 ? s + m : s) : (s > 0 ? s + m : s);
    }

    /** base's inverse modulo m (extended Euclid), as pow(base, -1, m). */
    private static long inverse(long base, long m) {
        long a = Math.floorMod(base, Math.abs(m));
        long n = Math.abs(m);
        long x0 = 1;
        long x1 = 0;
        long b = n;
        while (b != 0) {
            long q = a / b;
            long t = a - q * b;
            a = b;
            b = t;
            t = x0 - q * x1;
            x0 = x1;
            x1 = t;
        }
        if (a != 1) {
            throw Errors.valueError("base is not invertible for the given modulus");
        }
        return Math.floorMod(x0, m);
    }

    private static Object round(Object[] a, String[] kw) {
        Object[] s = new Signature("round", "number", "ndigits=None").bind(a, kw);
        Object v = s[0];
        boolean noDigits = s[1] == null || s[1] == PyNone.NONE;
        if (v instanceof Long || v instanceof Boolean) {
            long x = Runtime.toIndex(v);
            if (noDigits || Runtime.toIndex(s[1]) >= 0) {
                return x;
            }
            long digits = Runtime.toIndex(s[1]);
            if (digits < -18) { // 10^19 is beyond 64 bits: every int rounds to 0 or to +-10^19
                if (x > -5_000_000_000_000_000_000L && x < 5_000_000_000_000_000_000L || digits < -19) {
                    return 0L;
                }
                throw Errors.overflow("int too large: gradpad's ints are 64-bit (round(" + x + ", " + digits + "))");
            }
            long p = 1;
            for (long i = digits; i < 0; i++) {
                p *= 10;
            }
            // exactly, in integers, halves to even (a double quotient loses digits beyond 2^53)
            long q = Math.floorDiv(x, p);
            long twiceRest = 2 * (x - q * p);
            if (twiceRest > p || (twiceRest == p && (q & 1) != 0)) {
                q++;
            }
            return q * p;
        }
        if (v instanceof Double) {
            double d = (Double) v;
            if (noDigits) {
                if (Double.isNaN(d)) {
                    throw Errors.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw Errors.overflow("cannot convert float infinity to integer");
                }
                double r = PyFloat.roundHalfEven(d);
                if (Math.abs(r) >= 9.223372036854775807E18) {
                    throw Errors.overflow("int too large: gradpad's ints are 64-bit (round() of " + PyFloat.repr(d)
                            + ")");
                }
                return (long) r;
            }
            return PyFloat.round(d, Runtime.toIndex(s[1]));
        }
        // Tensors included: PyTorch defines no Tensor.__round__ (torch.round is the tensor op)
        throw Errors.typeError("type " + Runtime.typeName(v) + " doesn't define __round__ method");
    }

    /** Small conversion helpers shared by the builtins. */
}
