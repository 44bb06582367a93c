package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;

/**
 * Three-operand pointwise ops ({@code lerp}, {@code addcmul}, {@code addcdiv}): the operands
 * broadcast to one shape, and whether PyTorch's {@code cpu_kernel_vec} takes its vector path
 * (all operands contiguous with the output, or broadcast scalars: then every full pair of vectors,
 * 16 float32 or 8 float64 values, goes through the vector code, the tail through the scalar code).
 */
final class Ternary {
    private Ternary() {
    }

    static int[] shape(Tensor a, Tensor b, Tensor c) {
        int[] s = Shape.broadcast(a.shapeRef(), b.shapeRef());
        return c == null ? s : Shape.broadcast(s, c.shapeRef());
    }

    /** {@code t} viewed at {@code shape} (stride 0 along broadcast dims), outside autograd. */
    static Tensor expanded(Tensor t, int[] shape) {
        return t.alias(t.storageOffset(), shape, BinaryKernel.expandedStrides(t, shape));
    }

    /** How many leading elements take the vector path (0 when the loop is not contiguous). */
    static int vectorCount(DType type, int n, Tensor... operands) {
        for (Tensor t : operands) {
            if (t.numel() != 1 && (!t.isContiguous() || t.numel() != n)) {
                return 0;
            }
        }
        int pair = type == DType.FLOAT64 ? 8 : 16;
        return n / pair * pair;
    }
}
