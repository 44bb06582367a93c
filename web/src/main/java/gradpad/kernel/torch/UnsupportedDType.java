package gradpad.kernel.torch;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyException;

/** A dtype PyTorch has and gradpad does not ({@code torch.int32}, {@code torch.float16}): a clear error on use. */
public final class UnsupportedDType {
    private final String name;

    UnsupportedDType(String name) {
        this.name = name;
    }

    PyException error() {
        return Errors.typeError("gradpad has no complex numbers: torch." + name + " is not available");
    }

    @Override
    public String toString() {
        return "torch." + name;
    }
}
