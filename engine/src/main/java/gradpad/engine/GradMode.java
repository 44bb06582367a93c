package gradpad.engine;

/**
 * Whether ops record the autograd graph ({@code torch.is_grad_enabled()}). One flag for the
 * whole engine: gradpad runs single-threaded, as a notebook kernel does.
 */
public final class GradMode {
    private static boolean enabled = true;

    private GradMode() {
    }

    public static boolean isEnabled() {
        return enabled;
    }

    /** Sets the mode and returns the previous one, so callers can restore it in a finally block. */
    public static boolean set(boolean on) {
        boolean previous = enabled;
        enabled = on;
        return previous;
    }
}
