package gradpad.engine.ops;

import static gradpad.engine.ops.BinaryKernel.ADD;
import static gradpad.engine.ops.BinaryKernel.AND;
import static gradpad.engine.ops.BinaryKernel.DIV;
import static gradpad.engine.ops.BinaryKernel.EQ;
import static gradpad.engine.ops.BinaryKernel.FLOOR_DIVIDE;
import static gradpad.engine.ops.BinaryKernel.FMOD;
import static gradpad.engine.ops.BinaryKernel.GE;
import static gradpad.engine.ops.BinaryKernel.GT;
import static gradpad.engine.ops.BinaryKernel.LE;
import static gradpad.engine.ops.BinaryKernel.LT;
import static gradpad.engine.ops.BinaryKernel.MAXIMUM;
import static gradpad.engine.ops.BinaryKernel.MINIMUM;
import static gradpad.engine.ops.BinaryKernel.MUL;
import static gradpad.engine.ops.BinaryKernel.NE;
import static gradpad.engine.ops.BinaryKernel.OR;
import static gradpad.engine.ops.BinaryKernel.POW;
import static gradpad.engine.ops.BinaryKernel.REMAINDER;
import static gradpad.engine.ops.BinaryKernel.SUB;
import static gradpad.engine.ops.BinaryKernel.XOR;

import gradpad.engine.Float64;
import gradpad.engine.TorchException;

/**
 * The inner loops of {@link BinaryKernel}, one method per dtype. Float32 results are stored
 * straight into the float[] output, which rounds once per op on every target.
 */
final class BinaryLoops {
    private BinaryLoops() {
    }

    static void f32(int op, float[] o, int oo, int os, float[] x, int xo, int xs, float[] y, int yo, int ys, int n) {
        if (op <= DIV && os == 1 && xs == 1 && (ys == 1 || ys == 0)) {
            if (ys == 1) {
                denseF32(op, o, oo, x, xo, y, yo, n);
            } else {
                withScalarF32(op, o, oo, x, xo, y[yo], n);
            }
            return;
        }
        switch (op) {
            case ADD:
                for (int i = 0; i < n; i++) {
                    o[oo + i * os] = x[xo + i * xs] + y[yo + i * ys];
                }
                break;
            case SUB:
                for (int i = 0; i < n; i++) {
                    o[oo + i * os] = x[xo + i * xs] - y[yo + i * ys];
                }
                break;
            case MUL:
                for (int i = 0; i < n; i++) {
                    o[oo + i * os] = x[xo + i * xs] * y[yo + i * ys];
                }
                break;
            case DIV:
                for (int i = 0; i < n; i++) {
                    o[oo + i * os] = x[xo + i * xs] / y[yo + i * ys];
                }
                break;
            case MAXIMUM: // clamp's bounds too: own loops, as V8 does not inline scalarF64
                for (int i = 0; i < n; i++) {
                    float a = x[xo + i * xs];
                    float b = y[yo + i * ys];
                    o[oo + i * os] = a != a || b != b ? Float.NaN : a > b ? a : b;
                }
                break;
            case MINIMUM:
                for (int i = 0; i < n; i++) {
                    float a = x[xo + i * xs];
                    float b = y[yo + i * ys];
                    o[oo + i * os] = a != a || b != b ? Float.NaN : a < b ? a : b;
                }
                break;
            default:
                for (int i = 0; i < n; i++) {
                    o[oo + i * os] = (float) scalarF64(op, x[xo + i * xs], y[yo + i * ys]);
                }
        }
    }

