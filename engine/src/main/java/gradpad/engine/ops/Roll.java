package gradpad.engine.ops;

import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;

/** {@code torch.roll} ({@code RollBackward0}: the gradient rolled back by the negated shifts). */
public final class Roll {
    private Roll() {
    }

    public static Tensor roll(Tensor x, long[] shifts, int[] dims) {
        if (shifts.length == 0) {
            throw TorchException.runtime("`shifts` required");
        }
        if (dims.length == 0 && shifts.length != 1) {
            throw TorchException.runtime("shifts and dimensions must align. shifts: " + shifts.length + ", dims:0");
        }
        if (dims.length != 0 && shifts.length != dims.length) {
            throw TorchException.runtime("shifts and dimensions must align. shifts: " + shifts.length + ", dims:"
                    + dims.length);
        }
        Tensor out;
        if (dims.length == 0) {
            // no dims: x rolled as a flat vector
            Tensor flat = Conversion.contiguousData(x);
            flat = flat.alias(flat.storageOffset(), new int[] {x.numel()}, new int[] {1});
            Tensor r = rollData(flat, shifts[0], 0);
            out = r.alias(0, x.shape(), Shape.contiguousStrides(x.shapeRef()));
        } else {
            out = x;
            for (int i = 0; i < dims.length; i++) {
                out = rollData(out, shifts[i], Shape.wrapDim(dims[i], x.dim()));
            }
            if (out == x) {
                out = Conversion.copyData(x);
            }
        }
        if (Recording.needsGrad(x)) {
            Recording.record(new RollBackward0(shifts, dims), out, x);
        }
        return out;
    }

    /** A contiguous copy of x with its elements moved shift places along dim (wrapping). */
    private static Tensor rollData(Tensor x, long shift, int dim) {
        int size = x.shapeRef()[dim];
        Tensor out = Tensor.empty(x.shape(), x.dtype());
        if (size == 0 || x.numel() == 0) {
            return out;
        }
        int s = (int) (((shift % size) + size) % size);
        // out[s:] = x[:size-s], out[:s] = x[size-s:]
        Conversion.copyElements(Indexing.sliceData(out, dim, (long) s, (long) size, 1L),
                Indexing.sliceData(x, dim, 0L, (long) (size - s), 1L));
        if (s > 0) {
            Conversion.copyElements(Indexing.sliceData(out, dim, 0L, (long) s, 1L),
                    Indexing.sliceData(x, dim, (long) (size - s), (long) size, 1L));
        }
        return out;
    }

    static final class RollBackward0 extends Node {
        private final long[] shifts;
        private final int[] dims;

        RollBackward0(long[] shifts, int[] dims) {
            this.shifts = shifts;
            this.dims = dims;
        }

        @Override
        public String name() {
            return "RollBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            long[] back = new long[shifts.length];
            for (int i = 0; i < shifts.length; i++) {
                back[i] = -shifts[i];
            }
            return new Tensor[] {roll(g[0], back, dims)};
        }
    }
}
