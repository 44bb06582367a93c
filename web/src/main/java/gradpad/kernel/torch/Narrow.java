package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TypePromotion;

/**
 * Keeps the narrow dtypes (int32, uint8, float16...) through the kernel: the engine computes in
 * the four storage kinds, and results of elementwise ops on narrow tensors are narrowed back to
 * the type PyTorch's promotion gives (a Python number does not widen a tensor of its category).
 */
final class Narrow {
    private Narrow() {
    }

    /** A tensor of the requested dtype, narrowing when it is a narrow type. */
    static Tensor as(Tensor t, DType requested) {
        if (requested == null || !requested.isNarrow()) {
            return t;
        }
        Tensor r = t.narrowTo(requested);
        return t.requiresGrad() && t.isLeaf() ? r.withRequiresGrad(true) : r;
    }

    /**
     * {@code torch.tensor(data, dtype=narrow)}: Python numbers that do not fit the type are an
     * error there (a conversion such as {@code .byte()} wraps instead).
     */
    static Tensor fromData(Tensor t, DType requested) {
        if (requested != null && requested.isNarrow() && !requested.isFloatingPoint()) {
            long lo = requested == DType.UINT8 ? 0 : requested == DType.INT8 ? -128 : requested == DType.INT16
                    ? -32768 : Integer.MIN_VALUE;
            long hi = requested == DType.UINT8 ? 255 : requested == DType.INT8 ? 127 : requested == DType.INT16
                    ? 32767 : Integer.MAX_VALUE;
            for (int i = 0; i < t.numel(); i++) {
                long v = t.longAt(i);
                if (v < lo || v > hi) {
                    throw gradpad.engine.TorchException.runtime("value cannot be converted to type "
                            + requested.pythonName() + " without overflow");
                }
            }
        }
        return as(t, requested);
    }

    /** Narrows an elementwise result computed from operands a and b (tensors or Python numbers). */
    static Object result(Object out, Object a, Object b) {
        if (!(out instanceof Tensor)) {
            return out;
        }
        DType da = declared(a);
        DType db = declared(b);
        if (!(da != null && da.isNarrow()) && !(db != null && db.isNarrow())) {
            return out;
        }
        Tensor r = (Tensor) out;
        DType want;
        if (da == null || db == null) {
            DType t = da != null ? da : db;
            Object number = da == null ? a : b;
            want = number instanceof Double && !t.isFloatingPoint() ? DType.FLOAT32 : t;
        } else if ((((Tensor) a).dim() == 0) != (((Tensor) b).dim() == 0)) {
            // result_type's priorities: a 0-d tensor only counts where its category is higher
            boolean aRanked = ((Tensor) a).dim() > 0;
            DType ranked = aRanked ? da : db;
            DType zeroDim = aRanked ? db : da;
            want = category(zeroDim) > category(ranked) ? zeroDim : ranked;
        } else {
            want = TypePromotion.promoteAny(da, db);
        }
        if (r.dtype() == DType.BOOL || !want.isNarrow() || r.dtype() != want.kind()) {
            return out;
        }
        return r.narrowTo(want);
    }

    private static int category(DType t) {
        return t == DType.BOOL ? 0 : t.isFloatingPoint() ? 2 : 1;
    }

    private static DType declared(Object o) {
        return o instanceof Tensor ? ((Tensor) o).declaredDType() : null;
    }
}