    /** Both operands dense: the common case, kept free of stride arithmetic. */
    private static void denseF32(int op, float[] o, int oo, float[] x, int xo, float[] y, int yo, int n) {
        switch (op) {
            case ADD:
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x[xo + i] + y[yo + i];
                }
                break;
            case SUB:
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x[xo + i] - y[yo + i];
                }
                break;
            case MUL:
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x[xo + i] * y[yo + i];
                }
                break;
            default:
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x[xo + i] / y[yo + i];
                }
        }
    }

    /** A tensor and one broadcast value ({@code x + 1}, {@code g * w} with a 0-d w). */
    private static void withScalarF32(int op, float[] o, int oo, float[] x, int xo, float c, int n) {
        switch (op) {
            case ADD:
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x[xo + i] + c;
                }
                break;
            case SUB:
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x[xo + i] - c;
                }
                break;
            case MUL:
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x[xo + i] * c;
                }
                break;
            default:
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x[xo + i] / c;
                }
        }
    }

    static void f64(int op, double[] o, int oo, int os, double[] x, int xo, int xs, double[] y, int yo, int ys,
            int n) {
        switch (op) {
            case ADD:
                for (int i = 0; i < n; i++) {
                    o[oo + i * os] = x[xo + i * xs] + y[yo + i * ys];
                }
                break;
            case SUB:
                for (int i = 0; i < n; i++) {
                    o[oo + i * os] = x[xo + i * xs] - y[yo + i * ys];
                }
                break;
            case MUL:
                for (int i = 0; i < n; i++) {
                    o[oo + i * os] = x[xo + i * xs] * y[yo + i * ys];
                }
                break;
            case DIV:
                for (int i = 0; i < n; i++) {
                    o[oo + i * os] = x[xo + i * xs] / y[yo + i * ys];
                }
                break;
            default:
                for (int i = 0; i < n; i++) {
                    o[oo + i * os] = scalarF64(op, x[xo + i * xs], y[yo + i * ys]);
                }
        }
    }

    /** The less common float ops, computed in double (one rounding to the output type after). */
    static double scalarF64(int op, double a, double b) {
        switch (op) {
            case POW:
                return Math.pow(a, b);
            // PyTorch's maximum/minimum: NaN propagates, and a tie (-0.0 and 0.0) gives b
            case MAXIMUM:
                return a != a || b != b ? Double.NaN : a > b ? a : b;
            case MINIMUM:
                return a != a || b != b ? Double.NaN : a < b ? a : b;
            case FLOOR_DIVIDE:
                return floorDivide(a, b);
            case REMAINDER: {
                if (b == 0) {
                    return Double.NaN;
                }
                double mod = Float64.fmod(a, b);
                if (mod != 0 && (b < 0) != (mod < 0)) {
                    mod += b;
                }
                return mod;
            }
            case FMOD:
                return Float64.fmod(a, b);
            default:
                throw TorchException.runtime("\"" + opName(op) + "\" not implemented for 'Float'");
        }
    }

    /** PyTorch's {@code div_floor_floating}: Python's {@code //} for floats. */
    private static double floorDivide(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = Float64.fmod(a, b);
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1;
        }
        if (div == 0) {
            return Math.copySign(0, a / b);
        }
        double floor = Math.floor(div);
        if (div - floor > 0.5) {
            floor += 1;
        }
        return floor;
    }

    static void i64(int op, long[] o, int oo, int os, long[] x, int xo, int xs, long[] y, int yo, int ys, int n) {
        for (int i = 0; i < n; i++) {
            long a = x[xo + i * xs];
            long b = y[yo + i * ys];
            long r;
            switch (op) {
                case ADD: r = a + b; break;
                case SUB: r = a - b; break;
                case MUL: r = a * b; break;
                case FLOOR_DIVIDE: r = Math.floorDiv(a, b); break;
                case REMAINDER: r = Math.floorMod(a, b); break;
                case FMOD: r = a % b; break;
                case MAXIMUM: r = Math.max(a, b); break;
                case MINIMUM: r = Math.min(a, b); break;
                case AND: r = a & b; break;
                case OR: r = a | b; break;
                case XOR: r = a ^ b; break;
                case POW: r = intPow(a, b); break;
                default: throw TorchException.runtime("\"" + opName(op) + "\" not implemented for 'Long'");
            }
            o[oo + i * os] = r;
        }
    }

    static long intPow(long base, long exp) {
        if (exp < 0) {
            if (base == 1) {
                return 1;
            }
            if (base == -1) {
                return (exp & 1) == 0 ? 1 : -1;
            }
            throw TorchException.runtime("Integers to negative integer powers are not allowed.");
        }
        long result = 1;
        while (exp > 0) {
            if ((exp & 1) != 0) {
                result *= base;
            }
            base *= base;
            exp >>= 1;
        }
        return result;
    }

    static void bool(int op, boolean[] o, int oo, int os, boolean[] x, int xo, int xs, boolean[] y, int yo, int ys,
            int n) {
        for (int i = 0; i < n; i++) {
            boolean a = x[xo + i * xs];
            boolean b = y[yo + i * ys];
            boolean r;
            switch (op) {
                case ADD: case OR: case MAXIMUM: r = a | b; break;
                case MUL: case AND: case MINIMUM: r = a & b; break;
                case XOR: case NE: r = a ^ b; break;
                case EQ: r = a == b; break;
                case LT: r = !a & b; break;
                case LE: r = !a | b; break;
                case GT: r = a & !b; break;
                case GE: r = a | !b; break;
                case SUB:
                    throw TorchException.runtime("Subtraction, the `-` operator, with two bool tensors is not "
                            + "supported. Use the `^` or `logical_xor()` operator instead.");
                default: throw TorchException.runtime("\"" + opName(op) + "\" not implemented for 'Bool'");
            }
            o[oo + i * os] = r;
        }
    }

    static void compareF32(int op, boolean[] o, int oo, int os, float[] x, int xo, int xs, float[] y, int yo,
            int ys, int n) {
        for (int i = 0; i < n; i++) {
            o[oo + i * os] = compare(op, x[xo + i * xs], y[yo + i * ys]);
        }
    }

    static void compareF64(int op, boolean[] o, int oo, int os, double[] x, int xo, int xs, double[] y, int yo,
            int ys, int n) {
        for (int i = 0; i < n; i++) {
            o[oo + i * os] = compare(op, x[xo + i * xs], y[yo + i * ys]);
        }
    }

    static void compareI64(int op, boolean[] o, int oo, int os, long[] x, int xo, int xs, long[] y, int yo, int ys,
            int n) {
        for (int i = 0; i < n; i++) {
            long a = x[xo + i * xs];
            long b = y[yo + i * ys];
            boolean r;
            switch (op) {
                case EQ: r = a == b; break;
                case NE: r = a != b; break;
                case LT: r = a < b; break;
                case LE: r = a <= b; break;
                case GT: r = a > b; break;
                default: r = a >= b;
            }
            o[oo + i * os] = r;
        }
    }

    private static boolean compare(int op, double a, double b) {
        switch (op) {
            case EQ: return a == b;
            case NE: return a != b;
            case LT: return a < b;
            case LE: return a <= b;
            case GT: return a > b;
            default: return a >= b;
        }
    }

    static String opName(int op) {
        switch (op) {
            case AND: return "bitwise_and_cpu";
            case OR: return "bitwise_or_cpu";
            case XOR: return "bitwise_xor_cpu";
            case POW: return "pow";
            default: return "op";
        }
    }
}
