package gradpad.engine;

/**
 * One component of a subscript {@code x[...]}: an integer, a slice, {@code None}, {@code ...}, or
 * an index tensor (int64 positions or a bool mask).
 */
public final class IndexItem {
    public enum Kind { INT, SLICE, NONE, ELLIPSIS, TENSOR }

    public final Kind kind;
    public final long index;
    /** Slice bounds; null means omitted, as in Python. */
    public final Long start;
    public final Long stop;
    public final Long step;
    public final Tensor tensor;

    private IndexItem(Kind kind, long index, Long start, Long stop, Long step, Tensor tensor) {
        this.kind = kind;
        this.index = index;
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.tensor = tensor;
    }

    public static IndexItem integer(long index) {
        return new IndexItem(Kind.INT, index, null, null, null, null);
    }

    public static IndexItem slice(Long start, Long stop, Long step) {
        return new IndexItem(Kind.SLICE, 0, start, stop, step, null);
    }

    public static IndexItem none() {
        return new IndexItem(Kind.NONE, 0, null, null, null, null);
    }

    public static IndexItem ellipsis() {
        return new IndexItem(Kind.ELLIPSIS, 0, null, null, null, null);
    }

    public static IndexItem tensor(Tensor t) {
        return new IndexItem(Kind.TENSOR, 0, null, null, null, t);
    }

    /** How many dimensions of the indexed tensor this item consumes. */
    int consumedDims() {
        switch (kind) {
            case INT: case SLICE: return 1;
            case TENSOR: return tensor.dtype() == DType.BOOL ? Math.max(tensor.dim(), 1) : 1;
            default: return 0;
        }
    }
}
