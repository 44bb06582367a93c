package gradpad.kernel.torch;

import gradpad.engine.Tensor;
import gradpad.engine.ops.Linalg;
import gradpad.engine.ops.Norms;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;

/**
 * {@code torch.linalg}: inv, det, solve and the vector/matrix norms learners meet first, plus
 * {@code LinAlgError} ({@code torch._C._LinAlgError}, a RuntimeError) for singular matrices.
 * Matrix norms other than Frobenius, and decompositions, are not provided.
 */
final class LinalgModule {
    private LinalgModule() {
    }

    static final PyClass LINALG_ERROR = Types.LINALG_ERROR;

    static PyModule create() {
        PyModule m = new PyModule("torch.linalg");
        m.put("LinAlgError", LINALG_ERROR);
        m.function("inv", (a, kw) -> Linalg.inv(matrix(new Signature("linalg_inv", "A", "*", "out=None").bind(a, kw)[0],
                "linalg_inv")));
        m.function("det", (a, kw) -> Linalg.det(matrix(new Signature("linalg_det", "A", "*", "out=None").bind(a, kw)[0],
                "linalg_det")));
        m.function("solve", (a, kw) -> {
            Object[] b = new Signature("linalg_solve", "A", "B", "*", "left=True", "out=None").bind(a, kw);
            if (!Convert.boolArg(b[2], true)) {
                throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: linalg.solve(left=False) is not supported");
            }
            return Linalg.solve(matrix(b[0], "linalg_solve"), matrix(b[1], "linalg_solve"));
        });
        m.function("vector_norm", (a, kw) -> {
            Object[] b = new Signature("linalg_vector_norm", "x", "ord=2", "dim=None", "keepdim=False", "*",
                    "dtype=None", "out=None").bind(a, kw);
            double ord = b[1] == null ? 2 : Convert.doubleArg(b[1], "ord");
            return Norms.norm(matrix(b[0], "linalg_vector_norm"), ord, Convert.dims(b[2]), Convert.boolArg(b[3], false));
        });
        m.function("matrix_norm", (a, kw) -> {
            Object[] b = new Signature("linalg_matrix_norm", "A", "ord='fro'", "dim=(-2, -1)", "keepdim=False", "*",
                    "dtype=None", "out=None").bind(a, kw);
            frobeniusOnly(b[1]);
            Tensor x = matrix(b[0], "linalg_matrix_norm");
            if (x.dim() < 2) {
                throw Errors.runtimeError("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.");
            }
            int[] dims = b[2] == null ? new int[] {-2, -1} : Convert.dims(b[2]);
            return Norms.norm(x, 2, dims, Convert.boolArg(b[3], false));
        });
        m.function("norm", (a, kw) -> {
            Object[] b = new Signature("linalg_norm", "A", "ord=None", "dim=None", "keepdim=False", "*", "dtype=None",
                    "out=None").bind(a, kw);
            Tensor x = matrix(b[0], "linalg_norm");
            int[] dims = Convert.dims(b[2]);
            boolean keepdim = Convert.boolArg(b[3], false);
            if (Convert.isNone(b[1])) { // the 2-norm of the flattened input (Frobenius for matrices)
                return Norms.norm(x, 2, dims, keepdim);
            }
            boolean matrixOrd = b[1] instanceof String || (dims == null ? x.dim() == 2 : dims.length == 2);
            if (matrixOrd) {
                frobeniusOnly(b[1]);
                return Norms.norm(x, 2, dims == null ? new int[] {-2, -1} : dims, keepdim);
            }
            return Norms.norm(x, Convert.doubleArg(b[1], "ord"), dims, keepdim);
        });
        return m;
    }

    private static void frobeniusOnly(Object ord) {
        if (ord != null && !"fro".equals(ord)) {
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: matrix norm ord=" + Runtime.repr(ord)
                    + " is not supported (only 'fro')");
        }
    }

    private static Tensor matrix(Object o, String fn) {
        if (!(o instanceof Tensor)) {
            throw Errors.typeError(fn + "(): argument '" + (fn.equals("linalg_vector_norm") ? "x" : "A")
                    + "' (position 1) must be Tensor, not " + Runtime.typeName(o));
        }
        return (Tensor) o;
    }
}
