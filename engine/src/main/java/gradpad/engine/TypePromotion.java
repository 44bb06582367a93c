package gradpad.engine;

/**
 * PyTorch's {@code result_type}: tensors with dimensions outrank 0-d tensors, which outrank
 * Python numbers, and a lower-ranked operand only matters when its category (bool, integer,
 * floating) is higher. A Python float counts as the default dtype, float32.
 */
public final class TypePromotion {
    private TypePromotion() {
    }

    /** {@code torch.promote_types}: the smallest dtype both convert to without losing category. */
    public static DType promote(DType a, DType b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * {@code torch.promote_types} over all dtypes, narrow ones included: floats win over ints,
     * float16 with bfloat16 gives float32, uint8 with a signed type needs a signed type wide
     * enough for both.
     */
    public static DType promoteAny(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a == DType.BOOL) {
            return b;
        }
        if (b == DType.BOOL) {
            return a;
        }
        if (a.isFloatingPoint() != b.isFloatingPoint()) {
            return a.isFloatingPoint() ? a : b;
        }
        if (a.isFloatingPoint()) {
            if (a.bits() == 16 && b.bits() == 16) {
                return DType.FLOAT32;
            }
            return a.bits() >= b.bits() ? a : b;
        }
        if (a == DType.UINT8 || b == DType.UINT8) {
            DType other = a == DType.UINT8 ? b : a;
            return other == DType.INT8 ? DType.INT16 : other;
        }
        return a.bits() >= b.bits() ? a : b;
    }

    public static DType resultType(Tensor a, Tensor b) {
        DType[] groups = new DType[3];
        add(groups, a);
        add(groups, b);
        return combine(groups[0], combine(groups[1], groups[2]));
    }

    public static DType resultType(Tensor... tensors) {
        DType[] groups = new DType[3];
        for (Tensor t : tensors) {
            add(groups, t);
        }
        return combine(groups[0], combine(groups[1], groups[2]));
    }

    private static void add(DType[] groups, Tensor t) {
        if (t.isWrappedNumber()) {
            DType d = t.dtype().isFloatingPoint() ? DefaultDType.get() : t.dtype();
            groups[2] = promote(groups[2], d);
        } else if (t.dim() == 0) {
            groups[1] = promote(groups[1], t.dtype());
        } else {
            groups[0] = promote(groups[0], t.dtype());
        }
    }

    private static DType combine(DType higher, DType lower) {
        if (higher == null) {
            return lower;
        }
        if (lower == null || higher.isFloatingPoint()) {
            return higher;
        }
        if (higher == DType.BOOL || lower.isFloatingPoint()) {
            return promote(higher, lower);
        }
        return higher;
    }

    /** {@code torch.can_cast}: whether an in-place op may write a result of type {@code from} into {@code to}. */
    public static boolean canCast(DType from, DType to) {
        if (from.isFloatingPoint() && !to.isFloatingPoint()) {
            return false;
        }
        return !(from != DType.BOOL && to == DType.BOOL);
    }
}
