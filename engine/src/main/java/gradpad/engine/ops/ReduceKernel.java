package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;

/**
 * The sum loop behind {@code sum}/{@code mean}, in the order PyTorch's TensorIterator and
 * {@code cascade_sum} (SumKernel.cpp) use on the tensor's actual strides: size-1 dims dropped,
 * reduced dims moved innermost and the rest ordered by stride ({@code reorder_dimensions}),
 * mergeable neighbours coalesced, then the first two dims summed as one 2-D block by the inner,
 * outer, vectorised or scalar loop of {@link CascadeSum}, once per index of the remaining dims,
 * each block's result added into the zero-filled output.
 */
final class ReduceKernel {
    private ReduceKernel() {
    }

    static Tensor sum(Tensor input, boolean[] mask, boolean keepdim, DType type) {
        int[] shape = input.shapeRef();
        Tensor out = Tensor.empty(Reductions.reducedShape(shape, mask, keepdim), type);
        if (input.numel() == 0) {
            return out;
        }
        if (type == DType.INT64 || type == DType.BOOL) {
            sumIntegers(Conversion.contiguousData(Conversion.convertData(input, type)), mask, out);
            return out;
        }
        // A dtype change (sum(dtype=)) reads a converted contiguous copy.
        Tensor x = Conversion.convertData(input, type);
        Block block = new Block(x, out, type == DType.FLOAT32);
        forEachBlock(x, mask, block::run);
        return out;
    }

    /** One 2-D loop call: offsets into the input storage and the contiguous output, sizes and strides. */
    interface BlockFn {
        void run(int inOff, int outOff, int size0, int size1, int in0, int in1, int out0, int out1);
    }

