package gradpad.kernel.runtime;

import gradpad.engine.Float64;
import gradpad.kernel.syntax.Expr.Operator;

/**
 * Arithmetic on Python's bool, int and float with Python's rules: true division, floor division
 * and modulo rounding toward minus infinity, int ** negative int giving a float, CPython's error
 * messages. Ints are 64-bit; an overflow raises OverflowError rather than wrapping silently.
 */
public final class Numbers {
    private Numbers() {
    }

    public static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean;
    }

    static long asLong(Object o) {
        return o instanceof Boolean ? (((Boolean) o) ? 1L : 0L) : (Long) o;
    }

    public static double asDouble(Object o) {
        if (o instanceof Double) {
            return (Double) o;
        }
        return asLong(o);
    }

    /** The result, or null when the operands are not both numbers. */
    public static Object binary(Operator op, Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return null;
        }
        if (a instanceof Double || b instanceof Double) {
            return floatOp(op, asDouble(a), asDouble(b));
        }
        return intOp(op, asLong(a), asLong(b), a instanceof Boolean && b instanceof Boolean);
    }

    private static PyException tooLarge() {
        return Errors.overflow("integer result too large (gradpad's ints are 64-bit)");
    }

    private static Object intOp(Operator op, long x, long y, boolean bothBool) {
        switch (op) {
            case Add:
                try {
                    return Math.addExact(x, y);
                } catch (ArithmeticException e) {
                    throw tooLarge();
                }
            case Sub:
                try {
                    return Math.subtractExact(x, y);
                } catch (ArithmeticException e) {
                    throw tooLarge();
                }
            case Mult:
                try {
                    return Math.multiplyExact(x, y);
                } catch (ArithmeticException e) {
                    throw tooLarge();
                }
            case Div:
                if (y == 0) {
                    throw Errors.zeroDivision("division by zero");
                }
                return trueDivide(x, y);
            case FloorDiv:
                if (y == 0) {
                    throw Errors.zeroDivision("integer division or modulo by zero");
                }
                return Math.floorDiv(x, y);
            case Mod:
                if (y == 0) {
                    throw Errors.zeroDivision("integer modulo by zero");
                }
                return Math.floorMod(x, y);
            case Pow:
                if (y < 0) {
                    if (x == 0) {
                        throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
                    }
                    return gradpad.engine.math.CrMath.pow(x, y);
                }
                return intPow(x, y);
            case BitAnd:
                return bothBool ? (Object) ((x & y) != 0) : (Object) (x & y);
            case BitOr:
                return bothBool ? (Object) ((x | y) != 0) : (Object) (x | y);
            case BitXor:
                return bothBool ? (Object) ((x ^ y) != 0) : (Object) (x ^ y);
            case LShift:
                if (y < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (y >= 63 || (x != 0 && Long.numberOfLeadingZeros(Math.abs(x)) <= y)) {
                    if (x == 0) {
                        return 0L;
                    }
                    throw tooLarge();
                }
                return x << y;
            case RShift:
                if (y < 0) {
                    throw Errors.valueError("negative shift count");
                }
                return y >= 64 ? (x < 0 ? -1L : 0L) : x >> y;
            default:
                throw Errors.typeError("unsupported operand type(s) for " + op.symbol + ": 'int' and 'int'");
        }
    }

    /** int / int: exact operands below 2^53 give CPython's correctly rounded quotient. */
    private static double trueDivide(long x, long y) {
        return (double) x / (double) y;
    }

    private static long intPow(long base, long exp) {
        long result = 1;
        long b = base;
        long e = exp;
        try {
            while (e > 0) {
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, b);
                }
                e >>= 1;
                if (e > 0) {
                    b = Math.multiplyExact(b, b);
                }
            }
        } catch (ArithmeticException ex) {
            throw tooLarge();
        }
        return result;
    }

    private static Object floatOp(Operator op, double x, double y) {
        switch (op) {
            case Add: return x + y;
            case Sub: return x - y;
            case Mult: return x * y;
            case Div:
                if (y == 0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return x / y;
            case FloorDiv:
                if (y == 0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                return floorDiv(x, y);
            case Mod:
                if (y == 0) {
                    throw Errors.zeroDivision("float modulo");
                }
                return mod(x, y);
            case Pow:
                return floatPow(x, y);
            default:
                throw Errors.typeError("unsupported operand type(s) for " + op.symbol + ": 'float' and 'float'");
        }
    }

    /** CPython's float_floor_div / float_divmod. */
    static double floorDiv(double x, double y) {
        double mod = gradpad.engine.Float64.fmod(x, y);
        double div = (x - mod) / y;
        if (mod != 0 && (y < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, x / y);
        }
        double floor = Math.floor(div);
        if (div - floor > 0.5) {
            floor += 1.0;
        }
        return floor;
    }

    static double mod(double x, double y) {
        double mod = gradpad.engine.Float64.fmod(x, y);
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    static double floatPow(double x, double y) {
        if (x == 0 && y < 0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && !Float64.isInteger(y) && !Double.isInfinite(y)) {
            throw Errors.valueError("gradpad does not support complex numbers (a negative number raised to a "
                    + "fractional power)");
        }
        double r = gradpad.engine.math.CrMath.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Errors.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** Ordering of two numbers: negative, zero or positive; NaN compares false everywhere (caller checks). */
    static int compare(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            return Double.compare(asDouble(a), asDouble(b));
        }
        return Long.compare(asLong(a), asLong(b));
    }

    static boolean numericEquals(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            return asDouble(a) == asDouble(b);
        }
        return asLong(a) == asLong(b);
    }
}
