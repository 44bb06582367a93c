package gradpad.engine.ops;

import gradpad.engine.GradMode;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * Products over chosen dims, as ATen composes them: {@code tensordot} (permute, reshape, mm,
 * reshape), {@code inner} (tensordot over the last dims), {@code kron} (unsafe views and a
 * broadcast mul, {@code UnsafeViewBackward0}) and {@code vdot} ({@code VdotBackward0}).
 */
public final class TensorProducts {
    private TensorProducts() {
    }

    public static Tensor tensordot(Tensor a, Tensor b, int[] dimsA, int[] dimsB) {
        if (dimsA.length != dimsB.length) {
            throw TorchException.runtime("both dimension lists should have same length");
        }
        if (a.dtype() != b.dtype()) {
            throw TorchException.runtime("both inputs should have same dtype");
        }
        int csize = 1;
        Tensor t1 = a;
        Tensor t2 = b;
        int[] da = new int[dimsA.length];
        int[] db = new int[dimsB.length];
        for (int i = 0; i < dimsA.length; i++) {
            da[i] = Shape.wrapDim(dimsA[i], a.dim());
            db[i] = Shape.wrapDim(dimsB[i], b.dim());
            int s1 = a.shapeRef()[da[i]];
            int s2 = b.shapeRef()[db[i]];
            if (s2 == 1) {
                t1 = Reductions.sum(t1, new int[] {da[i]}, true, null);
            } else if (s1 == 1) {
                t2 = Reductions.sum(t2, new int[] {db[i]}, true, null);
            } else {
                if (s1 != s2) {
                    throw TorchException.runtime("contracted dimensions need to match, but first has size " + s1
                            + " in dim " + dimsA[i] + " and second has size " + s2 + " in dim " + dimsB[i]);
                }
                csize *= s1;
            }
        }
        boolean[] ca = new boolean[a.dim()];
        boolean[] cb = new boolean[b.dim()];
        for (int i = 0; i < da.length; i++) {
            ca[da[i]] = true;
            cb[db[i]] = true;
        }
        int[] p1 = new int[a.dim()];
        int[] p2 = new int[b.dim()];
        int[] rsizes = new int[a.dim() + b.dim() - 2 * da.length];
        int n1 = 0;
        int n2 = 0;
        int nr = 0;
        int size1 = 1;
        int size2 = 1;
        for (int i = 0; i < a.dim(); i++) {
            if (!ca[i]) {
                p1[n1++] = i;
                size1 *= t1.shapeRef()[i];
                rsizes[nr++] = t1.shapeRef()[i];
            }
        }
        for (int d : da) {
            p1[n1++] = d;
        }
        for (int d : db) {
            p2[n2++] = d;
        }
        for (int i = 0; i < b.dim(); i++) {
            if (!cb[i]) {
                p2[n2++] = i;
                size2 *= t2.shapeRef()[i];
                rsizes[nr++] = t2.shapeRef()[i];
            }
        }
        t1 = Views.reshape(Views.permute(t1, p1), new int[] {size1, csize});
        t2 = Views.reshape(Views.permute(t2, p2), new int[] {csize, size2});
        return Views.reshape(LinearAlgebra.mm(t1, t2), rsizes);
    }

    /** {@code torch.inner}: a product with a scalar, else tensordot over both last dims. */
    public static Tensor inner(Tensor a, Tensor b) {
        if (a.dim() == 0 || b.dim() == 0) {
            return Arithmetic.mul(a, b);
        }
        if (a.shapeRef()[a.dim() - 1] != b.shapeRef()[b.dim() - 1]) {
            throw TorchException.runtime("inner() the last dimension must match on both input tensors but got shapes "
                    + Shape.list(a.shapeRef()) + " and " + Shape.list(b.shapeRef()));
        }
        return tensordot(a, b, new int[] {-1}, new int[] {-1});
    }

    /** {@code torch.kron}: a viewed as (a0,1,a1,1..), b as (1,b0,1,b1..), multiplied, merged pairwise. */
    public static Tensor kron(Tensor a, Tensor b) {
        int maxdim = Math.max(a.dim(), b.dim());
        int padA = maxdim - a.dim();
        int padB = maxdim - b.dim();
        int[] aShape = new int[2 * maxdim];
        int[] bShape = new int[2 * maxdim];
        int[] result = new int[maxdim];
        for (int i = 0; i < maxdim; i++) {
            aShape[2 * i] = i >= padA ? a.shapeRef()[i - padA] : 1;
            aShape[2 * i + 1] = 1;
            bShape[2 * i] = 1;
            bShape[2 * i + 1] = i >= padB ? b.shapeRef()[i - padB] : 1;
            result[i] = aShape[2 * i] * bShape[2 * i + 1];
        }
        return unsafeView(Arithmetic.mul(unsafeView(a, aShape), unsafeView(b, bShape)), result);
    }

    /** ATen's {@code _unsafe_view}: a reshape recorded as UnsafeViewBackward0, not marked a view. */
    private static Tensor unsafeView(Tensor x, int[] shape) {
        Tensor src = x;
        int[] strides = Views.viewStrides(x.shapeRef(), x.stridesRef(), shape);
        if (strides == null) {
            src = Conversion.contiguousData(x);
            strides = Shape.contiguousStrides(shape);
        }
        Tensor out = new Tensor(src.storage(), src.storageOffset(), shape, strides, src.versionCounter());
        if (Recording.needsGrad(x)) {
            Recording.record(new ViewBackwards.ReshapeBackward("UnsafeViewBackward0", x.shapeRef()), out, x);
        }
        return out;
    }

    /** {@code torch.vdot}: dot with the first vector conjugated (the same for real tensors). */
    public static Tensor vdot(Tensor a, Tensor b) {
        if (a.dim() == 1 && b.dim() == 1 && a.dtype() != b.dtype()) {
            throw TorchException.runtime("dot : expected both vectors to have same dtype, but found "
                    + a.dtype().scalarTypeName() + " and " + b.dtype().scalarTypeName());
        }
        Tensor out;
        boolean previous = GradMode.set(false);
        try {
            out = LinearAlgebra.dot(a, b);
        } finally {
            GradMode.set(previous);
        }
        if (Recording.needsGrad(a, b)) {
            Recording.record(new VdotBackward0(a, b), out, a, b);
        }
        return out;
    }

    static final class VdotBackward0 extends Node {
        private final SavedTensor a;
        private final SavedTensor b;

        VdotBackward0(Tensor a, Tensor b) {
            this.a = b.requiresGrad() ? new SavedTensor(a) : null;
            this.b = a.requiresGrad() ? new SavedTensor(b) : null;
        }

        @Override
        public String name() {
            return "VdotBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor ga = b == null ? null : Arithmetic.mul(b.unpack(), g[0]);
            Tensor gb = a == null ? null : Arithmetic.mul(a.unpack(), g[0]);
            return new Tensor[] {ga, gb};
        }
    }
}
