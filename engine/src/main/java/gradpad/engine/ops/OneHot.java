package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/** {@code F.one_hot(tensor, num_classes=-1)}: int64 indices to an int64 tensor with a trailing class dim. */
public final class OneHot {
    private OneHot() {
    }

    public static Tensor oneHot(Tensor indices, long numClasses) {
        if (indices.declaredDType() != DType.INT64) {
            throw TorchException.runtime("one_hot is only applicable to index tensor.");
        }
        Tensor flat = Conversion.contiguousData(indices);
        int n = indices.numel();
        long max = -1;
        for (int i = 0; i < n; i++) {
            long v = flat.storage().getLong(flat.storageOffset() + i);
            if (v < 0) {
                throw TorchException.runtime("Class values must be non-negative.");
            }
            max = Math.max(max, v);
        }
        if (numClasses == -1) {
            if (n == 0) {
                throw TorchException.runtime("Can not infer total number of classes from empty tensor.");
            }
            numClasses = max + 1;
        } else if (max >= numClasses) {
            throw TorchException.runtime("Class values must be smaller than num_classes.");
        }
        int classes = (int) numClasses;
        int[] shape = java.util.Arrays.copyOf(indices.shapeRef(), indices.dim() + 1);
        shape[indices.dim()] = classes;
        long[] out = new long[n * classes];
        for (int i = 0; i < n; i++) {
            out[i * classes + (int) flat.storage().getLong(flat.storageOffset() + i)] = 1;
        }
        return Tensor.of(out, shape);
    }
}
