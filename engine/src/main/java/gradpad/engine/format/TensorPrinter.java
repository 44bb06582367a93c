package gradpad.engine.format;

import gradpad.engine.DType;

/**
 * PyTorch's {@code repr(tensor)} with the print options of {@link PrintOptions} (torch/_tensor_str.py): the
 * layout half (brackets, indentation, 80-column wrapping, summarising with {@code ...}, the
 * suffixes); {@link ElementFormatter} decides how each element is written.
 */
public final class TensorPrinter {
    private static final String PREFIX = "tensor(";
    private static final int INDENT = PREFIX.length();

    private final int[] shape;
    private final int[] strides;
    private final boolean summarize;
    private final ElementFormatter formatter;

    private TensorPrinter(PrintableTensor tensor, int numel) {
        this.shape = tensor.shape();
        this.strides = new int[shape.length];
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        this.summarize = numel > PrintOptions.threshold;
        this.formatter = new ElementFormatter(tensor, summarize ? summarizedIndices() : null, numel);
    }

    /**
     * {@code repr(t)}, which is also {@code str(t)} and {@code print(t)}: e.g.
     * {@code tensor([1., 2.], grad_fn=<AddBackward0>)}.
     *
     * @param gradFnName the grad_fn's name ({@code AddBackward0}), or null if none
     * @param requiresGrad shown as {@code requires_grad=True} when there is no grad_fn
     */
    public static String repr(PrintableTensor t, String gradFnName, boolean requiresGrad) {
        return repr(t, t.dtype(), gradFnName, requiresGrad);
    }

    /** The same with the dtype to name in the suffix (a narrow type stored in a wider kind). */
    public static String repr(PrintableTensor t, DType shown, String gradFnName, boolean requiresGrad) {
        int[] shape = t.shape();
        int numel = 1;
        for (int s : shape) {
            numel *= s;
        }
        String[] suffixes = new String[3];
        int n = 0;
        String body;
        if (numel == 0) {
            if (shape.length != 1) {
                suffixes[n++] = "size=" + tuple(shape);
            }
            if (shown != DType.FLOAT32) { // the default dtype: int64 and bool empties get it
                suffixes[n++] = "dtype=" + shown;
            }
            body = "[]";
        } else {
            if (shown != DType.FLOAT32 && shown != DType.INT64 && shown != DType.BOOL) {
                suffixes[n++] = "dtype=" + shown;
            }
            TensorPrinter p = new TensorPrinter(t, numel);
            StringBuilder sb = new StringBuilder();
            p.tensorStr(sb, 0, 0, INDENT);
            body = sb.toString();
        }
        if (gradFnName != null) {
            suffixes[n++] = "grad_fn=<" + gradFnName + ">";
        } else if (requiresGrad) {
            suffixes[n++] = "requires_grad=True";
        }
        return addSuffixes(PREFIX + body, suffixes, n);
    }

    /** {@code torch.Size([2, 3])}; {@code torch.Size([])} for a 0-d tensor. */
    public static String sizeRepr(int[] shape) {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append("])").toString();
    }

    /** A Python tuple's repr: {@code (2, 0)}; {@code (0,)} for one element. */
    private static String tuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** {@code _add_suffixes}: a suffix goes on a new line when it would pass column 80. */
    private static String addSuffixes(String s, String[] suffixes, int n) {
        StringBuilder sb = new StringBuilder(s);
        // torch's count is two more than the last line's real length; kept for identical wrapping.
        int lastLineLen = s.length() - s.lastIndexOf('\n') + 1;
        for (int i = 0; i < n; i++) {
            String suffix = suffixes[i];
            if (lastLineLen + suffix.length() + 2 > PrintOptions.lineWidth) {
                sb.append(",\n");
                for (int k = 0; k < INDENT; k++) {
                    sb.append(' ');
                }
                sb.append(suffix);
                lastLineLen = INDENT + suffix.length();
            } else {
                sb.append(", ").append(suffix);
                lastLineLen += suffix.length() + 2;
            }
        }
        return sb.append(')').toString();
    }

    /** Whether dimension d is shown as its first and last PrintOptions.edgeItems entries around "...". */
    private boolean elided(int d) {
        return summarize && shape[d] > 2 * PrintOptions.edgeItems;
    }

    /** {@code _tensor_str_with_formatter} for the sub-tensor of dims d.. starting at offset. */
    private void tensorStr(StringBuilder sb, int d, int offset, int indent) {
        if (d == shape.length) {
            sb.append(formatter.format(offset));
            return;
        }
        if (d == shape.length - 1) {
            vectorStr(sb, offset, indent);
            return;
        }
        StringBuilder sep = new StringBuilder(",");
        for (int k = d; k < shape.length - 1; k++) {
            sep.append('\n'); // one newline per remaining dim below: blank lines between blocks
        }
        for (int k = 0; k <= indent; k++) {
            sep.append(' ');
        }
        sb.append('[');
        int size = shape[d];
        boolean elide = elided(d);
        for (int i = 0; i < size; i++) {
            if (elide && i == PrintOptions.edgeItems) {
                sb.append("...").append(sep);
                i = size - PrintOptions.edgeItems;
            }
            tensorStr(sb, d + 1, offset + i * strides[d], indent + 1);
            if (i < size - 1) {
                sb.append(sep);
            }
        }
        sb.append(']');
    }

    /** {@code _vector_str}: elements joined by ", ", as many per line as fit in 80 columns. */
    private void vectorStr(StringBuilder sb, int offset, int indent) {
        int size = shape[shape.length - 1];
        boolean elide = elided(shape.length - 1);
        int count = elide ? 2 * PrintOptions.edgeItems + 1 : size;
        int perLine = Math.max(1, Math.floorDiv(PrintOptions.lineWidth - indent, formatter.width() + 2));
        sb.append('[');
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                if (k % perLine == 0) {
                    sb.append(",\n");
                    for (int s = 0; s <= indent; s++) {
                        sb.append(' ');
                    }
                } else {
                    sb.append(", ");
                }
            }
            if (elide && k == PrintOptions.edgeItems) {
                sb.append(" ...");
            } else {
                int i = elide && k > PrintOptions.edgeItems ? size - count + k : k;
                sb.append(formatter.format(offset + i));
            }
        }
        sb.append(']');
    }

    /** Row-major indices of {@code get_summarized_data}: edge items of every long dimension. */
    private int[] summarizedIndices() {
        int n = 1;
        for (int d = 0; d < shape.length; d++) {
            n *= elided(d) ? 2 * PrintOptions.edgeItems : shape[d];
        }
        int[] out = new int[n];
        collect(out, 0, 0, 0);
        return out;
    }

    private int collect(int[] out, int pos, int d, int offset) {
        if (d == shape.length) {
            out[pos] = offset;
            return pos + 1;
        }
        int size = shape[d];
        for (int i = 0; i < size; i++) {
            if (elided(d) && i == PrintOptions.edgeItems) {
                i = size - PrintOptions.edgeItems;
            }
            pos = collect(out, pos, d + 1, offset + i * strides[d]);
        }
        return pos;
    }
}
