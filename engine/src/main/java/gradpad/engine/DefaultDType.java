package gradpad.engine;

/**
 * {@code torch.get_default_dtype()} / {@code set_default_dtype}: the floating type that float data,
 * float creation functions ({@code zeros}, {@code randn}, ...), Python floats mixed with integer
 * tensors and floating functions of integer tensors get. Process-wide, as in PyTorch; a new kernel
 * resets it.
 */
public final class DefaultDType {
    private DefaultDType() {
    }

    /** null means float32: no static initializer, so TeaVM adds no init check to get() (docs/teavm.md). */
    private static DType current;

    public static DType get() {
        return current == null ? DType.FLOAT32 : current;
    }

    /** PyTorch accepts only float32 and float64 here (float16/bfloat16 too, not modelled). */
    public static void set(DType type) {
        if (type != DType.FLOAT32 && type != DType.FLOAT64) {
            throw TorchException.type("only floating-point types are supported as the default type");
        }
        current = type;
    }

    public static void reset() {
        current = null;
    }
}
