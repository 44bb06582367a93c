package gradpad.engine.format;

/**
 * {@code torch.set_printoptions}: PyTorch's {@code PRINT_OPTS}, read by every tensor repr.
 * Process-wide as in PyTorch; a new kernel calls {@link #reset()} (Restart gives the defaults).
 */
public final class PrintOptions {
    static int precision = 4;
    /** A double: the "full" profile sets it to infinity. */
    static double threshold = 1000;
    static int edgeItems = 3;
    static int lineWidth = 80;
    /** null: chosen per tensor; else forced on or off. */
    static Boolean sciMode;

    private PrintOptions() {
    }

    public static void reset() {
        profile("default");
        sciMode = null;
    }

    /** Each argument may be null (left as it is), except sciMode, which PyTorch always assigns. */
    public static void set(Long precision, Double threshold, Long edgeItems, Long lineWidth, String profile,
            Boolean sciMode) {
        if (profile != null) {
            profile(profile);
        }
        if (precision != null) {
            PrintOptions.precision = (int) (long) precision;
        }
        if (threshold != null) {
            PrintOptions.threshold = threshold;
        }
        if (edgeItems != null) {
            PrintOptions.edgeItems = (int) (long) edgeItems;
        }
        if (lineWidth != null) {
            PrintOptions.lineWidth = (int) (long) lineWidth;
        }
        PrintOptions.sciMode = sciMode;
    }

    /** The profiles of torch._tensor_str.set_printoptions; an unknown name changes nothing, as there. */
    private static void profile(String name) {
        switch (name) {
            case "default":
                precision = 4;
                threshold = 1000;
                edgeItems = 3;
                lineWidth = 80;
                break;
            case "short":
                precision = 2;
                threshold = 1000;
                edgeItems = 2;
                lineWidth = 80;
                break;
            case "full":
                precision = 4;
                threshold = Double.POSITIVE_INFINITY;
                edgeItems = 3;
                lineWidth = 80;
                break;
            default:
                break;
        }
    }
}
