package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code mm}, {@code mv}, {@code dot}, {@code bmm} and {@code matmul}'s dispatch over them, as in
 * PyTorch's {@code _matmul_impl} (so grad_fn chains match). Products accumulate in double and
 * round once, identically on every target (PyTorch's BLAS order is build-dependent anyway).
 */
public final class LinearAlgebra {
    private LinearAlgebra() {
    }

    private static DType checkTypes(Tensor a, Tensor b) {
        if (a.dtype() != b.dtype()) {
            throw TorchException.runtime("expected m1 and m2 to have the same dtype, but got: "
                    + a.dtype().pythonName().replace("float32", "float") + " != "
                    + b.dtype().pythonName().replace("float32", "float"));
        }
        return TypePromotion.promote(a.dtype(), b.dtype());
    }

    public static Tensor mm(Tensor a, Tensor b) {
        if (a.dim() != 2) {
            throw TorchException.runtime("self must be a matrix");
        }
        if (b.dim() != 2) {
            throw TorchException.runtime("mat2 must be a matrix");
        }
        if (a.shapeRef()[1] != b.shapeRef()[0]) {
            throw TorchException.runtime("mat1 and mat2 shapes cannot be multiplied (" + Shape.cross(a.shapeRef())
                    + " and " + Shape.cross(b.shapeRef()) + ")");
        }
        DType type = checkTypes(a, b);
        Tensor out = MatmulKernel.matmul(a, b, type);
        if (Recording.needsGrad(a, b)) {
            Recording.record(new MatrixBackward("MmBackward0", a, b), out, a, b);
        }
        return out;
    }

    public static Tensor bmm(Tensor a, Tensor b) {
        if (a.dim() != 3 || b.dim() != 3) {
            throw TorchException.runtime("batch1 must be a 3D tensor");
        }
        DType type = checkTypes(a, b);
        int batch = a.shapeRef()[0];
        int n = a.shapeRef()[1];
        int k = a.shapeRef()[2];
        int m = b.shapeRef()[2];
        if (b.shapeRef()[0] != batch || b.shapeRef()[1] != k) {
            throw TorchException.runtime("Expected size for first two dimensions of batch2 tensor to be: [" + batch
                    + ", " + k + "] but got: [" + b.shapeRef()[0] + ", " + b.shapeRef()[1] + "].");
        }
        Tensor out = Tensor.empty(new int[] {batch, n, m}, type);
        for (int i = 0; i < batch; i++) {
            Tensor r = MatmulKernel.matmul(Indexing.selectData(a, 0, i), Indexing.selectData(b, 0, i), type);
            Conversion.copyElements(Indexing.selectData(out, 0, i), r);
        }
        if (Recording.needsGrad(a, b)) {
            Recording.record(new MatrixBackward("BmmBackward0", a, b), out, a, b);
        }
        return out;
    }

    public static Tensor mv(Tensor a, Tensor v) {
        if (a.dim() != 2 || v.dim() != 1) {
            throw TorchException.runtime("vector + matrix @ vector expected, got " + a.dim() + ", " + a.dim() + ", "
                    + v.dim());
        }
        if (a.shapeRef()[1] != v.shapeRef()[0]) {
            throw TorchException.runtime("size mismatch, got input (" + a.shapeRef()[0] + "), mat ("
                    + Shape.cross(a.shapeRef()) + "), vec (" + v.shapeRef()[0] + ")");
        }
        DType type = checkTypes(a, v);
        Tensor col = Views.unsqueezeData(v, 1);
        Tensor r = MatmulKernel.matmul(a, col, type);
        Tensor out = r.alias(0, new int[] {a.shapeRef()[0]}, new int[] {1});
        if (Recording.needsGrad(a, v)) {
            Recording.record(new MvBackward0(a, v), out, a, v);
        }
        return out;
    }

    public static Tensor dot(Tensor a, Tensor b) {
        if (a.dim() != 1 || b.dim() != 1) {
            throw TorchException.runtime("1D tensors expected, but got " + a.dim() + "D and " + b.dim() + "D tensors");
        }
        if (a.numel() != b.numel()) {
            throw TorchException.runtime("inconsistent tensor size, expected tensor [" + a.numel() + "] and src ["
                    + b.numel() + "] to have the same number of elements, but got " + a.numel() + " and " + b.numel()
                    + " elements respectively");
        }
        DType type = checkTypes(a, b);
        Tensor row = Views.unsqueezeData(a, 0);
        Tensor col = Views.unsqueezeData(b, 1);
        Tensor r = MatmulKernel.matmul(row, col, type);
        Tensor out = r.alias(0, new int[0], new int[0]);
        if (Recording.needsGrad(a, b)) {
            Recording.record(new DotBackward0(a, b), out, a, b);
        }
        return out;
    }

    /** {@code torch.outer}/{@code ger}. */
    public static Tensor outer(Tensor a, Tensor b) {
        return Arithmetic.mul(Views.unsqueeze(a, 1), b);
    }

    /** {@code a @ b}, following PyTorch's {@code matmul} dispatch. */
    public static Tensor matmul(Tensor a, Tensor b) {
        int da = a.dim();
        int db = b.dim();
        if (da == 0 || db == 0) {
            throw TorchException.runtime("both arguments to matmul need to be at least 1D, but they are " + da
                    + "D and " + db + "D");
        }
        if (da == 1 && db == 1) {
            return dot(a, b);
        }
        if (da == 2 && db == 1) {
            return mv(a, b);
        }
        if (da == 1 && db == 2) {
            Tensor r = mm(Views.unsqueeze(a, 0), b);
            return squeezeInPlaceRecorded(r);
        }
        if (da == 2 && db == 2) {
            return mm(a, b);
        }
        if (da >= 3 && db <= 2) {
            // Fold the batch dims of a into its rows: one mm (or mv), then view back.
            int k = a.shapeRef()[da - 1];
            Tensor folded = Views.reshape(a, new int[] {-1, k});
            Tensor r = db == 2 ? mm(folded, b) : mv(folded, b);
            int[] outShape = new int[db == 2 ? da : da - 1];
            System.arraycopy(a.shapeRef(), 0, outShape, 0, da - 1);
            if (db == 2) {
                outShape[da - 1] = b.shapeRef()[1];
            }
            return unsafeView(r, outShape);
        }
        return batched(a, b);
    }

    private static Tensor batched(Tensor a, Tensor b) {
        int da = a.dim();
        int db = b.dim();
        Tensor x = da == 1 ? Views.unsqueeze(a, 0) : a;
        Tensor y = db == 1 ? Views.unsqueeze(b, 1) : b;
        int[] xs = x.shapeRef();
        int[] ys = y.shapeRef();
        int n = xs[xs.length - 2];
        int k = xs[xs.length - 1];
        int k2 = ys[ys.length - 2];
        int m = ys[ys.length - 1];
        if (k != k2) {
            throw TorchException.runtime("Expected size for first two dimensions of batch2 tensor to be: ["
                    + batchNumel(xs) + ", " + k + "] but got: [" + batchNumel(ys) + ", " + k2 + "].");
        }
        int[] batchX = java.util.Arrays.copyOf(xs, xs.length - 2);
        int[] batchY = java.util.Arrays.copyOf(ys, ys.length - 2);
        int[] batch = Shape.broadcast(batchX, batchY);
        int bn = Shape.numel(batch);
        Tensor ex = Views.reshape(Views.expand(x, concat(batch, n, k)), new int[] {bn, n, k});
        Tensor ey = Views.reshape(Views.expand(y, concat(batch, k, m)), new int[] {bn, k, m});
        Tensor r = bmm(ex, ey);
        int[] outShape;
        if (da == 1) {
            outShape = concat1(batch, m);
        } else if (db == 1) {
            outShape = concat1(batch, n);
        } else {
            outShape = concat(batch, n, m);
        }
        return unsafeView(r, outShape);
    }

    private static int batchNumel(int[] shape) {
        int p = 1;
        for (int i = 0; i < shape.length - 2; i++) {
            p *= shape[i];
        }
        return p;
    }

    private static int[] concat(int[] batch, int p, int q) {
        int[] out = java.util.Arrays.copyOf(batch, batch.length + 2);
        out[batch.length] = p;
        out[batch.length + 1] = q;
        return out;
    }

    private static int[] concat1(int[] batch, int p) {
        int[] out = java.util.Arrays.copyOf(batch, batch.length + 1);
        out[batch.length] = p;
        return out;
    }

    /** {@code _unsafe_view}: a reshape recorded as {@code UnsafeViewBackward0}. */
    private static Tensor unsafeView(Tensor r, int[] shape) {
        Tensor c = Conversion.contiguousData(r);
        Tensor out = c.alias(c.storageOffset(), shape, Shape.contiguousStrides(shape));
        if (Recording.needsGrad(r)) {
            Recording.record(new Views.ReshapeBackward("UnsafeViewBackward0", r.shapeRef()), out, r);
        }
        return out;
    }

    /** matmul's {@code squeeze_(0)} for vector @ matrix: {@code SqueezeBackward4} in PyTorch 2.x. */
    private static Tensor squeezeInPlaceRecorded(Tensor r) {
        int[] shape = {r.shapeRef()[1]};
        Tensor out = r.alias(r.storageOffset(), shape, new int[] {r.stridesRef()[1]});
        if (Recording.needsGrad(r)) {
            Recording.record(new Views.ReshapeBackward("SqueezeBackward4", r.shapeRef()), out, r);
        }
        return out;
    }

    /** {@code MmBackward0} and {@code BmmBackward0}: grad @ B^T and A^T @ grad. */
    static final class MatrixBackward extends Node {
        private final String name;
        private final SavedTensor a;
        private final SavedTensor b;

        MatrixBackward(String name, Tensor a, Tensor b) {
            this.name = name;
            this.a = b.requiresGrad() ? new SavedTensor(a) : null;
            this.b = a.requiresGrad() ? new SavedTensor(b) : null;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            boolean batched = name.startsWith("Bmm");
            Tensor ga = null;
            Tensor gb = null;
            if (b != null) {
                Tensor bt = batched ? Views.transpose(b.unpack(), 1, 2) : Views.t(b.unpack());
                ga = batched ? bmm(g[0], bt) : mm(g[0], bt);
            }
            if (a != null) {
                Tensor at = batched ? Views.transpose(a.unpack(), 1, 2) : Views.t(a.unpack());
                gb = batched ? bmm(at, g[0]) : mm(at, g[0]);
            }
            return new Tensor[] {ga, gb};
        }

        @Override
        public void releaseVariables() {
            if (a != null) {
                a.release();
            }
            if (b != null) {
                b.release();
            }
        }
    }

    static final class MvBackward0 extends Node {
        private final SavedTensor a;
        private final SavedTensor v;

        MvBackward0(Tensor a, Tensor v) {
            this.a = v.requiresGrad() ? new SavedTensor(a) : null;
            this.v = a.requiresGrad() ? new SavedTensor(v) : null;
        }

        @Override
        public String name() {
            return "MvBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor ga = v == null ? null : outer(g[0], v.unpack());
            Tensor gv = a == null ? null : mv(Views.t(a.unpack()), g[0]);
            return new Tensor[] {ga, gv};
        }

        @Override
        public void releaseVariables() {
            if (a != null) {
                a.release();
            }
            if (v != null) {
                v.release();
            }
        }
    }

    static final class DotBackward0 extends Node {
        private final SavedTensor a;
        private final SavedTensor b;

        DotBackward0(Tensor a, Tensor b) {
            this.a = b.requiresGrad() ? new SavedTensor(a) : null;
            this.b = a.requiresGrad() ? new SavedTensor(b) : null;
        }

        @Override
        public String name() {
            return "DotBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor ga = b == null ? null : Arithmetic.mul(g[0], b.unpack());
            Tensor gb = a == null ? null : Arithmetic.mul(g[0], a.unpack());
            return new Tensor[] {ga, gb};
        }

        @Override
        public void releaseVariables() {
            if (a != null) {
                a.release();
            }
            if (b != null) {
                b.release();
            }
        }
    }
}
