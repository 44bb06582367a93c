package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code torch.linalg.inv}, {@code det} and {@code solve} on batches of square matrices: LU
 * factorisation with partial pivoting (LAPACK's getrf), computed in double and rounded once, so
 * float32 results agree with PyTorch's to its printed digits but not always to the last bit.
 * Backwards are derivatives.yaml's, written with tensor ops (so create_graph works):
 * inv: {@code -A^-T G A^-T}; det: {@code solve(A^T, g * det * I)}; solve: {@code gB = solve(A^T, G)},
 * {@code gA = -gB X^T}. det's backward assumes an invertible matrix (PyTorch's uses an SVD there).
 */
public final class Linalg {
    private Linalg() {
    }

    /** The LinAlgError PyTorch raises for a singular matrix ({@code torch._C._LinAlgError}). */
    public static TorchException singular(String message) {
        return new TorchException("_LinAlgError", message);
    }

    private static void checkSquare(Tensor a, String fn) {
        if (a.dim() < 2) {
            throw TorchException.runtime(fn + ": The input tensor A must have at least 2 dimensions.");
        }
        int[] s = a.shapeRef();
        if (s[s.length - 1] != s[s.length - 2]) {
            throw TorchException.runtime(fn + ": A must be batches of square matrices, but they are "
                    + s[s.length - 2] + " by " + s[s.length - 1] + " matrices");
        }
        if (!a.dtype().isFloatingPoint()) {
            throw TorchException.runtime(fn + ": Expected a floating point or complex tensor as input. Got "
                    + a.declaredDType().scalarTypeName());
        }
    }

