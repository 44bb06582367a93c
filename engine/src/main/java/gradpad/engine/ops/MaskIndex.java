package gradpad.engine.ops;

import gradpad.engine.Tensor;

/** A bool mask as index tensors: the coordinates of its True elements, one int64 vector per dim. */
final class MaskIndex {
    private MaskIndex() {
    }

    static Tensor[] nonzeroColumns(Tensor mask) {
        Tensor m = mask.dim() == 0 ? Views.unsqueezeData(mask, 0) : mask;
        int rank = m.dim();
        int n = m.numel();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (m.longAt(i) != 0) {
                count++;
            }
        }
        long[][] cols = new long[rank][count];
        int[] shape = m.shapeRef();
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (m.longAt(i) == 0) {
                continue;
            }
            int rest = i;
            for (int d = rank - 1; d >= 0; d--) {
                cols[d][c] = rest % shape[d];
                rest /= shape[d];
            }
            c++;
        }
        Tensor[] out = new Tensor[rank];
        for (int d = 0; d < rank; d++) {
            out[d] = Tensor.of(cols[d], count);
        }
        return out;
    }

    /** {@code torch.nonzero}: an (n, rank) int64 tensor of the coordinates of non-zero elements. */
    static Tensor nonzero(Tensor t) {
        Tensor[] cols = nonzeroColumns(t.dtype() == gradpad.engine.DType.BOOL ? t
                : Comparison.ne(t, Tensor.wrappedScalar(0L)));
        int rank = t.dim();
        int count = cols.length == 0 ? 0 : cols[0].numel();
        long[] data = new long[count * rank];
        for (int i = 0; i < count; i++) {
            for (int d = 0; d < rank; d++) {
                data[i * rank + d] = cols[d].longAt(i);
            }
        }
        return Tensor.of(data, count, rank);
    }
}
