package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.Warnings;
import gradpad.engine.autograd.Edge;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code torch.conv1d}/{@code conv2d} and {@code torch.convolution}: PyTorch's argument checks
 * and texts (Convolution.cpp), unbatched input through unsqueeze/squeeze as {@code batchify}
 * does, padding='same'/'valid', groups and dilation. {@code ConvolutionBackward0} gives the
 * input, weight and bias gradients; under create_graph they record
 * {@code ConvolutionBackwardBackward0}, whose formulas ({@code _convolution_double_backward})
 * are themselves convolutions, so every order is differentiable. Values: see
 * {@link ConvolutionKernel} (double accumulation, one rounding).
 */
public final class Convolution {
    private Convolution() {
    }

    /** stride, padding (top/left and bottom/right: 'same' may be asymmetric), dilation, groups. */
    public static final class Params {
        final int[] stride;
        final int[] padL;
        final int[] padR;
        final int[] dilation;
        final int groups;

        Params(int[] stride, int[] padL, int[] padR, int[] dilation, int groups) {
            this.stride = stride;
            this.padL = padL;
            this.padR = padR;
            this.dilation = dilation;
            this.groups = groups;
        }
    }

    /**
     * {@code F.conv1d} (spatial 1) / {@code F.conv2d} (spatial 2) with numeric padding; arrays
     * as the arguments were given (an int already repeated to {@code spatial} entries).
     */
    public static Tensor conv(String name, int spatial, Tensor input, Tensor weight, Tensor bias, int[] stride,
            int[] padding, int[] dilation, int groups) {
        checkBiasType(spatial, input, bias);
        Tensor batched = batchify(input, spatial, name);
        Tensor out = convolution(batched, weight, bias, stride, padding, dilation, groups);
        return batched == input ? out : Views.squeeze(out, 0);
    }

    /** The same with padding='same' or 'valid' ({@code _convolution_mode}). */
    public static Tensor conv(String name, int spatial, Tensor input, Tensor weight, Tensor bias, int[] stride,
            String padding, int[] dilation, int groups) {
        checkBiasType(spatial, input, bias);
        Tensor batched = batchify(input, spatial, name);
        Tensor out;
        if (padding.equals("same")) {
            out = convolutionSame(batched, weight, bias, stride, dilation, groups);
        } else if (padding.equals("valid")) {
            out = convolution(batched, weight, bias, stride, new int[] {0}, dilation, groups);
        } else {
            throw TorchException.runtime("Invalid padding string: '" + padding + "'");
        }
        return batched == input ? out : Views.squeeze(out, 0);
    }

    /** conv2d (not conv1d) checks the bias dtype before anything else. */
    private static void checkBiasType(int spatial, Tensor input, Tensor bias) {
        if (spatial == 2 && bias != null && bias.dtype() != input.dtype()) {
            throw TorchException.runtime("Input type (" + ConvolutionChecks.cppName(input.dtype()) + ") and bias type ("
                    + ConvolutionChecks.cppName(bias.dtype()) + ") should be the same");
        }
    }

    private static Tensor batchify(Tensor input, int spatial, String name) {
        int d = input.dim();
        if (d != spatial + 1 && d != spatial + 2) {
            throw TorchException.runtime("Expected " + (spatial + 1) + "D (unbatched) or " + (spatial + 2)
                    + "D (batched) input to " + name + ", but got input of size: " + Shape.list(input.shapeRef()));
        }
        return d == spatial + 2 ? input : Views.unsqueeze(input, 0);
    }

