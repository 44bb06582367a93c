package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code torch.addmm(bias, mat1, mat2)} = bias + mat1 @ mat2, the fused op PyTorch's
 * {@code F.linear} uses for 2-D input with a bias ({@code AddmmBackward0}).
 */
public final class Addmm {
    private Addmm() {
    }

    public static Tensor addmm(Tensor bias, Tensor mat1, Tensor mat2) {
        // ADDMM_META's checks, in its order: F.linear / nn.Linear on an int or float64 input land here.
        if (bias.dtype() != mat2.dtype()) {
            throw TorchException.runtime("self and mat2 must have the same dtype, but got "
                    + bias.dtype().scalarTypeName() + " and " + mat2.dtype().scalarTypeName());
        }
        if (mat1.dtype() != mat2.dtype()) {
            throw TorchException.runtime("mat1 and mat2 must have the same dtype, but got "
                    + mat1.dtype().scalarTypeName() + " and " + mat2.dtype().scalarTypeName());
        }
        if (mat1.dim() != 2 || mat2.dim() != 2) {
            throw TorchException.runtime("mat1 must be a matrix, got " + mat1.dim() + "-D tensor");
        }
        if (mat1.shapeRef()[1] != mat2.shapeRef()[0]) {
            throw TorchException.runtime("mat1 and mat2 shapes cannot be multiplied ("
                    + gradpad.engine.Shape.cross(mat1.shapeRef()) + " and "
                    + gradpad.engine.Shape.cross(mat2.shapeRef()) + ")");
        }
        Tensor product = MatmulKernel.matmul(mat1, mat2, mat1.dtype());
        Tensor out = BinaryKernel.run(BinaryKernel.ADD, Conversion.convertData(bias, mat1.dtype()), product,
                mat1.dtype());
        if (!java.util.Arrays.equals(out.shapeRef(), product.shapeRef())) {
            throw TorchException.runtime("The expanded size of the tensor (" + product.shapeRef()[1]
                    + ") must match the existing size at non-singleton dimension 1");
        }
        if (Recording.needsGrad(new Tensor[] {bias, mat1, mat2})) {
            Recording.record(new AddmmBackward0(bias, mat1, mat2), out, bias, mat1, mat2);
        }
        return out;
    }

    static final class AddmmBackward0 extends Node {
        private final int[] biasShape;
        private final SavedTensor mat1;
        private final SavedTensor mat2;

        AddmmBackward0(Tensor bias, Tensor mat1, Tensor mat2) {
            this.biasShape = bias.shapeRef();
            this.mat1 = mat2.requiresGrad() ? new SavedTensor(mat1) : null;
            this.mat2 = mat1.requiresGrad() ? new SavedTensor(mat2) : null;
        }

        @Override
        public String name() {
            return "AddmmBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor gBias = Reductions.sumToShape(g[0], biasShape);
            Tensor g1 = mat2 == null ? null : LinearAlgebra.mm(g[0], Views.t(mat2.unpack()));
            Tensor g2 = mat1 == null ? null : LinearAlgebra.mm(Views.t(mat1.unpack()), g[0]);
            return new Tensor[] {gBias, g1, g2};
        }

    }
}
