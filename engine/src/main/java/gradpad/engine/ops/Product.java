package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.GradMode;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code prod} over all elements ({@code ProdBackward0}) or one dim ({@code ProdBackward1}), and
 * {@code flip} ({@code FlipBackward0}). The product runs in PyTorch's CPU order: a contiguous row
 * of 32 or more floats goes through 4 vectors of 8 lanes, anything else left to right. The
 * backward divides the result by the input unless the input has zeros; then it multiplies the
 * exclusive products from both sides, as PyTorch's {@code prod_safe_zeros_backward}.
 */
public final class Product {
    private Product() {
    }

    private static DType resultType(Tensor x, DType dtype) {
        if (dtype != null) {
            return dtype;
        }
        return x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
    }

    public static Tensor prod(Tensor x, DType dtype) {
        DType type = resultType(x, dtype);
        Tensor out = Tensor.empty(new int[0], type);
        reduce(x, Reductions.allDims(x.dim()), out);
        if (Recording.needsGrad(x)) {
            Recording.record(new ProdBackward(x, out, -1, false), out, x);
        }
        return out;
    }

    public static Tensor prod(Tensor x, int dim, boolean keepdim, DType dtype) {
        DType type = resultType(x, dtype);
        int d = Shape.wrapDim(dim, x.dim());
        int[] shape = x.shapeRef();
        boolean[] mask = new boolean[shape.length];
        if (shape.length > 0) {
            mask[d] = true;
        }
        Tensor out = Tensor.empty(Reductions.reducedShape(shape, mask, keepdim), type);
        reduce(x, mask, out);
        if (Recording.needsGrad(x)) {
            Recording.record(new ProdBackward(x, out, d, keepdim), out, x);
        }
        return out;
    }

    /** The output starts at 1; each block of PyTorch's iteration multiplies into it. */
    private static void reduce(Tensor input, boolean[] mask, Tensor out) {
        DType type = out.dtype();
        for (int i = 0; i < out.numel(); i++) {
            out.storage().setDouble(i, 1);
        }
        if (input.numel() == 0) {
            return;
        }
        Tensor x = Conversion.convertData(input, type);
        if (!type.isFloatingPoint()) {
            // integer products are exact in any order (modulo 2^64)
            Tensor c = Conversion.contiguousData(x);
            int[] outStrides = Shape.contiguousStrides(Reductions.reducedShape(c.shapeRef(), mask, true));
            int[] shape = c.shapeRef();
            for (int i = 0; i < c.numel(); i++) {
                int rest = i;
                int at = 0;
                for (int k = shape.length - 1; k >= 0; k--) {
                    at += mask[k] ? 0 : (rest % shape[k]) * outStrides[k];
                    rest /= shape[k];
                }
                out.storage().setLong(at, out.storage().getLong(at) * c.storage().getLong(c.storageOffset() + i));
            }
            return;
        }
        boolean f32 = type == DType.FLOAT32;
        ReduceKernel.forEachBlock(x, mask, (inOff, outOff, size0, size1, in0, in1, out0, out1) ->
                block(f32, x, out, inOff, outOff, size0, size1, in0, in1, out0, out1));
    }

    /** One call of binary_kernel_reduce_vec's loop: inner (vectorised rows), outer (columns), or plain. */
    private static void block(boolean f32, Tensor x, Tensor out, int inOff, int outOff, int size0, int size1,
            int in0, int in1, int out0, int out1) {
        int lanes = f32 ? 8 : 4;
        int width = 4 * lanes;
        if (out0 == 0 && in0 == 1) {
            for (int j = 0; j < size1; j++) {
                innerRow(f32, x, out, inOff + j * in1, outOff + j * out1, size0, lanes);
            }
        } else if (out0 == 0 && out1 == 1 && in1 == 1) {
            int grouped = size1 / width * width;
            for (int j = 0; j < size1; j++) {
                int at = outOff + j;
                if (j < grouped) {
                    // reduction128 down the column from its first row, then out = out * acc
                    double acc = get(x, inOff + j);
                    for (int i = 1; i < size0; i++) {
                        acc = round(f32, acc * get(x, inOff + i * in0 + j));
                    }
                    out.storage().setDouble(at, round(f32, out.storage().getDouble(at) * acc));
                } else {
                    sequential(f32, x, out, inOff + j, at, size0, in0);
                }
            }
        } else {
            for (int j = 0; j < size1; j++) {
                for (int i = 0; i < size0; i++) {
                    int at = outOff + j * out1 + i * out0;
                    out.storage().setDouble(at, round(f32, out.storage().getDouble(at) * get(x, inOff + i * in0
                            + j * in1)));
                }
            }
        }
    }

