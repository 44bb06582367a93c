package gradpad.engine;

/**
 * What {@code torch.max(x, dim)}, {@code min}, ... return: PyTorch's {@code torch.return_types.max}
 * named tuple of {@code values} and {@code indices}.
 */
public final class ValuesIndices {
    /** The op's name, as in {@code torch.return_types.max}. */
    public final String name;
    public final Tensor values;
    public final Tensor indices;

    public ValuesIndices(String name, Tensor values, Tensor indices) {
        this.name = name;
        this.values = values;
        this.indices = indices;
    }

    /** {@code values, indices = ...}: the tuple's items in order. */
    public Tensor get(int i) {
        if (i == 0 || i == -2) {
            return values;
        }
        if (i == 1 || i == -1) {
            return indices;
        }
        throw TorchException.index("tuple index out of range");
    }

    /** PyTorch's repr: {@code torch.return_types.max(\nvalues=...,\nindices=...)}. */
    @Override
    public String toString() {
        return "torch.return_types." + name + "(\nvalues=" + values + ",\nindices=" + indices + ")";
    }
}
