package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/** PyTorch's {@code check_shape_forward} and dtype checks for a convolution, in its order and words. */
final class ConvolutionChecks {
    private ConvolutionChecks() {
    }

    static void checkForward(Tensor input, Tensor weight, Tensor bias, Convolution.Params p) {
        for (int v : p.padL) {
            if (v < 0) {
                throw TorchException.runtime("negative padding is not supported");
            }
        }
        for (int v : p.stride) {
            if (v <= 0) {
                throw TorchException.runtime("non-positive stride is not supported");
            }
        }
        for (int v : p.dilation) {
            if (v <= 0) {
                throw TorchException.runtime("non-positive dilation is not supported");
            }
        }
        int k = input.dim();
        int[] ws = weight.shapeRef();
        String wList = Shape.list(ws);
        if (ws.length != k) {
            throw TorchException.runtime("Expected " + ws.length + "-dimensional input for " + ws.length
                    + "-dimensional weight " + wList + ", but got " + k + "-dimensional input of size "
                    + Shape.list(input.shapeRef()) + " instead");
        }
        int groups = p.groups;
        if (ws[0] < groups) {
            throw TorchException.runtime("Given groups=" + groups + ", expected weight to be at least " + groups
                    + " at dimension 0, but got weight of size " + wList + " instead");
        }
        if (ws[0] % groups != 0) {
            throw TorchException.runtime("Given groups=" + groups + ", expected weight to be divisible by " + groups
                    + " at dimension 0, but got weight of size [" + wList + "] instead");
        }
        if (input.shapeRef()[1] != ws[1] * groups) {
            throw TorchException.runtime("Given groups=" + groups + ", weight of size " + wList + ", expected input"
                    + Shape.list(input.shapeRef()) + " to have " + (ws[1] * groups) + " channels, but got "
                    + input.shapeRef()[1] + " channels instead");
        }
        if (bias != null && (bias.dim() != 1 || bias.shapeRef()[0] != ws[0])) {
            throw TorchException.runtime("Given weight of size " + wList + ", expected bias to be 1-dimensional with "
                    + ws[0] + " elements, but got bias of size " + Shape.list(bias.shapeRef()) + " instead");
        }
        StringBuilder in = new StringBuilder();
        StringBuilder ker = new StringBuilder();
        boolean fits = true;
        for (int i = 2; i < k; i++) {
            // both sides: an asymmetric 'same' pad is PyTorch's F.pad of the difference plus a symmetric pad
            int padded = input.shapeRef()[i] + p.padL[i - 2] + p.padR[i - 2];
            int kernel = p.dilation[i - 2] * (ws[i] - 1) + 1;
            fits &= padded >= kernel;
            in.append(i > 2 ? " x " : "").append(padded);
            ker.append(i > 2 ? " x " : "").append(kernel);
        }
        if (!fits) {
            throw TorchException.runtime("Calculated padded input size per channel: (" + in + "). Kernel size: ("
                    + ker + "). Kernel size can't be greater than actual input size");
        }
        checkTypes(input, weight, bias);
    }

    /**
     * {@code check_input_same_type_as_parameters}: float32 input is oneDNN's (the longer text),
     * anything else the slow path's. gradpad computes float32 and float64 only.
     */
    private static void checkTypes(Tensor input, Tensor weight, Tensor bias) {
        String tail = input.dtype() == DType.FLOAT32
                ? " should be the same or input should be a MKLDNN tensor and " : " should be the same";
        if (weight.dtype() != input.dtype()) {
            throw TorchException.runtime("Input type (" + typeString(input) + ") and weight type ("
                    + typeString(weight) + ")" + tail + (tail.endsWith("and ") ? "weight is a dense tensor" : ""));
        }
        if (bias != null && bias.dtype() != input.dtype()) {
            throw TorchException.runtime("Input type (" + typeString(input) + ") and bias type ("
                    + typeString(bias) + ")" + tail + (tail.endsWith("and ") ? "bias is a dense tensor" : ""));
        }
        if (input.dtype() != DType.FLOAT32 && input.dtype() != DType.FLOAT64) {
            throw new TorchException("NotImplementedError", "gradpad: convolution of " + input.dtype()
                    + " tensors is not supported (float32 and float64 are)");
        }
    }

    /** {@code Tensor::toString()}: torch.FloatTensor, torch.DoubleTensor, ... */
    private static String typeString(Tensor t) {
        return "torch." + t.dtype().scalarTypeName() + "Tensor";
    }

    /** caffe2's TypeMeta names, used by conv2d's bias check. */
    static String cppName(DType t) {
        switch (t) {
            case FLOAT32: return "float";
            case FLOAT64: return "double";
            case INT64: return "long int";
            case BOOL: return "bool";
            default: return t.pythonName();
        }
    }
}
