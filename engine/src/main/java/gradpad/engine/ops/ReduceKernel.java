package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;

/**
 * The sum loop behind {@code sum}/{@code mean}: picks PyTorch's inner (reduced dims innermost) or
 * outer (reduced dims before the kept ones) summation order, see {@link CascadeSum}.
 */
final class ReduceKernel {
    private ReduceKernel() {
    }

    static Tensor sum(Tensor input, boolean[] mask, boolean keepdim, DType type) {
        int[] shape = input.shapeRef();
        int rank = shape.length;
        Tensor out = Tensor.empty(Reductions.reducedShape(shape, mask, keepdim), type);
        int first = -1;
        int last = -1;
        boolean contiguousRange = true;
        for (int d = 0; d < rank; d++) {
            if (mask[d]) {
                if (first < 0) {
                    first = d;
                } else if (last != d - 1) {
                    contiguousRange = false;
                }
                last = d;
            }
        }
        Tensor x;
        int outer;
        int reduce;
        int inner;
        if (first < 0) {
            x = Conversion.contiguousData(Conversion.convertData(input, type));
            outer = x.numel();
            reduce = 1;
            inner = 1;
        } else if (contiguousRange) {
            x = Conversion.contiguousData(Conversion.convertData(input, type));
            outer = product(shape, 0, first);
            reduce = product(shape, first, last + 1);
            inner = product(shape, last + 1, rank);
        } else {
            // Reduced dims scattered: move them innermost, then reduce as one block.
            int[] perm = new int[rank];
            int n = 0;
            for (int d = 0; d < rank; d++) {
                if (!mask[d]) {
                    perm[n++] = d;
                }
            }
            int kept = n;
            for (int d = 0; d < rank; d++) {
                if (mask[d]) {
                    perm[n++] = d;
                }
            }
            x = Conversion.copyData(Conversion.convertData(Views.permuteData(input, perm), type));
            outer = product(x.shapeRef(), 0, kept);
            reduce = product(x.shapeRef(), kept, rank);
            inner = 1;
        }
        write(out, x, outer, reduce, inner, type);
        return out;
    }

    private static int product(int[] shape, int from, int to) {
        int p = 1;
        for (int d = from; d < to; d++) {
            p *= shape[d];
        }
        return p;
    }

    private static void write(Tensor out, Tensor x, int outer, int reduce, int inner, DType type) {
        int off = x.storageOffset();
        switch (type) {
            case FLOAT32: {
                float[] src = x.storage().f32;
                float[] dst = out.storage().f32;
                for (int o = 0; o < outer; o++) {
                    int base = off + o * reduce * inner;
                    if (inner == 1) {
                        dst[o] = CascadeSum.innerF32(src, base, reduce);
                    } else {
                        boolean vectorised = inner >= 8;
                        int grouped = vectorised ? inner / 32 * 32 : inner / 4 * 4;
                        for (int j = 0; j < inner; j++) {
                            dst[o * inner + j] = j < grouped ? CascadeSum.cascadeF32(src, base + j, inner, reduce)
                                    : CascadeSum.rowF32(src, base + j, inner, reduce);
                        }
                    }
                }
                break;
            }
            case FLOAT64: {
                double[] src = x.storage().f64;
                double[] dst = out.storage().f64;
                for (int o = 0; o < outer; o++) {
                    int base = off + o * reduce * inner;
                    if (inner == 1) {
                        dst[o] = CascadeSum.innerF64(src, base, reduce);
                    } else {
                        boolean vectorised = inner >= 4;
                        int grouped = vectorised ? inner / 16 * 16 : inner / 4 * 4;
                        for (int j = 0; j < inner; j++) {
                            dst[o * inner + j] = j < grouped ? CascadeSum.cascadeF64(src, base + j, inner, reduce)
                                    : CascadeSum.rowF64(src, base + j, inner, reduce);
                        }
                    }
                }
                break;
            }
            default: {
                long[] src = x.storage().i64;
                long[] dst = out.storage().i64;
                for (int o = 0; o < outer; o++) {
                    for (int j = 0; j < inner; j++) {
                        long acc = 0;
                        int base = off + o * reduce * inner + j;
                        for (int r = 0; r < reduce; r++) {
                            acc += src[base + r * inner];
                        }
                        dst[o * inner + j] = acc;
                    }
                }
            }
        }
    }
}
