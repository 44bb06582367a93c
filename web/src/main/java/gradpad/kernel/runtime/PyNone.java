package gradpad.kernel.runtime;

/** Python's {@code None}. */
public final class PyNone {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public String toString() {
        return "None";
    }
}
