package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/**
 * The shape rules shared by {@code max_pool2d} and {@code avg_pool2d} (PyTorch's Pool.h:
 * {@code pooling_output_shape} and {@code pool2d_shape_check}, texts and order), over (C, H, W)
 * or (N, C, H, W) input seen as planes of H x W.
 */
public final class Pooling {
    private Pooling() {
    }

    /** kernel, stride, padding, dilation as (h, w) pairs; the input's planes and sizes; the output's. */
    static final class Window {
        final int kh, kw, sh, sw, ph, pw, dh, dw;
        final int planes, h, w, oh, ow;
        final int[] outShape;

        Window(Tensor x, int[] k, int[] s, int[] p, int[] d, boolean ceil) {
            kh = k[0];
            kw = k[1];
            sh = s[0];
            sw = s[1];
            ph = p[0];
            pw = p[1];
            dh = d[0];
            dw = d[1];
            int[] shape = x.shapeRef();
            int dims = shape.length;
            h = shape[dims - 2];
            w = shape[dims - 1];
            int c = shape[dims - 3];
            oh = outputSize(h, kh, ph, sh, dh, ceil);
            ow = outputSize(w, kw, pw, sw, dw, ceil);
            planes = dims == 4 ? shape[0] * c : c;
            check(x, c);
            outShape = shape.clone();
            outShape[dims - 2] = oh;
            outShape[dims - 1] = ow;
        }

        private void check(Tensor x, int c) {
            int[] shape = x.shapeRef();
            if (kw <= 0 || kh <= 0) {
                throw TorchException.runtime("kernel size should be greater than zero, but got kH: " + kh + " kW: "
                        + kw);
            }
            if (sw <= 0 || sh <= 0) {
                throw TorchException.runtime("stride should be greater than zero, but got dH: " + sh + " dW: " + sw);
            }
            if (dh <= 0 || dw <= 0) {
                throw TorchException.runtime("dilation should be greater than zero, but got dilationH: " + dh
                        + " dilationW: " + dw);
            }
            boolean valid = shape[1] != 0 && shape[2] != 0;
            if (!((shape.length == 3 && shape[0] != 0 && valid) || (shape.length == 4 && valid && shape[3] != 0))) {
                throw TorchException.runtime("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size "
                        + "for input, but got:" + Shape.list(shape));
            }
            int effW = (kw - 1) * dw + 1;
            int effH = (kh - 1) * dh + 1;
            if (effW / 2 < pw || effH / 2 < ph) {
                throw TorchException.runtime("pad should be smaller than or equal to half of effective kernel size, "
                        + "but got padW = " + pw + ", padH = " + ph + ", effectiveKW = " + effW + ", effectiveKH = "
                        + effH);
            }
            if (ow < 1 || oh < 1) {
                throw TorchException.runtime("Given input size: (" + c + "x" + h + "x" + w + "). Calculated output "
                        + "size: (" + c + "x" + oh + "x" + ow + "). Output size is too small");
            }
        }
    }

    /** {@code pooling_output_shape}: its checks, then floor or ceil division with the last window starting inside. */
    static int outputSize(int in, int k, int pad, int stride, int dilation, boolean ceil) {
        if (stride == 0) {
            throw TorchException.runtime("stride should not be zero");
        }
        if (pad < 0) {
            throw TorchException.runtime("pad must be non-negative, but got pad: " + pad);
        }
        if (pad > ((k - 1) * dilation + 1) / 2) {
            throw TorchException.runtime("pad should be at most half of effective kernel size, but got pad=" + pad
                    + ", kernel_size=" + k + " and dilation=" + dilation);
        }
        int num = in + 2 * pad - dilation * (k - 1) - 1 + (ceil ? stride - 1 : 0);
        int out = Math.floorDiv(num, stride) + 1;
        if (ceil && (out - 1) * stride >= in + pad) {
            out--;
        }
        return out;
    }

    static void requireFloat(Tensor x, String op) {
        DType t = x.dtype();
        if (t != DType.FLOAT32 && t != DType.FLOAT64) {
            throw new TorchException("NotImplementedError", "gradpad: " + op + " of " + t
                    + " tensors is not supported (float32 and float64 are)");
        }
    }
}
