package gradpad.kernel.runtime;

/** Python's {@code range}. */
public final class PyRange {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        return PySlice.length(start, stop, step);
    }

    public long get(long i) {
        return start + i * step;
    }
}