    /** {@code vectorized_inner_reduction}: 4 vectors of lanes over full blocks, folded, then the tail. */
    private static void innerRow(boolean f32, Tensor x, Tensor out, int base, int at, int n, int lanes) {
        int block = 4 * lanes;
        int count = n / block;
        if (count > 0) {
            double[] v = new double[block];
            for (int k = 0; k < block; k++) {
                v[k] = get(x, base + k);
            }
            for (int i = 1; i < count; i++) {
                for (int k = 0; k < block; k++) {
                    v[k] = round(f32, v[k] * get(x, base + i * block + k));
                }
            }
            double[] lane = new double[lanes];
            for (int l = 0; l < lanes; l++) {
                double ab = round(f32, v[l] * v[lanes + l]);
                double cd = round(f32, v[2 * lanes + l] * v[3 * lanes + l]);
                lane[l] = round(f32, ab * cd);
            }
            double b = lane[0];
            for (int l = 1; l < lanes; l++) {
                b = round(f32, b * lane[l]);
            }
            out.storage().setDouble(at, round(f32, out.storage().getDouble(at) * b));
        }
        sequential(f32, x, out, base + count * block, at, n - count * block, 1);
    }

    private static void sequential(boolean f32, Tensor x, Tensor out, int base, int at, int n, int step) {
        double acc = out.storage().getDouble(at);
        for (int k = 0; k < n; k++) {
            acc = round(f32, acc * get(x, base + k * step));
        }
        out.storage().setDouble(at, acc);
    }

    private static double get(Tensor x, int at) {
        return x.storage().getDouble(at);
    }

    private static double round(boolean f32, double v) {
        return f32 ? Float32.round(v) : v;
    }

    /** {@code x.flip(dims)}: a reversed copy. */
    public static Tensor flip(Tensor x, int[] dims) {
        boolean[] mask = new boolean[x.dim()];
        for (int d : dims) {
            int w = Shape.wrapDim(d, x.dim());
            if (mask.length > 0) {
                if (mask[w]) {
                    throw gradpad.engine.TorchException.runtime("dims has duplicates, original flip dims size="
                            + dims.length + ", but unique flip dims size=" + (dims.length - 1));
                }
                mask[w] = true;
            }
        }
        int[] shape = x.shapeRef();
        int[] strides = x.strides();
        int offset = x.storageOffset();
        for (int d = 0; d < shape.length; d++) {
            if (mask[d] && shape[d] > 0) {
                offset += (shape[d] - 1) * strides[d];
                strides[d] = -strides[d];
            }
        }
        Tensor reversed = x.alias(offset, shape, strides);
        Tensor out = Conversion.copyData(reversed);
        if (Recording.needsGrad(x)) {
            Recording.record(new FlipBackward0(dims), out, x);
        }
        return out;
    }

    static final class FlipBackward0 extends Node {
        private final int[] dims;

        FlipBackward0(int[] dims) {
            this.dims = dims;
        }

        @Override
        public String name() {
            return "FlipBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {flip(g[0], dims)};
        }
    }

    /** PyTorch's {@code prod_backward} (all elements when dim is -1, else one dim). */
    static final class ProdBackward extends Node {
        private final SavedTensor self;
        private final SavedTensor result;
        private final int dim;
        private final boolean keepdim;

        ProdBackward(Tensor self, Tensor result, int dim, boolean keepdim) {
            this.self = new SavedTensor(self);
            this.result = new SavedTensor(result, this);
            this.dim = dim;
            this.keepdim = keepdim;
        }

        @Override
        public String name() {
            return dim < 0 ? "ProdBackward0" : "ProdBackward1";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor input = self.unpack();
            Tensor res = result.unpack();
            Tensor grad = g[0];
            if (input.dim() == 0) {
                return new Tensor[] {grad};
            }
            if (dim >= 0 && !keepdim) {
                grad = Views.unsqueeze(grad, dim);
                res = Views.unsqueeze(res, dim);
            }
            int zeros = 0;
            for (int i = 0; i < input.numel(); i++) {
                zeros += input.doubleAt(i) == 0 ? 1 : 0;
            }
            if (zeros == 0) {
                return new Tensor[] {Arithmetic.mul(grad, Arithmetic.div(res, input))};
            }
            if (dim < 0) {
                if (!GradMode.isEnabled() && zeros > 1) {
                    return new Tensor[] {Creation.zerosLike(input)};
                }
                Tensor flat = Views.reshape(Conversion.contiguous(input), new int[] {-1});
                return new Tensor[] {Views.reshape(ExclusiveProducts.backward(grad, flat, 0), input.shapeRef())};
            }
            return new Tensor[] {ExclusiveProducts.backward(grad, input, dim)};
        }

    }
}
