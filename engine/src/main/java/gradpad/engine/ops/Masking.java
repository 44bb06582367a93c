package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.IndexItem;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;
import java.util.Collections;

/**
 * {@code masked_fill} and {@code masked_fill_}: a Python number ({@code MaskedFillBackward0}) or a
 * 0-d tensor ({@code MaskedFillBackward1}, which also receives the sum of the masked gradient)
 * written where a bool mask is True. Out of place, self broadcasts with the mask.
 */
public final class Masking {
    private Masking() {
    }

    public static Tensor maskedFill(Tensor self, Tensor mask, Tensor value) {
        check(mask, value);
        int[] shape = Shape.broadcast(mask.shapeRef(), self.shapeRef());
        Tensor result = Tensor.empty(shape, self.dtype());
        Conversion.copyElements(result, self);
        fill(result, mask, value);
        boolean tensorValue = !value.isWrappedNumber();
        if (tensorValue ? Recording.needsGrad(self, value) : Recording.needsGrad(self)) {
            Node node = new MaskedFillBackward(mask, self, tensorValue ? value : null);
            if (tensorValue) {
                Recording.record(node, result, self, value);
            } else {
                Recording.record(node, result, self);
            }
        }
        return result;
    }

    public static Tensor maskedFill_(Tensor self, Tensor mask, Tensor value) {
        check(mask, value);
        int[] shape = Shape.broadcast(self.shapeRef(), mask.shapeRef());
        if (!java.util.Arrays.equals(shape, self.shapeRef())) {
            throw TorchException.runtime("output with shape " + Shape.list(self.shapeRef())
                    + " doesn't match the broadcast shape " + Shape.list(shape));
        }
        boolean record = InPlace.checkInPlace(self, value);
        Node node = record ? new MaskedFillBackward(mask, self, value.isWrappedNumber() ? null : value) : null;
        Tensor result = Conversion.copyData(self);
        fill(result, mask, value);
        InPlace.commitInPlace(self, result, node, value);
        return self;
    }

    private static void check(Tensor mask, Tensor value) {
        if (mask.dtype() != DType.BOOL) {
            throw TorchException.runtime("masked_fill_ only supports boolean masks, but got mask with dtype "
                    + typeMetaName(mask.dtype()));
        }
        if (value.dim() != 0) {
            throw TorchException.runtime("masked_fill_ only supports a 0-dimensional value tensor, but got tensor "
                    + "with " + value.dim() + " dimension(s).");
        }
    }

    /** The C++ type name c10's TypeMeta prints in messages (GCC's demangled names). */
    public static String typeMetaName(DType t) {
        switch (t) {
            case FLOAT32: return "float";
            case FLOAT64: return "double";
            case INT64: return "long int";
            default: return "bool";
        }
    }

    /** Writes value (cast to the tensor's dtype) where the mask, broadcast to t, is True. */
    private static void fill(Tensor t, Tensor mask, Tensor value) {
        int[] shape = t.shapeRef();
        Tensor m = mask.alias(mask.storageOffset(), shape, BinaryKernel.expandedStrides(mask, shape));
        int n = t.numel();
        boolean integral = !t.dtype().isFloatingPoint();
        long lv = value.longAt(0);
        double dv = value.doubleAt(0);
        for (int i = 0; i < n; i++) {
            if (m.longAt(i) != 0) {
                if (integral) {
                    t.storage().setLong(t.storageIndex(i), lv);
                } else {
                    t.storage().setDouble(t.storageIndex(i), dv);
                }
            }
        }
    }

    /** self: {@code grad.masked_fill(mask, 0)}; value: {@code grad.masked_select(mask).sum()}. */
    static final class MaskedFillBackward extends Node {
        private final SavedTensor mask;
        private final Arithmetic.InputMeta self;
        private final Arithmetic.InputMeta value;

        MaskedFillBackward(Tensor mask, Tensor self, Tensor value) {
            this.mask = new SavedTensor(mask);
            this.self = new Arithmetic.InputMeta(self);
            this.value = value == null ? null : new Arithmetic.InputMeta(value);
        }

        @Override
        public String name() {
            return value == null ? "MaskedFillBackward0" : "MaskedFillBackward1";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor m = mask.unpack();
            Tensor zero = Tensor.wrappedScalar(0L);
            Tensor gs = self.reduce(Pointwise.where(m, zero, g[0]));
            if (value == null) {
                return new Tensor[] {gs};
            }
            Tensor full = Views.expand(m, g[0].shapeRef());
            Tensor selected = Indexing.index(g[0], Collections.singletonList(IndexItem.tensor(full)));
            return new Tensor[] {gs, value.reduce(Reductions.sum(selected))};
        }

    }
}
