package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Storage;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/**
 * Elementwise binary loops with broadcasting and no autograd. Operands are first converted to
 * the compute dtype; the loop walks the output row by row with each operand's (possibly zero)
 * stride, switching on the op once per row, never per element.
 */
public final class BinaryKernel {
    public static final int ADD = 0;
    public static final int SUB = 1;
    public static final int MUL = 2;
    public static final int DIV = 3;
    public static final int POW = 4;
    public static final int MAXIMUM = 5;
    public static final int MINIMUM = 6;
    public static final int FLOOR_DIVIDE = 7;
    public static final int REMAINDER = 8;
    /** C's fmod: the remainder of the quotient rounded toward zero (PyTorch's {@code fmod}). */
    public static final int FMOD = 9;
    public static final int EQ = 10;
    public static final int NE = 11;
    public static final int LT = 12;
    public static final int LE = 13;
    public static final int GT = 14;
    public static final int GE = 15;
    public static final int AND = 16;
    public static final int OR = 17;
    public static final int XOR = 18;

    private BinaryKernel() {
    }

    static boolean isComparison(int op) {
        return op >= EQ && op <= GE;
    }

    /** Computes {@code a op b} in {@code compute} and stores the result as {@code outType}. */
    public static Tensor run(int op, Tensor a, Tensor b, DType compute) {
        Tensor x = Conversion.convertData(a, compute);
        Tensor y = Conversion.convertData(b, compute);
        int[] outShape = Shape.broadcast(x.shapeRef(), y.shapeRef());
        DType outType = isComparison(op) ? DType.BOOL : compute;
        Tensor out = Tensor.empty(outShape, outType);
        if (compute == DType.INT64 && (op == DIV || op == FLOOR_DIVIDE || op == REMAINDER || op == FMOD)) {
            checkNoZero(y);
        }
        into(op, out, x, y);
        return out;
    }

    /** Writes {@code x op y} (both already of the compute dtype) into {@code out}, which may be strided. */
    static void into(int op, Tensor out, Tensor x, Tensor y) {
        int[] shape = out.shapeRef();
        int n = Shape.numel(shape);
        if (n == 0) {
            return;
        }
        int nd = shape.length;
        int[] xs = expandedStrides(x, shape);
        int[] ys = expandedStrides(y, shape);
        int[] os = out.stridesRef();
        if (nd == 0) {
            row(op, out.storage(), out.storageOffset(), 0, x.storage(), x.storageOffset(), 0, y.storage(),
                    y.storageOffset(), 0, 1);
            return;
        }
        int[] dense = Shape.contiguousStrides(shape);
        if (out.isContiguous() && flat(xs, dense, shape) != -1 && flat(ys, dense, shape) != -1) {
            row(op, out.storage(), out.storageOffset(), 1, x.storage(), x.storageOffset(), flat(xs, dense, shape),
                    y.storage(), y.storageOffset(), flat(ys, dense, shape), n);
            return;
        }
        int inner = shape[nd - 1];
        int[] idx = new int[nd];
        int rows = n / inner;
        for (int r = 0; r < rows; r++) {
            int oo = out.storageOffset();
            int xo = x.storageOffset();
            int yo = y.storageOffset();
            for (int d = 0; d < nd - 1; d++) {
                oo += idx[d] * os[d];
                xo += idx[d] * xs[d];
                yo += idx[d] * ys[d];
            }
            row(op, out.storage(), oo, os[nd - 1], x.storage(), xo, xs[nd - 1], y.storage(), yo, ys[nd - 1], inner);
            for (int d = nd - 2; d >= 0; d--) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
    }

    /** 1 if the operand walks the output densely, 0 if it is one broadcast value, else -1. */
    private static int flat(int[] strides, int[] dense, int[] shape) {
        boolean allZero = true;
        boolean isDense = true;
        for (int d = 0; d < strides.length; d++) {
            if (shape[d] == 1) {
                continue;
            }
            allZero &= strides[d] == 0;
            isDense &= strides[d] == dense[d];
        }
        return isDense ? 1 : allZero ? 0 : -1;
    }

    /** Strides of {@code t} broadcast to {@code shape}: 0 along broadcast dimensions. */
    public static int[] expandedStrides(Tensor t, int[] shape) {
        int[] src = t.shapeRef();
        int[] st = t.stridesRef();
        int[] out = new int[shape.length];
        int lead = shape.length - src.length;
        for (int d = 0; d < src.length; d++) {
            out[lead + d] = src[d] == 1 && shape[lead + d] != 1 ? 0 : st[d];
        }
        return out;
    }

    private static void checkNoZero(Tensor y) {
        long[] data = y.storage().i64;
        int n = y.numel();
        for (int i = 0; i < n; i++) {
            if (data[y.storageIndex(i)] == 0) {
                throw TorchException.runtime("ZeroDivisionError");
            }
        }
    }

    private static void row(int op, Storage o, int oo, int os, Storage x, int xo, int xs, Storage y, int yo, int ys,
            int n) {
        switch (x.dtype) {
            case FLOAT32:
                if (isComparison(op)) {
                    BinaryLoops.compareF32(op, o.bool, oo, os, x.f32, xo, xs, y.f32, yo, ys, n);
                } else {
                    BinaryLoops.f32(op, o.f32, oo, os, x.f32, xo, xs, y.f32, yo, ys, n);
                }
                break;
            case FLOAT64:
                if (isComparison(op)) {
                    BinaryLoops.compareF64(op, o.bool, oo, os, x.f64, xo, xs, y.f64, yo, ys, n);
                } else {
                    BinaryLoops.f64(op, o.f64, oo, os, x.f64, xo, xs, y.f64, yo, ys, n);
                }
                break;
            case INT64:
                if (isComparison(op)) {
                    BinaryLoops.compareI64(op, o.bool, oo, os, x.i64, xo, xs, y.i64, yo, ys, n);
                } else {
                    BinaryLoops.i64(op, o.i64, oo, os, x.i64, xo, xs, y.i64, yo, ys, n);
                }
                break;
            default:
                BinaryLoops.bool(op, o.bool, oo, os, x.bool, xo, xs, y.bool, yo, ys, n);
        }
    }
}