    private static Tensor convolutionSame(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] dilation,
            int groups) {
        int k = weight.dim();
        if (k <= 2) {
            throw TorchException.runtime("weight should have at least three dimensions");
        }
        int dim = k - 2;
        if (k != input.dim()) {
            throw TorchException.runtime("Expected " + k + "-dimensional input for " + k + "-dimensional weight"
                    + Shape.list(weight.shapeRef()) + ", but got " + input.dim() + "-dimensional input of size "
                    + Shape.list(input.shapeRef()) + " instead");
        }
        if (stride.length != dim && stride.length != 1) {
            throw TorchException.runtime("stride cannot broadcast to " + dim + " dimensions");
        }
        if (dilation.length != dim && dilation.length != 1) {
            throw TorchException.runtime("dilation cannot broadcast to " + dim + " dimensions");
        }
        for (int s : stride) {
            if (s != 1) {
                throw TorchException.runtime("padding='same' is not supported for strided convolutions");
            }
        }
        int[] padL = new int[dim];
        int[] padR = new int[dim];
        boolean symmetric = true;
        for (int i = 0; i < dim; i++) {
            int d = dilation.length == 1 ? dilation[0] : dilation[i];
            int total = d * (weight.shapeRef()[i + 2] - 1); // pooling_same_mode_padding_lr at stride 1
            padL[i] = total / 2;
            padR[i] = total - padL[i];
            symmetric &= padL[i] == padR[i];
        }
        if (!symmetric) {
            Warnings.warn("UserWarning", "Using padding='same' with even kernel lengths and odd dilation may require "
                    + "a zero-padded copy of the input be created");
        }
        Params p = params(weight.dim(), stride, padL, dilation, groups);
        return convolution(input, weight, bias, new Params(p.stride, padL, padR, p.dilation, groups));
    }

    /** {@code torch.convolution(input, weight, bias, stride, padding, dilation, False, 0, groups)} on batched input. */
    public static Tensor convolution(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
            int[] dilation, int groups) {
        Params p = params(weight.dim(), stride, padding, dilation, groups);
        return convolution(input, weight, bias, p);
    }

    private static Params params(int weightDim, int[] stride, int[] padding, int[] dilation, int groups) {
        int dim = weightDim - 2;
        if (dim <= 0) {
            throw TorchException.runtime("weight should have at least three dimensions");
        }
        if (groups <= 0) {
            throw TorchException.runtime("non-positive groups is not supported");
        }
        int[] s = expand(stride, "stride", dim); // in expand_param_if_needed's order
        int[] pad = expand(padding, "padding", dim);
        return new Params(s, pad, pad, expand(dilation, "dilation", dim), groups);
    }

    private static int[] expand(int[] given, String name, int dim) {
        if (given.length == 1) {
            int[] out = new int[dim];
            java.util.Arrays.fill(out, given[0]);
            return out;
        }
        if (given.length != dim) {
            throw TorchException.runtime("expected " + name + " to be a single integer value or a list of " + dim
                    + " values to match the convolution dimensions, but got " + name + "=" + Shape.list(given));
        }
        return given;
    }

    static Tensor convolution(Tensor input, Tensor weight, Tensor bias, Params p) {
        ConvolutionChecks.checkForward(input, weight, bias, p);
        int[] shape = input.shapeRef();
        if (shape.length > 4) {
            throw new TorchException("NotImplementedError", "gradpad: only 1-d and 2-d convolutions are supported");
        }
        ConvolutionKernel.Geometry g = geometry(input, weight, p);
        double[] values = ConvolutionKernel.forward(ConvolutionKernel.doubles(input),
                ConvolutionKernel.doubles(weight), g);
        int[] outShape = shape.length == 3 ? new int[] {g.n, g.oc, g.ow} : new int[] {g.n, g.oc, g.oh, g.ow};
        Tensor out = ConvolutionKernel.tensor(values, outShape, input.dtype());
        if (bias != null) {
            addBias(out, ConvolutionKernel.doubles(bias), g.oh * g.ow);
        }
        if (Recording.needsGrad(new Tensor[] {input, weight, bias == null ? input : bias})) {
            Recording.record(new ConvolutionBackward0(input, weight, bias != null, p), out, input, weight, bias);
        }
        return out;
    }

    static ConvolutionKernel.Geometry geometry(Tensor input, Tensor weight, Params p) {
        return new ConvolutionKernel.Geometry(input.shapeRef(), weight.shapeRef(), p.stride, p.padL, p.padR,
                p.dilation, p.groups);
    }

    /** The bias added to each rounded dot product in the output's dtype, as oneDNN's post-op adds it. */
    private static void addBias(Tensor out, double[] bias, int plane) {
        int channels = bias.length;
        int n = out.numel();
        if (out.dtype() == DType.FLOAT32) {
            float[] o = out.storage().f32;
            for (int i = 0; i < n; i++) {
                o[i] = o[i] + (float) bias[(i / plane) % channels];
            }
        } else {
            for (int i = 0; i < n; i++) {
                out.storage().setDouble(i, out.storage().getDouble(i) + bias[(i / plane) % channels]);
            }
        }
    }

    /**
     * {@code convolution_backward}: the gradients of input, weight and bias wanted by {@code mask};
     * recorded as one {@code ConvolutionBackwardBackward0} of (grad_output, input, weight) when
     * grad mode is on and any of those requires grad.
     */
    static Tensor[] backward(Tensor gradOut, Tensor input, Tensor weight, Params p, boolean[] mask) {
        ConvolutionKernel.Geometry g = geometry(input, weight, p);
        double[] go = ConvolutionKernel.doubles(gradOut);
        Tensor[] grads = new Tensor[3];
        if (mask[0]) {
            grads[0] = ConvolutionKernel.tensor(ConvolutionKernel.backwardInput(go, ConvolutionKernel.doubles(weight),
                    g), input.shapeRef(), input.dtype());
        }
        if (mask[1]) {
            grads[1] = ConvolutionKernel.tensor(ConvolutionKernel.backwardWeight(go, ConvolutionKernel.doubles(input),
                    g), weight.shapeRef(), weight.dtype());
        }
        if (mask[2]) {
            int[] dims = gradOut.dim() == 3 ? new int[] {0, 2} : new int[] {0, 2, 3};
            boolean previous = GradMode.set(false);
            try {
                grads[2] = Reductions.sum(gradOut, dims, false, null);
            } finally {
                GradMode.set(previous);
            }
        }
        if (Recording.needsGrad(new Tensor[] {gradOut, input, weight})) {
            Node node = new ConvolutionBackwardBackward0(gradOut, input, weight, p);
            Tensor[] inputs = {gradOut, input, weight};
            Edge[] edges = new Edge[3];
            for (int i = 0; i < 3; i++) {
                edges[i] = inputs[i].gradientEdge();
            }
            node.setNextEdges(edges);
            node.setInputMetadata(inputs);
            for (int i = 0; i < 3; i++) {
                if (grads[i] != null) {
                    grads[i].setGradFn(node, i);
                }
            }
        }
        return grads;
    }

    static final class ConvolutionBackward0 extends Node {
        private final SavedTensor input;
        private final SavedTensor weight;
        private final boolean hasBias;
        private final Params p;

        ConvolutionBackward0(Tensor input, Tensor weight, boolean hasBias, Params p) {
            this.input = new SavedTensor(input);
            this.weight = new SavedTensor(weight);
            this.hasBias = hasBias;
            this.p = p;
        }

        @Override
        public String name() {
            return "ConvolutionBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            boolean[] mask = {needsInputGrad(0), needsInputGrad(1), hasBias && needsInputGrad(2)};
            return backward(g[0], input.unpack(), weight.unpack(), p, mask);
        }
    }

    /** {@code _convolution_double_backward}: each incoming gradient of (gI, gW, gB) as convolutions. */
    static final class ConvolutionBackwardBackward0 extends Node {
        private final SavedTensor gradOut;
        private final SavedTensor input;
        private final SavedTensor weight;
        private final Params p;

        ConvolutionBackwardBackward0(Tensor gradOut, Tensor input, Tensor weight, Params p) {
            this.gradOut = new SavedTensor(gradOut);
            this.input = new SavedTensor(input);
            this.weight = new SavedTensor(weight);
            this.p = p;
        }

        @Override
        public String name() {
            return "ConvolutionBackwardBackward0";
        }

        @Override
        public int numOutputs() {
            return 3;
        }

        @Override
        public Tensor[] apply(Tensor[] gg) {
            Tensor gO = gradOut.unpack();
            Tensor x = input.unpack();
            Tensor w = weight.unpack();
            Tensor ggI = gg[0];
            Tensor ggW = gg[1];
            Tensor ggB = gg.length > 2 ? gg[2] : null;
            Tensor gGradOut = null;
            if (needsInputGrad(0)) {
                if (ggI != null) {
                    gGradOut = convolution(ggI, w, null, p);
                }
                if (ggW != null) {
                    Tensor part = convolution(x, ggW, null, p);
                    gGradOut = gGradOut == null ? part : Arithmetic.add(gGradOut, part);
                }
                if (ggB != null) {
                    int[] view = gO.dim() == 3 ? new int[] {1, ggB.numel(), 1} : new int[] {1, ggB.numel(), 1, 1};
                    Tensor part = Views.expand(Views.reshape(ggB, view), gO.shapeRef());
                    gGradOut = gGradOut == null ? part : Arithmetic.add(gGradOut, part);
                }
                if (gGradOut == null) {
                    gGradOut = Creation.zerosLike(gO);
                }
            }
            Tensor gInput = null;
            if (needsInputGrad(1)) {
                gInput = ggW != null ? backward(gO, x, ggW, p, new boolean[] {true, false, false})[0]
                        : Creation.zerosLike(x);
            }
            Tensor gWeight = null;
            if (needsInputGrad(2)) {
                gWeight = ggI != null ? backward(gO, ggI, w, p, new boolean[] {false, true, false})[1]
                        : Creation.zerosLike(w);
            }
            return new Tensor[] {gGradOut, gInput, gWeight};
        }
    }
}
