package gradpad.engine;

/**
 * Where the engine's Python warnings go. PyTorch raises them through Python's {@code warnings}
 * module; the kernel installs a sink that formats them as Python does. The default drops them.
 */
public final class Warnings {
    /** Receives one warning: its category ({@code UserWarning}) and message. */
    public interface Sink {
        void warn(String category, String message);
    }

    private static Sink sink = (category, message) -> { };

    private Warnings() {
    }

    public static void setSink(Sink newSink) {
        sink = newSink;
    }

    public static void warn(String category, String message) {
        sink.warn(category, message);
    }
}
