package gradpad.kernel.runtime;

/** Python's {@code slice(start, stop, step)}; parts are None when omitted. */
public final class PySlice {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** Python's {@code slice.indices(length)}: [start, stop, step] clamped for a sequence. */
    public long[] indices(long length) {
        long st = step == PyNone.NONE ? 1 : Runtime.toIndex(step);
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s;
        if (start == PyNone.NONE) {
            s = st < 0 ? upper : lower;
        } else {
            s = Runtime.toIndex(start);
            s = s < 0 ? Math.max(s + length, lower) : Math.min(s, upper);
        }
        long e;
        if (stop == PyNone.NONE) {
            e = st < 0 ? lower : upper;
        } else {
            e = Runtime.toIndex(stop);
            e = e < 0 ? Math.max(e + length, lower) : Math.min(e, upper);
        }
        return new long[] {s, e, st};
    }

    /** Number of elements a slice selects (Python's {@code PySlice_AdjustIndices}). */
    public static long length(long start, long stop, long step) {
        if (step < 0) {
            return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        }
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }
}
