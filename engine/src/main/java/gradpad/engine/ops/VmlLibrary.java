package gradpad.engine.ops;

/**
 * Which library computes PyTorch's "vml" functions, {@code torch.exp}, {@code log}, {@code sin},
 * {@code cos} and {@code tanh} on float32 tensors, which decides their last bit:
 * <ul>
 * <li>{@link #MKL} (default): x86-64 builds with MKL, such as the official PyTorch 2.11 wheels the
 * oracle was recorded with (USE_MKL=ON), call MKL's VML in high-accuracy mode, whose results are
 * the correctly rounded ones in nearly every case; gradpad returns the correctly rounded value.
 * <li>{@link #SLEEF}: builds without MKL (Debian's torch, macOS, ARM) use SLEEF's u10 routines,
 * which gradpad reproduces bit for bit ({@link SleefDF}).
 * </ul>
 * Kernels that PyTorch writes with its own vector type (softmax, log_softmax, sigmoid) use SLEEF
 * on every build, and so does gradpad, whatever this setting.
 */
public enum VmlLibrary {
    MKL,
    SLEEF;

    private static VmlLibrary current = MKL;

    public static VmlLibrary current() {
        return current;
    }

    /** Selects the library; returns the previous one, for restoring in a finally block. */
    public static VmlLibrary set(VmlLibrary library) {
        VmlLibrary previous = current;
        current = library;
        return previous;
    }
}
