package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Shape;
import gradpad.engine.Storage;
import gradpad.engine.Tensor;
import gradpad.engine.math.CrMath;

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
        if (op == SIGMOID && outType == DType.FLOAT32) {
            return sigmoidF32(a);
        }
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
        SleefDF sleef = new SleefDF();
        switch (op) {
            case NEG:
                for (int i = 0; i < n; i++) {
                    o[i] = -1.0f * x[off + i]; // not -x: TeaVM Wasm turns -(+0.0) into +0.0
                }
                break;
            case EXP:
            case LOG:
            case TANH:
            case SIN:
            case COS:
                // PyTorch's vml functions: MKL's (correctly rounded here) or SLEEF's, see VmlLibrary
                if (VmlLibrary.current() == VmlLibrary.SLEEF) {
                    for (int i = 0; i < n; i++) {
                        o[i] = sleefOp(sleef, op, x[off + i]);
                    }
                } else {
                    vmlF32(op, o, x, off, n);
                }
                break;
            case ABS:
                for (int i = 0; i < n; i++) {
                    o[i] = Float.intBitsToFloat(Float.floatToRawIntBits(x[off + i]) & 0x7fffffff);
                }
                break;
            case RELU:
                for (int i = 0; i < n; i++) {
                    // x < 0 ? 0 : x (-0.0 and NaN kept, as PyTorch's clamp_min) with bit masks, not
                    // a branch that random signs mispredict: clear the bits of a negative value
                    // whose magnitude is neither 0 nor NaN
                    int bits = Float.floatToRawIntBits(x[off + i]);
                    int magnitude = bits & 0x7fffffff;
                    int zeroOrNaN = ((magnitude - 1) | (0x7f800000 - magnitude)) >> 31;
                    o[i] = Float.intBitsToFloat(bits & (~(bits >> 31) | zeroOrNaN));
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

    /**
     * exp, log, tanh, sin and cos with the correctly rounded results (MKL's), one loop per op:
     * V8 does not inline {@link #f64}, and a call per element costs more than the arithmetic.
     */
    private static void vmlF32(int op, float[] o, float[] x, int off, int n) {
        switch (op) {
            case TANH:
                Float32Tanh.apply(o, x, off, n);
                break;
            case EXP:
                for (int i = 0; i < n; i++) {
                    o[i] = (float) Math.exp(x[off + i]);
                }
                break;
            case LOG:
                for (int i = 0; i < n; i++) {
                    o[i] = (float) Math.log(x[off + i]);
                }
                break;
            case SIN:
                for (int i = 0; i < n; i++) {
                    o[i] = (float) Math.sin(x[off + i]);
                }
                break;
            default:
                for (int i = 0; i < n; i++) {
                    o[i] = (float) Math.cos(x[off + i]);
                }
        }
    }

    /**
     * PyTorch's sigmoid kernel (cpu_kernel_vec): TensorIterator walks the input in memory order;
     * along each contiguous run, blocks of 16 take the vector path {@code 1 / ((0 - x).exp() + 1)}
     * with SLEEF's exp, the rest of the run the scalar {@code 1 / (1 + exp(-x))} with the C
     * library's (correctly rounded here) expf.
     */
    private static Tensor sigmoidF32(Tensor a) {
        int n = a.numel();
        boolean[] vector = vectorPath(a);
        float[] x = Conversion.contiguousData(Conversion.convertData(a, DType.FLOAT32)).toFloatArray();
        Tensor out = Tensor.empty(a.shapeRef(), DType.FLOAT32);
        float[] o = out.storage().f32;
        SleefDF sleef = new SleefDF();
        for (int i = 0; i < n; i++) {
            if (vector[i]) {
                float e = sleef.expf(Float32.sub(0f, x[i]));
                o[i] = (float) (1.0 / Float32.add(e, 1f));
            } else {
                float e = Float32.round(Math.exp(-x[i]));
                float d = Float32.round(1.0f + e);
                o[i] = 1.0f / d;
            }
        }
        return out;
    }

    /**
     * For each element (row-major), whether cpu_kernel_vec's vectorised loop computes it: dims
     * ordered by the input's strides and coalesced as TensorIterator does; when the innermost run
     * has stride 1, its first multiple of 16 elements are vectorised, the rest go to the scalar
     * tail; otherwise every element is scalar.
     */
    static boolean[] vectorPath(Tensor a) {
        int[] shape = a.shapeRef();
        int[] strides = a.stridesRef();
        int n = a.numel();
        boolean[] vector = new boolean[n];
        int rank = shape.length;
        Integer[] order = new Integer[rank];
        int m = 0;
        for (int d = rank - 1; d >= 0; d--) {
            if (shape[d] != 1) {
                order[m++] = d;
            }
        }
        Integer[] dims = java.util.Arrays.copyOf(order, m);
        java.util.Arrays.sort(dims, (p, q) -> Integer.compare(strides[p], strides[q]));
        if (m == 0 || strides[dims[0]] != 1) {
            return vector;
        }
        int run = shape[dims[0]];
        int k = 1;
        while (k < m && strides[dims[k]] == strides[dims[k - 1]] * shape[dims[k - 1]]) {
            run *= shape[dims[k]];
            k++;
        }
        int vectorised = run / 16 * 16;
        int[] rowMajor = Shape.contiguousStrides(shape);
        int[] idx = new int[m];
        for (int it = 0; it < n; it++) {
            int r = 0;
            for (int j = 0; j < m; j++) {
                r += idx[j] * rowMajor[dims[j]];
            }
            vector[r] = it % run < vectorised;
            for (int j = 0; j < m; j++) {
                if (++idx[j] < shape[dims[j]]) {
                    break;
                }
                idx[j] = 0;
            }
        }
        return vector;
    }

    private static float sleefOp(SleefDF sleef, int op, float v) {
        switch (op) {
            case EXP: return sleef.expf(v);
            case LOG: return sleef.logf(v);
            case TANH: return sleef.tanhf(v);
            case SIN: return sleef.sinf(v);
            default: return sleef.cosf(v);
        }
    }

    static double f64(int op, double v) {
        switch (op) {
            case NEG: return -1.0 * v; // not -v: TeaVM Wasm loses the sign of -0.0
            case EXP: return Math.exp(v);
            case LOG: return Math.log(v);
            case SQRT: return Math.sqrt(v);
            case ABS: return Math.abs(v);
            case TANH: return CrMath.tanh(v);
            case SIGMOID: return 1.0 / (1.0 + Math.exp(-v));
            case RELU: return v < 0 ? 0.0 : v; // -0.0 and NaN stay
            case SIN: return Math.sin(v);
            case COS: return Math.cos(v);
            case RECIPROCAL: return 1.0 / v;
            case SIGN: return v > 0 ? 1.0 : v < 0 ? -1.0 : v != v ? v : 0.0;
            case FLOOR: return Math.floor(v);
            case CEIL: return Math.ceil(v);
            case ROUND: return gradpad.engine.format.PyFloat.roundHalfEven(v); // not Math.rint: TeaVM rounds its ties away from zero
            case TRUNC: return v < 0 ? Math.ceil(v) : Math.floor(v);
            case RSQRT: return 1.0 / Math.sqrt(v);
            case SQUARE: return v * v;
            case LOG1P: return CrMath.log1p(v);
            case EXPM1: return CrMath.expm1(v);
            case LOG2: return Math.log(v) / Math.log(2.0);
            case LOG10: return CrMath.log10(v);
            case TAN: return Math.tan(v);
            case ASIN: return Math.asin(v);
            case ACOS: return Math.acos(v);
            case ATAN: return Math.atan(v);
            case SINH: return CrMath.sinh(v);
            case COSH: return CrMath.cosh(v);
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
