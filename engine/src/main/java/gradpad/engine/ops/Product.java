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
        Tensor c = Conversion.contiguousData(Conversion.convertData(x, type));
        Tensor out = Tensor.empty(new int[0], type);
        writeRow(out, 0, c, c.storageOffset(), x.numel());
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
        Tensor c = Conversion.contiguousData(Conversion.convertData(x, type));
        int size = shape.length == 0 ? 1 : shape[d];
        int outer = 1;
        int inner = 1;
        for (int k = 0; k < shape.length; k++) {
            if (k < d) {
                outer *= shape[k];
            } else if (k > d) {
                inner *= shape[k];
            }
        }
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int base = c.storageOffset() + o * size * inner + j;
                if (inner == 1) {
                    writeRow(out, o, c, base, size);
                } else {
                    writeSequential(out, o * inner + j, c, base, inner, size);
                }
            }
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new ProdBackward(x, out, d, keepdim), out, x);
        }
        return out;
    }

    /** {@code vectorized_inner_reduction}: 32 floats (16 doubles) per step in 4 accumulators, then the tail. */
    private static void writeRow(Tensor out, int at, Tensor c, int base, int n) {
        if (c.dtype() == DType.INT64 || c.dtype() == DType.BOOL) {
            writeSequential(out, at, c, base, 1, n);
            return;
        }
        boolean f32 = c.dtype() == DType.FLOAT32;
        int lanes = f32 ? 8 : 4;
        int block = 4 * lanes;
        int count = n / block;
        double acc = 1;
        if (count > 0) {
            double[] v = new double[block];
            for (int k = 0; k < block; k++) {
                v[k] = c.storage().getDouble(base + k);
            }
            for (int i = 1; i < count; i++) {
                for (int k = 0; k < block; k++) {
                    v[k] = round(f32, v[k] * c.storage().getDouble(base + i * block + k));
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
            acc = b;
        }
        for (int k = count * block; k < n; k++) {
            acc = round(f32, acc * c.storage().getDouble(base + k));
        }
        out.storage().setDouble(at, acc);
    }

    private static void writeSequential(Tensor out, int at, Tensor c, int base, int step, int n) {
        if (!c.dtype().isFloatingPoint()) {
            long acc = 1;
            for (int k = 0; k < n; k++) {
                acc *= c.storage().getLong(base + k * step);
            }
            out.storage().setLong(at, acc);
            return;
        }
        boolean f32 = c.dtype() == DType.FLOAT32;
        double acc = 1;
        for (int k = 0; k < n; k++) {
            acc = round(f32, acc * c.storage().getDouble(base + k * step));
        }
        out.storage().setDouble(at, acc);
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

        @Override
        public void releaseVariables() {
            self.release();
            result.release();
        }
    }
}
