package gradpad.kernel.torch;

import gradpad.kernel.runtime.PyTuple;

/** {@code torch.Size}: a tuple of ints printed as {@code torch.Size([2, 3])}. */
public final class TorchSize extends PyTuple {
    public TorchSize(Object[] items) {
        super(items);
    }

    public static TorchSize of(int[] shape) {
        Object[] items = new Object[shape.length];
        for (int i = 0; i < shape.length; i++) {
            items[i] = (long) shape[i];
        }
        return new TorchSize(items);
    }

    public String repr() {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(get(i));
        }
        return sb.append("])").toString();
    }
}