    /** One n x n matrix's LU with partial pivoting, in place: returns the pivot rows, or the first zero pivot as -(k+1). */
    private static int[] lu(double[] m, int n, int[] zeroAt) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        zeroAt[0] = -1;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(m[i * n + k]) > Math.abs(m[p * n + k])) {
                    p = i;
                }
            }
            if (p != k) {
                for (int j = 0; j < n; j++) {
                    double t = m[k * n + j];
                    m[k * n + j] = m[p * n + j];
                    m[p * n + j] = t;
                }
                int t = perm[k];
                perm[k] = perm[p];
                perm[p] = t;
            }
            double pivot = m[k * n + k];
            if (pivot == 0) {
                if (zeroAt[0] < 0) {
                    zeroAt[0] = k;
                }
                continue;
            }
            for (int i = k + 1; i < n; i++) {
                double f = m[i * n + k] / pivot;
                m[i * n + k] = f;
                for (int j = k + 1; j < n; j++) {
                    m[i * n + j] -= f * m[k * n + j];
                }
            }
        }
        return perm;
    }

    /** Solves LU x = P b for each of {@code cols} right-hand sides stored row-major in b (n x cols). */
    private static double[] luSolve(double[] m, int[] perm, int n, double[] b, int cols) {
        double[] x = new double[n * cols];
        for (int c = 0; c < cols; c++) {
            for (int i = 0; i < n; i++) {
                double s = b[perm[i] * cols + c];
                for (int j = 0; j < i; j++) {
                    s -= m[i * n + j] * x[j * cols + c];
                }
                x[i * cols + c] = s;
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = x[i * cols + c];
                for (int j = i + 1; j < n; j++) {
                    s -= m[i * n + j] * x[j * cols + c];
                }
                x[i * cols + c] = s / m[i * n + i];
            }
        }
        return x;
    }

    private static double[] matrix(Tensor a, int index, int n) {
        double[] m = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            m[i] = a.storage().getDouble(a.storageOffset() + index * n * n + i);
        }
        return m;
    }

    public static Tensor inv(Tensor a) {
        checkSquare(a, "linalg.inv");
        Tensor src = Conversion.contiguousData(a);
        int n = a.shapeRef()[a.dim() - 1];
        int batch = a.numel() / Math.max(1, n * n);
        Tensor out = Tensor.empty(a.shapeRef(), a.dtype());
        double[] identity = new double[n * n];
        for (int i = 0; i < n; i++) {
            identity[i * n + i] = 1;
        }
        int[] zeroAt = new int[1];
        for (int k = 0; k < batch; k++) {
            double[] m = matrix(src, k, n);
            int[] perm = lu(m, n, zeroAt);
            if (zeroAt[0] >= 0) {
                throw singular((batch > 1 ? "linalg.inv: (Batch element " + k + "): " : "linalg.inv: ")
                        + "The diagonal element " + (zeroAt[0] + 1) + " is zero, the inversion could not be "
                        + "completed because the input matrix is singular.");
            }
            double[] x = luSolve(m, perm, n, identity, n);
            for (int i = 0; i < n * n; i++) {
                out.storage().setDouble(k * n * n + i, x[i]);
            }
        }
        if (Recording.needsGrad(a)) {
            Recording.record(new LinalgInvExBackward0(out), out, a);
        }
        return out;
    }

    public static Tensor det(Tensor a) {
        checkSquare(a, "linalg.det");
        Tensor src = Conversion.contiguousData(a);
        int n = a.shapeRef()[a.dim() - 1];
        int batch = a.numel() / Math.max(1, n * n);
        int[] shape = java.util.Arrays.copyOf(a.shapeRef(), a.dim() - 2);
        Tensor out = Tensor.empty(shape, a.dtype());
        int[] zeroAt = new int[1];
        for (int k = 0; k < batch; k++) {
            double[] m = matrix(src, k, n);
            int[] perm = lu(m, n, zeroAt);
            double d = 1;
            for (int i = 0; i < n; i++) {
                d *= m[i * n + i];
            }
            out.storage().setDouble(k, parity(perm) ? d : -1.0 * d);
        }
        if (Recording.needsGrad(a)) {
            Recording.record(new LinalgDetBackward0(a, out), out, a);
        }
        return out;
    }

    /** Whether a permutation is even. */
    private static boolean parity(int[] perm) {
        boolean even = true;
        boolean[] seen = new boolean[perm.length];
        for (int i = 0; i < perm.length; i++) {
            if (!seen[i]) {
                int len = 0;
                for (int j = i; !seen[j]; j = perm[j]) {
                    seen[j] = true;
                    len++;
                }
                even ^= (len % 2 == 0);
            }
        }
        return even;
    }

    /** {@code torch.linalg.solve(A, B)}: B a vector (n) or matrix (n x k), one A. */
    public static Tensor solve(Tensor a, Tensor b) {
        checkSquare(a, "linalg.solve");
        if (a.dim() != 2 || b.dim() < 1 || b.dim() > 2) {
            throw TorchException.runtime("gradpad: linalg.solve supports one matrix A and a vector or matrix B");
        }
        int n = a.shapeRef()[0];
        boolean vector = b.dim() == 1;
        int cols = vector ? 1 : b.shapeRef()[1];
        if (b.shapeRef()[0] != n) {
            throw TorchException.runtime("linalg.solve: Incompatible shapes of A and B for the equation AX = B ("
                    + n + "x" + n + " and " + b.shapeRef()[0] + "x" + cols + ")");
        }
        DType type = gradpad.engine.TypePromotion.resultType(a, b);
        double[] m = matrix(Conversion.contiguousData(a), 0, n);
        Tensor bs = Conversion.contiguousData(b);
        double[] rhs = new double[n * cols];
        for (int i = 0; i < n * cols; i++) {
            rhs[i] = bs.storage().getDouble(bs.storageOffset() + i);
        }
        int[] zeroAt = new int[1];
        int[] perm = lu(m, n, zeroAt);
        if (zeroAt[0] >= 0) {
            throw singular("torch.linalg.solve: The solver failed because the input matrix is singular.");
        }
        double[] x = luSolve(m, perm, n, rhs, cols);
        Tensor out = Tensor.empty(b.shapeRef(), type);
        for (int i = 0; i < n * cols; i++) {
            out.storage().setDouble(i, x[i]);
        }
        if (Recording.needsGrad(a, b)) {
            Recording.record(new LinalgSolveExBackward0(a, out), out, a, b);
        }
        return out;
    }

    private static Tensor mT(Tensor t) {
        return t.transpose(-2, -1);
    }

    static final class LinalgInvExBackward0 extends Node {
        private final SavedTensor inverse;

        LinalgInvExBackward0(Tensor inverse) {
            this.inverse = new SavedTensor(inverse, this);
        }

        @Override
        public String name() {
            return "LinalgInvExBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor invT = mT(inverse.unpack());
            return new Tensor[] {gradpad.engine.Torch.matmul(invT, gradpad.engine.Torch.matmul(g[0], invT)).neg()};
        }
    }

    static final class LinalgDetBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor result;

        LinalgDetBackward0(Tensor self, Tensor result) {
            this.self = new SavedTensor(self);
            this.result = new SavedTensor(result, this);
        }

        @Override
        public String name() {
            return "LinalgDetBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor a = self.unpack();
            Tensor scale = g[0].mul(result.unpack()).unsqueeze(-1).unsqueeze(-1);
            if (a.dim() == 2) { // linalg_det_backward: solve(A^H, (grad * det) * I), as PyTorch computes it
                int n = a.shapeRef()[0];
                return new Tensor[] {solve(mT(a), Creation.eye(n, n, a.dtype()).mul(scale))};
            }
            return new Tensor[] {scale.mul(mT(inv(a)))};
        }
    }

    static final class LinalgSolveExBackward0 extends Node {
        private final SavedTensor a;
        private final SavedTensor x;

        LinalgSolveExBackward0(Tensor a, Tensor x) {
            this.a = new SavedTensor(a);
            this.x = new SavedTensor(x, this);
        }

        @Override
        public String name() {
            return "LinalgSolveExBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor gb = solve(mT(a.unpack()), g[0]);
            Tensor sol = x.unpack();
            Tensor ga = gb.dim() == 1 ? LinearAlgebra.outer(gb, sol).neg()
                    : gradpad.engine.Torch.matmul(gb, mT(sol)).neg();
            return new Tensor[] {ga, gb};
        }
    }
}
