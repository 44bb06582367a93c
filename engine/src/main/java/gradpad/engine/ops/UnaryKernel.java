package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Storage;
import gradpad.engine.Tensor;

/**
 * Elementwise unary loops, no autograd. Float32 math is done in double and rounded once when
 * stored, except where PyTorch's kernel rounds between steps (sigmoid), which is mirrored.
 */
public final class UnaryKernel {
    public static final int NEG = 0;
    public static final int EXP = 1;
    public static final int LOG = 2;
    public static final int SQRT = 3;
    public static final int ABS = 4;
    public static final int TANH = 5;
    public static final int SIGMOID = 6;
    public static final int RELU = 7;
    public static final int SIN = 8;
    public static final int COS = 9;
    public static final int RECIPROCAL = 10;
    public static final int SIGN = 11;
    public static final int FLOOR = 12;
    public static final int CEIL = 13;
    public static final int ROUND = 14;
    public static final int TRUNC = 15;
    public static final int RSQRT = 16;
    public static final int SQUARE = 17;
    public static final int LOG1P = 18;
    public static final int EXPM1 = 19;
    public static final int LOGICAL_NOT = 20;
    public static final int LOG2 = 21;
    public static final int LOG10 = 22;
    public static final int TAN = 23;
    public static final int ASIN = 24;
    public static final int ACOS = 25;
    public static final int ATAN = 26;
    public static final int SINH = 27;
    public static final int COSH = 28;
    public static final int FRAC = 29;
    public static final int BITWISE_NOT = 30;

    private UnaryKernel() {
    }

    /** Applies {@code op} to every element of {@code a}, computing and storing in {@code outType}. */
    public static Tensor run(int op, Tensor a, DType outType) {
        Tensor x = Conversion.contiguousData(Conversion.convertData(a, outType == DType.BOOL ? a.dtype() : outType));
        Tensor out = Tensor.empty(a.shapeRef(), outType);
        int n = out.numel();
        Storage s = x.storage();
        Storage o = out.storage();
        int off = x.storageOffset();
        switch (outType) {
            case FLOAT32:
                f32(op, o.f32, s.f32, off, n);
                break;
            case FLOAT64:
                for (int i = 0; i < n; i++) {
                    o.f64[i] = f64(op, s.f64[off + i]);
                }
                break;
            case INT64:
                for (int i = 0; i < n; i++) {
                    o.i64[i] = i64(op, s.i64[off + i]);
                }
                break;
            default:
                for (int i = 0; i < n; i++) {
                    o.bool[i] = boolOp(op, x, i);
                }
        }
        return out;
    }

    private static void f32(int op, float[] o, float[] x, int off, int n) {
        switch (op) {
            case NEG:
                for (int i = 0; i < n; i++) {
                    o[i] = -1.0f * x[off + i]; // not -x: TeaVM Wasm turns -(+0.0) into +0.0
                }
                break;
            case SIGMOID:
                // PyTorch: 1 / (1 + exp(-x)), each step rounded to float32.
                for (int i = 0; i < n; i++) {
                    float e = Float32.round(Math.exp(-x[off + i]));
                    float d = Float32.round(1.0f + e);
                    o[i] = 1.0f / d;
                }
                break;
            case SQUARE:
                for (int i = 0; i < n; i++) {
                    o[i] = x[off + i] * x[off + i];
                }
                break;
            case RSQRT:
                for (int i = 0; i < n; i++) {
                    o[i] = 1.0f / Float32.round(Math.sqrt(x[off + i]));
                }
                break;
            default:
                for (int i = 0; i < n; i++) {
                    o[i] = (float) f64(op, x[off + i]);
                }
        }
    }

    static double f64(int op, double v) {
        switch (op) {
            case NEG: return -1.0 * v; // not -v: TeaVM Wasm loses the sign of -0.0
            case EXP: return Math.exp(v);
            case LOG: return Math.log(v);
            case SQRT: return Math.sqrt(v);
            case ABS: return Math.abs(v);
            case TANH: return Math.tanh(v);
            case SIGMOID: return 1.0 / (1.0 + Math.exp(-v));
            case RELU: return v != v ? v : v > 0 ? v : 0.0;
            case SIN: return Math.sin(v);
            case COS: return Math.cos(v);
            case RECIPROCAL: return 1.0 / v;
            case SIGN: return v > 0 ? 1.0 : v < 0 ? -1.0 : v != v ? v : 0.0;
            case FLOOR: return Math.floor(v);
            case CEIL: return Math.ceil(v);
            case ROUND: return Math.rint(v);
            case TRUNC: return v < 0 ? Math.ceil(v) : Math.floor(v);
            case RSQRT: return 1.0 / Math.sqrt(v);
            case SQUARE: return v * v;
            case LOG1P: return Math.log1p(v);
            case EXPM1: return Math.expm1(v);
            case LOG2: return Math.log(v) / Math.log(2.0);
            case LOG10: return Math.log10(v);
            case TAN: return Math.tan(v);
            case ASIN: return Math.asin(v);
            case ACOS: return Math.acos(v);
            case ATAN: return Math.atan(v);
            case SINH: return Math.sinh(v);
            case COSH: return Math.cosh(v);
            case FRAC: return v - (v < 0 ? Math.ceil(v) : Math.floor(v));
            default: throw new IllegalArgumentException("unary op " + op);
        }
    }

    private static long i64(int op, long v) {
        switch (op) {
            case NEG: return -v;
            case ABS: return Math.abs(v);
            case RELU: return Math.max(v, 0);
            case SIGN: return Long.signum(v);
            case SQUARE: return v * v;
            case BITWISE_NOT: return ~v;
            case FLOOR: case CEIL: case ROUND: case TRUNC: return v;
            default: throw gradpad.engine.TorchException.runtime("\"" + name(op) + "\" not implemented for 'Long'");
        }
    }

    private static boolean boolOp(int op, Tensor x, int i) {
        boolean v = x.doubleAt(i) != 0;
        switch (op) {
            case LOGICAL_NOT: case BITWISE_NOT: return !v;
            case ABS: case RELU: case SIGN: case FLOOR: case CEIL: case ROUND: case TRUNC: return v;
            default: throw gradpad.engine.TorchException.runtime("\"" + name(op) + "\" not implemented for 'Bool'");
        }
    }

    private static String name(int op) {
        switch (op) {
            case NEG: return "neg_cpu";
            case EXP: return "exp_vml_cpu";
            case LOG: return "log_vml_cpu";
            case SQRT: return "sqrt_vml_cpu";
            default: return "unary_op";
        }
    }
}
