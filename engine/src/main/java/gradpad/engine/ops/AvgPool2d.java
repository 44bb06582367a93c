package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code avg_pool2d}: PyTorch's CPU kernel ({@code cpu_avg_pool_channels_first}) step for step,
 * so float32 results are bit-exact: the window summed row by row in the dtype (opmath of float
 * is float), then divided by the window's size (with or without the padding) or the divisor
 * override. {@code AvgPool2DBackward0} spreads each output gradient, divided the same way, over
 * its window in output order; under create_graph that records {@code AvgPool2DBackwardBackward0},
 * whose gradient is the same average pooling.
 */
public final class AvgPool2d {
    private AvgPool2d() {
    }

    /** Options beyond the window: ceil_mode, count_include_pad, divisor_override (0 for none). */
    static final class Options {
        final int[] kernel, stride, padding;
        final boolean ceil, countIncludePad;
        final int divisor;

        Options(int[] kernel, int[] stride, int[] padding, boolean ceil, boolean countIncludePad, int divisor) {
            this.kernel = kernel;
            this.stride = stride;
            this.padding = padding;
            this.ceil = ceil;
            this.countIncludePad = countIncludePad;
            this.divisor = divisor;
        }
    }

    /** {@code divisor} 0 means None (PyTorch refuses an explicit 0 before this). */
    public static Tensor apply(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceil,
            boolean countIncludePad, int divisor) {
        return apply(x, new Options(kernel, stride, padding, ceil, countIncludePad, divisor));
    }

    static Tensor apply(Tensor x, Options o) {
        if (x.dim() < 3) { // the meta function reads input.size(-3) first
            throw TorchException.index("Dimension out of range (expected to be in range of [" + -Math.max(1, x.dim())
                    + ", " + (Math.max(1, x.dim()) - 1) + "], but got -3)");
        }
        Pooling.Window win = window(x, o);
        Pooling.requireFloat(x, "avg_pool2d");
        double[] in = ConvolutionKernel.doubles(x);
        boolean f32 = x.dtype() == DType.FLOAT32;
        float[] sumF = new float[1];
        int[] window = new int[5]; // reused: no allocation per output
        double[] out = new double[win.planes * win.oh * win.ow];
        int at = 0;
        for (int p = 0; p < win.planes; p++) {
            int base = p * win.h * win.w;
            for (int oy = 0; oy < win.oh; oy++) {
                for (int ox = 0; ox < win.ow; ox++, at++) {
                    int[] r = range(win, o, oy, ox, window);
                    if (r == null) {
                        continue;
                    }
                    double sum = 0;
                    sumF[0] = 0;
                    for (int iy = r[0]; iy < r[1]; iy++) {
                        for (int ix = r[2]; ix < r[3]; ix++) {
                            if (f32) {
                                sumF[0] = (float) (sumF[0] + in[base + iy * win.w + ix]); // float adds
                            } else {
                                sum += in[base + iy * win.w + ix];
                            }
                        }
                    }
                    if (f32) {
                        sumF[0] = (float) (sumF[0] / (double) (float) r[4]);
                        out[at] = 0.0f + sumF[0]; // output_data[i] += ...: the zero turns -0 into 0
                    } else {
                        out[at] = 0.0 + sum / r[4];
                    }
                }
            }
        }
        Tensor result = ConvolutionKernel.tensor(out, win.outShape, x.dtype());
        if (Recording.needsGrad(x)) {
            Recording.record(new AvgPool2DBackward0(x, o), result, x);
        }
        return result;
    }

    private static Pooling.Window window(Tensor x, Options o) {
        return new Pooling.Window(x, o.kernel, o.stride, o.padding, new int[] {1, 1}, o.ceil);
    }

    /** The window of one output clipped to the input (y0, y1, x0, x1) and its divisor, into r; null when empty. */
    private static int[] range(Pooling.Window win, Options o, int oy, int ox, int[] r) {
        int y0 = oy * win.sh - win.ph;
        int x0 = ox * win.sw - win.pw;
        int y1 = Math.min(y0 + win.kh, win.h + win.ph);
        int x1 = Math.min(x0 + win.kw, win.w + win.pw);
        int poolSize = (y1 - y0) * (x1 - x0);
        y0 = Math.max(y0, 0);
        x0 = Math.max(x0, 0);
        y1 = Math.min(y1, win.h);
        x1 = Math.min(x1, win.w);
        if (y0 >= y1 || x0 >= x1) {
            return null;
        }
        int divide = o.divisor != 0 ? o.divisor : o.countIncludePad ? poolSize : (y1 - y0) * (x1 - x0);
        r[0] = y0;
        r[1] = y1;
        r[2] = x0;
        r[3] = x1;
        r[4] = divide;
        return r;
    }

    /** {@code avg_pool2d_backward}: each output gradient divided, then added over its window. */
    static Tensor backward(Tensor grad, Tensor self, Options o) {
        Pooling.Window win = window(self, o);
        double[] g = ConvolutionKernel.doubles(grad);
        Tensor out = Tensor.empty(self.shapeRef(), grad.dtype());
        boolean f32 = out.dtype() == DType.FLOAT32;
        float[] of = f32 ? out.storage().f32 : null;
        int[] window = new int[5];
        double[] od = f32 ? null : out.storage().f64;
        int at = 0;
        for (int p = 0; p < win.planes; p++) {
            int base = p * win.h * win.w;
            for (int oy = 0; oy < win.oh; oy++) {
                for (int ox = 0; ox < win.ow; ox++, at++) {
                    int[] r = range(win, o, oy, ox, window);
                    if (r == null) {
                        continue;
                    }
                    for (int iy = r[0]; iy < r[1]; iy++) {
                        for (int ix = r[2]; ix < r[3]; ix++) {
                            int i = base + iy * win.w + ix;
                            if (f32) {
                                float delta = Float32.round(g[at] / (double) (float) r[4]); // a local float is a double in JS
                                of[i] = (float) (of[i] + (double) delta); // float[] stores round
                            } else {
                                od[i] += g[at] / r[4];
                            }
                        }
                    }
                }
            }
        }
        if (Recording.needsGrad(grad, self)) {
            Recording.record(new AvgPool2DBackwardBackward0(self, o), out, grad, self);
        }
        return out;
    }

    static final class AvgPool2DBackward0 extends Node {
        private final SavedTensor self;
        private final Options o;

        AvgPool2DBackward0(Tensor self, Options o) {
            this.self = new SavedTensor(self);
            this.o = o;
        }

        @Override
        public String name() {
            return "AvgPool2DBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {backward(g[0], self.unpack(), o)};
        }
    }

    static final class AvgPool2DBackwardBackward0 extends Node {
        private final SavedTensor self;
        private final Options o;

        AvgPool2DBackwardBackward0(Tensor self, Options o) {
            this.self = new SavedTensor(self);
            this.o = o;
        }

        @Override
        public String name() {
            return "AvgPool2DBackwardBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor gGrad = needsInputGrad(0) ? AvgPool2d.apply(g[0], o) : null;
            Tensor gSelf = needsInputGrad(1) ? Creation.zerosLike(self.unpack()) : null;
            return new Tensor[] {gGrad, gSelf};
        }
    }
}
