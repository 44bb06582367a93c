package gradpad.engine.format;

import gradpad.engine.DType;

/**
 * What the printer needs to know of a tensor: its shape, dtype and elements in row-major order.
 * Keeps printing out of the tensor class (as PyTorch keeps it in {@code _tensor_str.py}).
 */
public interface PrintableTensor {
    /** Sizes of each dimension; empty for a 0-d tensor. */
    int[] shape();

    DType dtype();

    /** Element at a row-major index, as a double (exact for float32/float64; bool as 0 or 1). */
    double doubleAt(int index);

    /** Element at a row-major index, as a long (int64 and bool). */
    long longAt(int index);
}
