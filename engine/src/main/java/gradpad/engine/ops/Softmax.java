package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code softmax} ({@code SoftmaxBackward0}), {@code log_softmax} ({@code LogSoftmaxBackward0})
 * and {@code logsumexp} ({@code LogsumexpBackward0}), all shifted by the maximum so large inputs
 * do not overflow. The loops follow PyTorch's CPU kernels ({@link SoftmaxKernel}).
 */
public final class Softmax {
    private Softmax() {
    }

    /** {@code torch.softmax(x, dim, dtype=None)}: with a dtype the input is converted first. */
    public static Tensor softmax(Tensor x, int dim, DType dtype) {
        return run(x, dim, dtype, false);
    }

    public static Tensor logSoftmax(Tensor x, int dim, DType dtype) {
        return run(x, dim, dtype, true);
    }

    private static Tensor run(Tensor input, int dim, DType dtype, boolean log) {
        Tensor x = dtype == null ? input : Conversion.to(input, dtype);
        int d = Shape.wrapDim(dim, x.dim());
        boolean last = x.dim() == 0 || d == x.dim() - 1;
        if (!x.dtype().isFloatingPoint() && x.numel() > 0) {
            // PyTorch's non-last-dim log_softmax kernel dispatches under the name "softmax_kernel_impl"
            throw TorchException.runtime("\"" + (log && last ? "log_" : "") + "softmax_" + (last ? "lastdim_" : "")
                    + "kernel_impl\" not implemented for '" + x.dtype().scalarTypeName() + "'");
        }
        Tensor out = Tensor.empty(x.shapeRef(), x.dtype());
        if (x.numel() > 0) {
            double[] in = x.toDoubleArray();
            double[] res = new double[in.length];
            SleefDF sleef = new SleefDF();
            rows(x.shapeRef(), d, (base, step, n) -> SoftmaxKernel.forward(sleef, x.dtype() == DType.FLOAT32, log, in,
                    res, base, step, n));
            store(out, res);
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new SoftmaxBackward(log, out, d), out, x);
        }
        return out;
    }

    /** {@code torch.logsumexp(x, dims, keepdim)}: {@code log(sum(exp(x - m))) + m}, m the max (0 if infinite). */
    public static Tensor logsumexp(Tensor input, int[] dims, boolean keepdim) {
        Tensor x = input.dtype().isFloatingPoint() ? input : Conversion.convertData(input, DType.FLOAT32);
        boolean[] mask = Reductions.dimMask(dims, x.dim());
        Tensor out;
        if (x.numel() == 0) {
            out = ReduceKernel.sum(UnaryKernel.run(UnaryKernel.EXP, x, x.dtype()), mask, keepdim, x.dtype());
            out = UnaryKernel.run(UnaryKernel.LOG, out, x.dtype());
        } else {
            Tensor m = amaxKeepdim(x, mask);
            Tensor shifted = BinaryKernel.run(BinaryKernel.SUB, x, m, x.dtype());
            Tensor s = ReduceKernel.sum(UnaryKernel.run(UnaryKernel.EXP, shifted, x.dtype()), mask, keepdim, x.dtype());
            Tensor logs = UnaryKernel.run(UnaryKernel.LOG, s, x.dtype());
            Tensor mq = m.alias(m.storageOffset(), logs.shapeRef(), Shape.contiguousStrides(logs.shapeRef()));
            out = BinaryKernel.run(BinaryKernel.ADD, logs, mq, x.dtype());
        }
        if (Recording.needsGrad(input)) {
            Recording.record(new LogsumexpBackward0(x, out, mask, keepdim), out, input);
        }
        return out;
    }

    /** {@code amax(x, dims, keepdim=True)} with infinite maxima replaced by 0. */
    private static Tensor amaxKeepdim(Tensor x, boolean[] mask) {
        int[] shape = x.shapeRef();
        Tensor m = Tensor.empty(Reductions.reducedShape(shape, mask, true), x.dtype());
        Tensor c = Conversion.contiguousData(x);
        int n = x.numel();
        boolean[] seen = new boolean[m.numel()];
        int[] mstrides = Shape.contiguousStrides(m.shapeRef());
        for (int i = 0; i < n; i++) {
            int rest = i;
            int at = 0;
            for (int k = shape.length - 1; k >= 0; k--) {
                int coord = rest % shape[k];
                rest /= shape[k];
                at += mask[k] ? 0 : coord * mstrides[k];
            }
            double v = c.doubleAt(i);
            double cur = m.storage().getDouble(at);
            if (!seen[at] || v != v || (cur == cur && v > cur)) {
                m.storage().setDouble(at, v);
                seen[at] = true;
            }
        }
        for (int i = 0; i < m.numel(); i++) {
            if (Double.isInfinite(m.storage().getDouble(i))) {
                m.storage().setDouble(i, 0.0);
            }
        }
        return m;
    }

    /** Calls {@code row} for every line of elements along dim d of a contiguous tensor of this shape. */
    private static void rows(int[] shape, int d, Row row) {
        int outer = 1;
        int inner = 1;
        int size = shape.length == 0 ? 1 : shape[d];
        for (int k = 0; k < shape.length; k++) {
            if (k < d) {
                outer *= shape[k];
            } else if (k > d) {
                inner *= shape[k];
            }
        }
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                row.run(o * size * inner + j, inner, size);
            }
        }
    }

    private interface Row {
        void run(int base, int step, int n);
    }

    private static void store(Tensor out, double[] values) {
        for (int i = 0; i < values.length; i++) {
            out.storage().setDouble(i, values[i]);
        }
    }

    /**
     * {@code _softmax_backward_data} / {@code _log_softmax_backward_data} from the saved result:
     * PyTorch's kernel for a plain backward, the same formula in tensor ops when the backward
     * itself is recorded (create_graph), so that it can be differentiated again.
     */
    static final class SoftmaxBackward extends Node {
        private final boolean log;
        private final SavedTensor result;
        private final int dim;

        SoftmaxBackward(boolean log, Tensor result, int dim) {
            this.log = log;
            this.result = new SavedTensor(result, this);
            this.dim = dim;
        }

        @Override
        public String name() {
            return log ? "LogSoftmaxBackward0" : "SoftmaxBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor y = result.unpack();
            Tensor grad = g[0];
            if (GradMode.isEnabled()) {
                int[] dims = {dim};
                boolean scalar = y.dim() == 0;
                if (log) {
                    Tensor s = scalar ? grad : Reductions.sum(grad, dims, true, null);
                    return new Tensor[] {Arithmetic.sub(grad, Arithmetic.mul(Unary.exp(y), s))};
                }
                Tensor gy = Arithmetic.mul(grad, y);
                Tensor dot = scalar ? gy : Reductions.sum(gy, dims, true, null);
                return new Tensor[] {Arithmetic.mul(y, Arithmetic.sub(grad, dot))};
            }
            Tensor out = Tensor.empty(y.shapeRef(), y.dtype());
            double[] gv = Conversion.convertData(grad, y.dtype()).toDoubleArray();
            double[] yv = y.toDoubleArray();
            double[] res = new double[yv.length];
            if (yv.length > 0) {
                boolean f32 = y.dtype() == DType.FLOAT32;
                SleefDF sleef = new SleefDF();
                rows(y.shapeRef(), dim, (base, step, n) -> SoftmaxKernel.backward(sleef, f32, log, gv, yv, res, base,
                        step, n));
            }
            store(out, res);
            return new Tensor[] {out};
        }

    }

    /** {@code grad * exp(self - result)}, with grad and result unsqueezed back when keepdim was false. */
    static final class LogsumexpBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor result;
        private final boolean[] mask;
        private final boolean keepdim;

        LogsumexpBackward0(Tensor self, Tensor result, boolean[] mask, boolean keepdim) {
            this.self = new SavedTensor(self);
            this.result = new SavedTensor(result, this);
            this.mask = mask;
            this.keepdim = keepdim;
        }

        @Override
        public String name() {
            return "LogsumexpBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor grad = Reductions.restoreReducedDims(g[0], mask, keepdim);
            Tensor res = Reductions.restoreReducedDims(result.unpack(), mask, keepdim);
            return new Tensor[] {Arithmetic.mul(grad, Unary.exp(Arithmetic.sub(self.unpack(), res)))};
        }

    }
}
