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
                    + Masking.typeMetaName(a.dtype()) + " != " + Masking.typeMetaName(b.dtype()));
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
        if (shouldFold(a, b)) {
            return folded(a, b);
        }
        return batched(a, b);
    }

    /**
     * PyTorch's {@code should_fold}: a batch (3-D or more) times a matrix or vector runs as one mm
     * or mv on the batch folded into rows, always when a gradient is needed, else when the fold
     * needs no copy.
     */
    private static boolean shouldFold(Tensor a, Tensor b) {
        boolean aLarger = a.dim() >= b.dim();
        Tensor t1 = aLarger ? a : Views.transposeData(b, b.dim() - 2, b.dim() - 1);
        int small = aLarger ? b.dim() : a.dim();
        if (!(t1.dim() >= 3 && small <= 2)) {
            return false;
        }
        if (a.requiresGrad() || b.requiresGrad()) {
            return true;
        }
        if (a.dim() == 2) {
            return false;
        }
        if (t1.numel() == 0) {
            return true;
        }
        int[] shape = t1.shapeRef();
        int[] strides = t1.stridesRef();
        for (int i = shape.length - 2; i > 0; i--) {
            if (shape[i] > 1 && strides[i - 1] != strides[i] * shape[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code _matmul_impl}'s folded branch (with its transposes when the batch is on the right). */
    private static Tensor folded(Tensor a, Tensor b) {
        boolean transpose = b.dim() > a.dim();
        Tensor t1 = transpose ? Views.transpose(b, -2, -1) : a;
        Tensor t2 = !transpose ? b : a.dim() == 2 ? Views.t(a) : a;
        int[] sizes1 = t1.shapeRef();
        boolean matrix = t2.dim() == 2;
        int[] outShape = java.util.Arrays.copyOf(sizes1, matrix ? sizes1.length : sizes1.length - 1);
        int foldedDim = 1;
        for (int i = 0; i < sizes1.length - 1; i++) {
            foldedDim *= sizes1[i];
        }
        if (matrix) {
            outShape[sizes1.length - 1] = t2.shapeRef()[1];
        }
        Tensor t1Folded = Views.reshape(t1, new int[] {foldedDim, sizes1[sizes1.length - 1]});
        if (matrix) {
            Tensor output = unsafeView(mm(t1Folded, t2), outShape);
            return transpose ? Conversion.contiguous(Views.transpose(output, -2, -1)) : output;
        }
        return unsafeView(mv(t1Folded, t2), outShape);
    }

    /** {@code _matmul_impl}'s bmm branch: both sides expanded to the broadcast batch, then one bmm. */
    private static Tensor batched(Tensor a, Tensor b) {
        int da = a.dim();
        int db = b.dim();
        int[] as = a.shapeRef();
        int[] bs = b.shapeRef();
        int n = da > 1 ? as[da - 2] : 1;
        int m1 = as[da - 1];
        int m2 = db > 1 ? bs[db - 2] : bs[0];
        int p = db > 1 ? bs[db - 1] : 1;
        int[] batch = Shape.broadcast(java.util.Arrays.copyOf(as, Math.max(da - 2, 0)),
                java.util.Arrays.copyOf(bs, Math.max(db - 2, 0)));
        int bn = Shape.numel(batch);
        Tensor ex = Views.reshape(Views.expand(a, concat(batch, n, m1)), new int[] {bn, n, m1});
        boolean vectorRhs = db == 1;
        Tensor ey;
        if (vectorRhs) {
            ey = Views.unsqueeze(Views.reshape(Views.expand(b, concat1(batch, m2)), new int[] {bn, m2}), 2);
        } else {
            ey = Views.reshape(Views.expand(b, concat(batch, m2, p)), new int[] {bn, m2, p});
        }
        if (m1 != m2) {
            throw TorchException.runtime("Expected size for first two dimensions of batch2 tensor to be: [" + bn
                    + ", " + m1 + "] but got: [" + bn + ", " + m2 + "].");
        }
        int[] outShape = batch;
        if (da > 1) {
            outShape = concat1(outShape, n);
        }
        if (db > 1) {
            outShape = concat1(outShape, p);
        }
        Tensor r = bmm(ex, ey);
        if (vectorRhs) {
            r = Views.squeeze(r, -1);
        }
        return unsafeView(r, outShape);
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
            Recording.record(new ViewBackwards.ReshapeBackward("UnsafeViewBackward0", r.shapeRef()), out, r);
        }
        return out;
    }

    /** matmul's {@code squeeze_(0)} for vector @ matrix: {@code SqueezeBackward4} in PyTorch 2.x. */
    private static Tensor squeezeInPlaceRecorded(Tensor r) {
        int[] shape = {r.shapeRef()[1]};
        Tensor out = r.alias(r.storageOffset(), shape, new int[] {r.stridesRef()[1]});
        if (Recording.needsGrad(r)) {
            Recording.record(new ViewBackwards.ReshapeBackward("SqueezeBackward4", r.shapeRef()), out, r);
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

    }
}
