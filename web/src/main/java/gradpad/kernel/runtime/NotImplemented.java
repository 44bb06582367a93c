package gradpad.kernel.runtime;

/** Python's {@code NotImplemented}, returned by a binary dunder that declines an operand. */
public final class NotImplemented {
    public static final NotImplemented INSTANCE = new NotImplemented();

    private NotImplemented() {
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
