package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/**
 * The elementwise loops of the activation kernels (gelu, elu, silu, softplus and their
 * backwards). float32 follows PyTorch's cpu_kernel_vec: the vectorised blocks (see
 * {@link UnaryKernel#vectorPath}) and the scalar tail compute with different functions (SLEEF
 * versus the C library), so each element is told which path PyTorch takes for it. Other float
 * dtypes compute in double.
 */
final class ActivationLoops {
    private ActivationLoops() {
    }

    interface F32 {
        float apply(float x, boolean vector);
    }

    interface F64 {
        double apply(double x);
    }

    interface F32Grad {
        float apply(float g, float x, boolean vector);
    }

    interface F64Grad {
        double apply(double g, double x);
    }

    /** PyTorch's dispatch error for a non-float input, e.g. {@code "elu_cpu" not implemented for 'Long'}. */
    static void requireFloat(Tensor x, String kernelName) {
        if (!x.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"" + kernelName + "\" not implemented for '"
                    + x.declaredDType().scalarTypeName() + "'");
        }
    }

    static Tensor unary(Tensor x, String kernelName, F32 f32, F64 f64) {
        requireFloat(x, kernelName);
        return unary(x, x.dtype() == DType.FLOAT32 ? UnaryKernel.vectorPath(x) : null, f32, f64);
    }

    /** Same, with the elements that take the vector path given. */
    static Tensor unary(Tensor x, boolean[] vector, F32 f32, F64 f64) {
        int n = x.numel();
        Tensor out = Tensor.empty(x.shapeRef(), x.dtype());
        if (x.dtype() == DType.FLOAT32) {
            float[] a = x.toFloatArray();
            float[] o = out.storage().f32;
            for (int i = 0; i < n; i++) {
                o[i] = f32.apply(a[i], vector[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out.storage().setDouble(i, f64.apply(x.doubleAt(i)));
            }
        }
        return out;
    }

    /**
     * {@code f(grad, x)} elementwise in x's shape and dtype; grad has x's shape or one element (a
     * reduced loss's gradient). TensorIterator vectorises when grad is laid out like x or is a
     * broadcast scalar; otherwise every element takes the scalar path.
     */
    static Tensor withGrad(Tensor g, Tensor x, F32Grad f32, F64Grad f64) {
        int n = x.numel();
        boolean scalarGrad = g.numel() == 1 && n != 1;
        boolean[] vector = x.dtype() != DType.FLOAT32 ? null : scalarGrad || allZero(g.stridesRef())
                || java.util.Arrays.equals(g.stridesRef(), x.stridesRef()) ? UnaryKernel.vectorPath(x) : new boolean[n];
        return withGrad(g, x, vector, f32, f64);
    }

    /** Same, with the elements that take the vector path given. */
    static Tensor withGrad(Tensor g, Tensor x, boolean[] vector, F32Grad f32, F64Grad f64) {
        int n = x.numel();
        boolean scalarGrad = g.numel() == 1 && n != 1;
        Tensor out = Tensor.empty(x.shapeRef(), x.dtype());
        if (x.dtype() == DType.FLOAT32) {
            float[] a = x.toFloatArray();
            float[] gv = g.toFloatArray();
            float[] o = out.storage().f32;
            for (int i = 0; i < n; i++) {
                o[i] = f32.apply(scalarGrad ? gv[0] : gv[i], a[i], vector[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out.storage().setDouble(i, f64.apply(g.doubleAt(scalarGrad ? 0 : i), x.doubleAt(i)));
            }
        }
        return out;
    }

    private static boolean allZero(int[] strides) {
        for (int s : strides) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }
}
