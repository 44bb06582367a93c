package gradpad.kernel.torch;

import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.Types;

/**
 * A 64-bit seed above 2^63 ({@code torch.initial_seed()} after a random seed): Python shows it as
 * a plain int; gradpad's ints are signed 64-bit, so it is kept as its own printable value.
 */
final class UnsignedInt implements PyObj {
    private final long bits;

    UnsignedInt(long bits) {
        this.bits = bits;
    }

    @Override
    public PyClass cls() {
        return Types.INT;
    }

    @Override
    public Object getAttr(String name) {
        return null;
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(bits);
    }
}
