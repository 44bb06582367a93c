package gradpad.engine.format;

import gradpad.engine.DType;

/**
 * PyTorch's {@code _Formatter} (torch/_tensor_str.py) with the print options of {@link PrintOptions}: decides,
 * once per tensor, how every element is written and the common width they are padded to.
 * Float tensors use integer mode ({@code 1.}), fixed mode ({@code 0.1235}) or scientific mode
 * ({@code 1.2346e+08}), chosen from the finite non-zero elements only.
 */
final class ElementFormatter {
    private final PrintableTensor tensor;
    private final boolean floating;
    private boolean intMode = true;
    private boolean sciMode;
    private int maxWidth = 1;

    /**
     * @param indices the row-major indices of the elements that decide (those printed when the
     *     tensor is summarised), or null for all elements
     */
    ElementFormatter(PrintableTensor tensor, int[] indices, int numel) {
        this.tensor = tensor;
        this.floating = tensor.dtype().isFloatingPoint();
        int n = indices == null ? numel : indices.length;
        if (!floating) {
            for (int k = 0; k < n; k++) {
                maxWidth = Math.max(maxWidth, plain(indices == null ? k : indices[k]).length());
            }
            return;
        }
        double[] nonZero = new double[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            double v = tensor.doubleAt(indices == null ? k : indices[k]);
            if (v != 0 && !Double.isNaN(v) && !Double.isInfinite(v)) {
                nonZero[count++] = v;
            }
        }
        if (count == 0) {
            return;
        }
        double vmin = Double.POSITIVE_INFINITY;
        double vmax = 0;
        for (int k = 0; k < count; k++) {
            double a = Math.abs(nonZero[k]);
            vmin = Math.min(vmin, a);
            vmax = Math.max(vmax, a);
            if (nonZero[k] != Math.ceil(nonZero[k])) {
                intMode = false;
            }
        }
        // Strict '>' and '<' exactly as in torch; the ratio is a double division there too.
        sciMode = vmax / vmin > 1000.0 || vmax > 1.0e8 || (!intMode && vmin < 1.0e-4);
        for (int k = 0; k < count; k++) {
            double v = nonZero[k];
            int w;
            if (sciMode) {
                w = PyFloat.scientific(v, PrintOptions.precision).length();
            } else if (intMode) {
                w = PyFloat.fixed(v, 0).length() + 1;
            } else {
                w = PyFloat.fixed(v, PrintOptions.precision).length();
            }
            maxWidth = Math.max(maxWidth, w);
        }
        if (PrintOptions.sciMode != null) { // set_printoptions(sci_mode=...) overrides, widths stay as computed
            sciMode = PrintOptions.sciMode;
        }
    }

    /** The width every element is padded to. */
    int width() {
        return maxWidth;
    }

    /** The element at a row-major index, right-aligned to {@link #width()}. */
    String format(int index) {
        String s;
        if (!floating) {
            s = plain(index);
        } else {
            double v = tensor.doubleAt(index);
            if (sciMode) {
                s = PyFloat.scientific(v, PrintOptions.precision);
            } else if (intMode) {
                s = PyFloat.fixed(v, 0);
                if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                    s += ".";
                }
            } else {
                s = PyFloat.fixed(v, PrintOptions.precision);
            }
        }
        if (s.length() >= maxWidth) {
            return s;
        }
        StringBuilder sb = new StringBuilder(maxWidth);
        for (int i = s.length(); i < maxWidth; i++) {
            sb.append(' ');
        }
        return sb.append(s).toString();
    }

    /** {@code str()} of a non-float element: {@code -20}, {@code True}. */
    private String plain(int index) {
        if (tensor.dtype() == DType.BOOL) {
            return tensor.longAt(index) != 0 ? "True" : "False";
        }
        return Long.toString(tensor.longAt(index));
    }
}
