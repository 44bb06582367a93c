package gradpad.engine;

/**
 * An error PyTorch would raise, with the Python exception type it raises it as. The kernel turns
 * it into that Python exception; Java callers can catch it like any unchecked exception.
 */
public class TorchException extends RuntimeException {
    private final String pythonType;

    public TorchException(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    /** {@code RuntimeError}, {@code ValueError}, {@code IndexError}, {@code TypeError}, ... */
    public String pythonType() {
        return pythonType;
    }

    public static TorchException runtime(String message) {
        return new TorchException("RuntimeError", message);
    }

    public static TorchException index(String message) {
        return new TorchException("IndexError", message);
    }

    public static TorchException value(String message) {
        return new TorchException("ValueError", message);
    }

    public static TorchException type(String message) {
        return new TorchException("TypeError", message);
    }
}
