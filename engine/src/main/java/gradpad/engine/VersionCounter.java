package gradpad.engine;

/**
 * Counts in-place modifications of a tensor's data. Shared by a tensor, its views and its
 * {@code detach()}ed aliases, as in PyTorch, so autograd can tell when a saved tensor changed.
 */
public final class VersionCounter {
    private int version;

    public int get() {
        return version;
    }

    public void bump() {
        version++;
    }
}
