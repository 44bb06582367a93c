package gradpad.engine.format;

/**
 * A Python exception raised while formatting or parsing, e.g. {@code ValueError: Unknown format
 * code 'd' for object of type 'float'}. The kernel rethrows it as the Python exception named
 * by {@link #pythonType()}.
 */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public FormatError(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    /** The Python exception class name: {@code ValueError}, {@code TypeError}, {@code OverflowError}. */
    public String pythonType() {
        return pythonType;
    }

    /** As Python prints the exception's last line: {@code ValueError: message}. */
    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
