package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code max_pool2d_with_indices}: PyTorch's CPU kernel ({@code cpu_max_pool}) step for step, the
 * first maximum of each window in row-major order wins and a NaN always does; indices are flat
 * within each H x W plane. {@code MaxPool2DWithIndicesBackward0} adds each output gradient into
 * its argmax in output order (float adds, bit-exact); under create_graph that records
 * {@code MaxPool2DWithIndicesBackwardBackward0}, which picks the incoming gradient back at the
 * indices.
 */
public final class MaxPool2d {
    private MaxPool2d() {
    }

    /** {output, indices}; arrays are (h, w) pairs. */
    public static Tensor[] withIndices(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation,
            boolean ceil) {
        if (x.dim() != 3 && x.dim() != 4) {
            throw TorchException.runtime("non-empty 3D or 4D (batch mode) tensor expected for input");
        }
        Pooling.Window win = new Pooling.Window(x, kernel, stride, padding, dilation, ceil);
        Pooling.requireFloat(x, "max_pool2d");
        double[] in = ConvolutionKernel.doubles(x);
        int planeOut = win.oh * win.ow;
        double[] values = new double[win.planes * planeOut];
        long[] argmax = new long[values.length];
        for (int p = 0; p < win.planes; p++) {
            int base = p * win.h * win.w;
            for (int oy = 0; oy < win.oh; oy++) {
                int y0 = oy * win.sh - win.ph;
                int y1 = Math.min(y0 + (win.kh - 1) * win.dh + 1, win.h);
                while (y0 < 0) {
                    y0 += win.dh;
                }
                for (int ox = 0; ox < win.ow; ox++) {
                    int x0 = ox * win.sw - win.pw;
                    int x1 = Math.min(x0 + (win.kw - 1) * win.dw + 1, win.w);
                    while (x0 < 0) {
                        x0 += win.dw;
                    }
                    int best = y0 * win.w + x0;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int iy = y0; iy < y1; iy += win.dh) {
                        for (int ix = x0; ix < x1; ix += win.dw) {
                            double v = in[base + iy * win.w + ix];
                            if (v > max || v != v) {
                                max = v;
                                best = iy * win.w + ix;
                            }
                        }
                    }
                    values[p * planeOut + oy * win.ow + ox] = max;
                    argmax[p * planeOut + oy * win.ow + ox] = best;
                }
            }
        }
        Tensor out = ConvolutionKernel.tensor(values, win.outShape, x.dtype());
        Tensor indices = Tensor.empty(win.outShape, DType.INT64);
        System.arraycopy(argmax, 0, indices.storage().i64, 0, argmax.length);
        if (Recording.needsGrad(x)) {
            Recording.record(new IndicesBackward(MAX_POOL, x, indices), out, x);
        }
        return new Tensor[] {out, indices};
    }

    /** The node names of max_pool2d and adaptive_max_pool2d: their backwards are the same scatter-add. */
    static final String[] MAX_POOL = {"MaxPool2DWithIndicesBackward0", "MaxPool2DWithIndicesBackwardBackward0"};
    static final String[] ADAPTIVE_MAX_POOL = {"AdaptiveMaxPool2DBackward0", "AdaptiveMaxPool2DBackwardBackward0"};

    /**
     * {@code max_pool2d_with_indices_backward} and {@code adaptive_max_pool2d_backward}: output
     * gradients added into their argmax, in output order; {@code names} are the op's two nodes.
     */
    static Tensor backward(String[] names, Tensor grad, Tensor self, Tensor indices) {
        int[] shape = self.shapeRef();
        int plane = shape[shape.length - 1] * shape[shape.length - 2];
        int[] os = indices.shapeRef();
        int planeOut = os[os.length - 1] * os[os.length - 2];
        int planes = plane == 0 ? 0 : self.numel() / plane;
        double[] g = ConvolutionKernel.doubles(grad);
        Tensor idxData = Conversion.contiguousData(indices);
        long[] idx = idxData.storage().i64;
        int off = idxData.storageOffset();
        Tensor out = Tensor.empty(shape, grad.dtype());
        if (out.dtype() == DType.FLOAT32) {
            float[] o = out.storage().f32;
            for (int p = 0; p < planes; p++) {
                for (int i = 0; i < planeOut; i++) {
                    int at = p * plane + (int) idx[off + p * planeOut + i];
                    o[at] = (float) (o[at] + g[p * planeOut + i]); // the float[] store rounds each add
                }
            }
        } else {
            double[] o = out.storage().f64;
            for (int p = 0; p < planes; p++) {
                for (int i = 0; i < planeOut; i++) {
                    o[p * plane + (int) idx[off + p * planeOut + i]] += g[p * planeOut + i];
                }
            }
        }
        if (Recording.needsGrad(grad, self)) {
            Recording.record(new IndicesBackwardBackward(names[1], self, indices), out, grad, self);
        }
        return out;
    }

    /** The values of {@code t} (shaped like the input) at the indices, shaped like the output. */
    static Tensor gather(Tensor t, Tensor indices) {
        int[] shape = t.shapeRef();
        int plane = shape[shape.length - 1] * shape[shape.length - 2];
        int[] os = indices.shapeRef();
        int planeOut = os[os.length - 1] * os[os.length - 2];
        int planes = plane == 0 ? 0 : t.numel() / plane;
        double[] v = ConvolutionKernel.doubles(t);
        Tensor idxData = Conversion.contiguousData(indices);
        double[] out = new double[planes * planeOut];
        for (int p = 0; p < planes; p++) {
            for (int i = 0; i < planeOut; i++) {
                out[p * planeOut + i] = v[p * plane + (int) idxData.storage().i64[idxData.storageOffset()
                        + p * planeOut + i]];
            }
        }
        Tensor result = ConvolutionKernel.tensor(out, os, t.dtype());
        if (Recording.needsGrad(t)) {
            // gather's own gradient is the same scatter-add as the pooling backward
            Recording.record(new IndicesBackward(MAX_POOL, t, indices), result, t);
        }
        return result;
    }

    /** The backward of a max pooling: {@link #backward} into the argmax positions. */
    static final class IndicesBackward extends Node {
        private final String[] names;
        private final SavedTensor self;
        private final SavedTensor indices;

        IndicesBackward(String[] names, Tensor self, Tensor indices) {
            this.names = names;
            this.self = new SavedTensor(self);
            this.indices = new SavedTensor(indices);
        }

        @Override
        public String name() {
            return names[0];
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {backward(names, g[0], self.unpack(), indices.unpack())};
        }
    }

    /** {@code max_pool_double_backward} for the gradient; zeros for self, as derivatives.yaml says. */
    static final class IndicesBackwardBackward extends Node {
        private final String name;
        private final SavedTensor self;
        private final SavedTensor indices;

        IndicesBackwardBackward(String name, Tensor self, Tensor indices) {
            this.name = name;
            this.self = new SavedTensor(self);
            this.indices = new SavedTensor(indices);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor gGrad = needsInputGrad(0) ? gather(g[0], indices.unpack()) : null;
            Tensor gSelf = needsInputGrad(1) ? Creation.zerosLike(self.unpack()) : null;
            return new Tensor[] {gGrad, gSelf};
        }
    }
}