    /**
     * Lays out a reduction of x over the masked dims as TensorIterator does and calls {@code fn}
     * for each 2-D block, in iteration order. The output is contiguous with x's shape reduced.
     */
    static void forEachBlock(Tensor x, boolean[] mask, BlockFn fn) {
        int[] shape = x.shapeRef();
        int rank = shape.length;
        int[] outStridesFull = Shape.contiguousStrides(Reductions.reducedShape(shape, mask, true));
        int n = 0;
        int[] size = new int[rank];
        int[] inStride = new int[rank];
        int[] outStride = new int[rank];
        for (int d = rank - 1; d >= 0; d--) {
            if (shape[d] != 1) {
                size[n] = shape[d];
                inStride[n] = x.stridesRef()[d];
                outStride[n] = mask[d] ? 0 : outStridesFull[d];
                n++;
            }
        }
        reorder(size, inStride, outStride, n);
        n = coalesce(size, inStride, outStride, n);
        int size0 = n > 0 ? size[0] : 1;
        int size1 = n > 1 ? size[1] : 1;
        int[] idx = new int[Math.max(n, 2)];
        int outer = 1;
        for (int d = 2; d < n; d++) {
            outer *= size[d];
        }
        for (int o = 0; o < outer; o++) {
            int inOff = x.storageOffset();
            int outOff = 0;
            for (int d = 2; d < n; d++) {
                inOff += idx[d] * inStride[d];
                outOff += idx[d] * outStride[d];
            }
            fn.run(inOff, outOff, size0, size1, n > 0 ? inStride[0] : 0, n > 1 ? inStride[1] : 0,
                    n > 0 ? outStride[0] : 0, n > 1 ? outStride[1] : 0);
            for (int d = 2; d < n; d++) {
                if (++idx[d] < size[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
    }

    /**
     * TensorIterator's {@code reorder_dimensions}: an insertion sort of the dims (fastest first)
     * where the output's reduced (stride 0) dims go first, then smaller strides, ties to the
     * smaller size; an undecided comparison keeps looking further left.
     */
    private static void reorder(int[] size, int[] in, int[] out, int n) {
        for (int i = 1; i < n; i++) {
            int dim1 = i;
            for (int dim0 = i - 1; dim0 >= 0; dim0--) {
                int c = shouldSwap(size, in, out, dim0, dim1);
                if (c > 0) {
                    swap(size, dim0, dim1);
                    swap(in, dim0, dim1);
                    swap(out, dim0, dim1);
                    dim1 = dim0;
                } else if (c < 0) {
                    break;
                }
            }
        }
    }

    private static int shouldSwap(int[] size, int[] in, int[] out, int d0, int d1) {
        int o0 = out[d0];
        int o1 = out[d1];
        if ((o0 == 0) != (o1 == 0)) {
            return o1 == 0 ? 1 : -1;
        }
        int[][] operands = {out, in};
        for (int[] st : operands) {
            int s0 = st[d0];
            int s1 = st[d1];
            if (s0 == 0 || s1 == 0) {
                continue;
            }
            if (s0 < s1) {
                return -1;
            }
            if (s0 > s1) {
                return 1;
            }
            if (size[d0] > size[d1]) {
                return 1;
            }
        }
        return 0;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** TensorIterator's {@code coalesce_dimensions}: merges dim d into its predecessor where strides allow. */
    private static int coalesce(int[] size, int[] in, int[] out, int n) {
        if (n <= 1) {
            return n;
        }
        int prev = 0;
        for (int d = 1; d < n; d++) {
            boolean can = size[prev] * in[prev] == in[d] && size[prev] * out[prev] == out[d];
            if (can) {
                size[prev] *= size[d];
            } else {
                prev++;
                if (prev != d) {
                    in[prev] = in[d];
                    out[prev] = out[d];
                    size[prev] = size[d];
                }
            }
        }
        return prev + 1;
    }

    /** One call of cascade_sum's 2-D loop. */
    private static final class Block {
        private final Tensor x;
        private final Tensor out;
        private final boolean f32;

        Block(Tensor x, Tensor out, boolean f32) {
            this.x = x;
            this.out = out;
            this.f32 = f32;
        }

        void run(int inOff, int outOff, int size0, int size1, int in0, int in1, int out0, int out1) {
            if (out0 != 0 && out1 == 0) {
                run(inOff, outOff, size1, size0, in1, in0, out1, out0);
                return;
            }
            int lanes = f32 ? 8 : 4;
            if (out0 != 0) {
                // not a true reduction: out += x element by element
                for (int j = 0; j < size1; j++) {
                    for (int i = 0; i < size0; i++) {
                        store(outOff + i * out0 + j * out1, read(inOff + i * in0 + j * in1));
                    }
                }
            } else if (in0 == 1 && size0 >= lanes) {
                for (int j = 0; j < size1; j++) {
                    store(outOff + j * out1, inner(inOff + j * in1, size0));
                }
            } else if (in1 == 1 && size1 >= lanes) {
                columns(inOff, outOff, size0, size1, in0, in1, out1, 4 * lanes);
            } else if (in0 < in1) {
                for (int j = 0; j < size1; j++) {
                    store(outOff + j * out1, row(inOff + j * in1, in0, size0));
                }
            } else {
                columns(inOff, outOff, size0, size1, in0, in1, out1, 4);
            }
        }

        /** Outer sums: groups of {@code group} columns cascade each column; the leftover columns use row_sum. */
        private void columns(int inOff, int outOff, int size0, int size1, int in0, int in1, int out1, int group) {
            int grouped = size1 / group * group;
            for (int j = 0; j < size1; j++) {
                int at = inOff + j * in1;
                store(outOff + j * out1, j < grouped ? cascade(at, in0, size0) : row(at, in0, size0));
            }
        }

        private double inner(int off, int n) {
            return f32 ? CascadeSum.innerF32(x.storage().f32, off, n) : CascadeSum.innerF64(x.storage().f64, off, n);
        }

        private double row(int off, int stride, int n) {
            return f32 ? CascadeSum.rowF32(x.storage().f32, off, stride, n)
                    : CascadeSum.rowF64(x.storage().f64, off, stride, n);
        }

        private double cascade(int off, int stride, int n) {
            return f32 ? CascadeSum.cascadeF32(x.storage().f32, off, stride, n)
                    : CascadeSum.cascadeF64(x.storage().f64, off, stride, n);
        }

        private double read(int at) {
            return f32 ? x.storage().f32[at] : x.storage().f64[at];
        }

        /** {@code *out += value} in the output dtype. */
        private void store(int at, double value) {
            if (f32) {
                float[] o = out.storage().f32;
                o[at] = Float32.round(o[at] + value);
            } else {
                double[] o = out.storage().f64;
                o[at] = o[at] + value;
            }
        }
    }

    private static void sumIntegers(Tensor x, boolean[] mask, Tensor out) {
        int[] shape = x.shapeRef();
        int[] outStrides = Shape.contiguousStrides(Reductions.reducedShape(shape, mask, true));
        long[] src = x.storage().i64;
        long[] dst = out.storage().i64;
        int n = x.numel();
        for (int i = 0; i < n; i++) {
            int rest = i;
            int at = 0;
            for (int d = shape.length - 1; d >= 0; d--) {
                at += mask[d] ? 0 : (rest % shape[d]) * outStrides[d];
                rest /= shape[d];
            }
            dst[at] += src[x.storageOffset() + i];
        }
    }
}
