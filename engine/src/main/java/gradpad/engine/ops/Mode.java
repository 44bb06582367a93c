package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.ValuesIndices;

/**
 * {@code torch.mode(x, dim=-1, keepdim=False)} ({@code ModeBackward0}): per slice, PyTorch's CPU
 * kernel sorts (value, position) pairs with {@code std::sort} and scans the runs; the first
 * longest run wins (so the smallest of tied values), and its index is that of the run's last
 * pair, which depends on libstdc++'s arrangement of equal keys, reproduced by {@link StdSort}.
 */
public final class Mode {
    private Mode() {
    }

    public static ValuesIndices mode(Tensor x, int dim, boolean keepdim) {
        int d = x.dim() == 0 ? 0 : Shape.wrapDim(dim, x.dim());
        int[] shape = x.shapeRef();
        int size = x.dim() == 0 ? 1 : shape[d];
        int inner = 1;
        for (int k = d + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        int outer = x.numel() / Math.max(1, size * inner);
        int[] outShape = Reductions.reducedShape(shape, mask(x.dim(), d), keepdim);
        Tensor values = Tensor.empty(outShape, x.dtype());
        Tensor indices = Tensor.empty(outShape, DType.INT64);
        boolean integral = !x.dtype().isFloatingPoint();
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double[] keys = new double[size];
                long[] longKeys = integral ? new long[size] : null;
                for (int k = 0; k < size; k++) {
                    int at = (o * size + k) * inner + j;
                    if (integral) {
                        longKeys[k] = x.longAt(at);
                    } else {
                        keys[k] = x.doubleAt(at);
                    }
                }
                StdSort s = new StdSort(keys, longKeys, false);
                s.sort(0, size);
                int best = -1;
                int bestFreq = 0;
                int freq = 0;
                for (int i = 0; i < size; i++) {
                    freq++;
                    if (i == size - 1 || s.less(s.a[i], s.a[i + 1])) {
                        if (freq > bestFreq) {
                            best = s.a[i];
                            bestFreq = freq;
                        }
                        freq = 0;
                    }
                }
                int out = o * inner + j;
                if (integral) {
                    values.storage().setLong(out, longKeys[best]);
                } else {
                    values.storage().setDouble(out, keys[best]);
                }
                indices.storage().setLong(out, best);
            }
        }
        if (x.declaredDType().isNarrow()) {
            values = values.narrowTo(x.declaredDType());
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new MinMax.IndexSelectionBackward("ModeBackward0", x, d, keepdim, indices), values, x);
        }
        return new ValuesIndices("mode", values, indices);
    }

    private static boolean[] mask(int rank, int d) {
        boolean[] m = new boolean[rank];
        if (rank > 0) {
            m[d] = true;
        }
        return m;
    }
}
