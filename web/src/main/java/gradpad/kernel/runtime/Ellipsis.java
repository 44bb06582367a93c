package gradpad.kernel.runtime;

/** Python's {@code ...}. */
public final class Ellipsis {
    public static final Ellipsis INSTANCE = new Ellipsis();

    private Ellipsis() {
    }
}
