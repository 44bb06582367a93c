package gradpad.engine;

/** Helpers for sizes, strides, broadcasting and dimension arguments, with PyTorch's errors. */
public final class Shape {
    private Shape() {
    }

    public static int numel(int[] shape) {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (n > Integer.MAX_VALUE) {
            throw TorchException.runtime("tensor of " + n + " elements is too large for gradpad");
        }
        return (int) n;
    }

    public static int[] contiguousStrides(int[] shape) {
        int[] strides = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return strides;
    }

    /** NumPy broadcasting of two shapes, with PyTorch's message on a mismatch. */
    public static int[] broadcast(int[] a, int[] b) {
        if (java.util.Arrays.equals(a, b)) {
            return a;
        }
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) { // right to left like PyTorch's infer_size: it reports the rightmost mismatch
            int da = i - (n - a.length);
            int db = i - (n - b.length);
            int sa = da >= 0 ? a[da] : 1;
            int sb = db >= 0 ? b[db] : 1;
            if (sa == sb || sb == 1) {
                out[i] = sa;
            } else if (sa == 1) {
                out[i] = sb;
            } else {
                throw TorchException.runtime("The size of tensor a (" + sa + ") must match the size of tensor b ("
                        + sb + ") at non-singleton dimension " + i);
            }
        }
        return out;
    }

    /** Wraps a negative dim and checks its range, as PyTorch's {@code maybe_wrap_dim}. */
    public static int wrapDim(int dim, int rank) {
        int r = Math.max(rank, 1);
        if (dim < -r || dim >= r) {
            throw TorchException.index("Dimension out of range (expected to be in range of [" + (-r) + ", "
                    + (r - 1) + "], but got " + dim + ")");
        }
        return dim < 0 ? dim + r : dim;
    }

    /** {@code [2, 3]}: the list form PyTorch's messages use. */
    public static String list(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append(']').toString();
    }

    /** {@code torch.Size([2, 3])}. */
    public static String sizeRepr(int[] shape) {
        return "torch.Size(" + list(shape) + ")";
    }

    /** {@code 2x3}: the form of matmul messages. */
    public static String cross(int[] shape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append('x');
            }
            sb.append(shape[i]);
        }
        return sb.toString();
    }
}
