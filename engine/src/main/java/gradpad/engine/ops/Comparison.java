package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TypePromotion;

/** {@code == != < <= > >=}: bool results, outside the autograd graph. */
public final class Comparison {
    private Comparison() {
    }

    private static Tensor compare(int op, Tensor a, Tensor b) {
        return BinaryKernel.run(op, a, b, TypePromotion.resultType(a, b));
    }

    public static Tensor eq(Tensor a, Tensor b) {
        return compare(BinaryKernel.EQ, a, b);
    }

    public static Tensor ne(Tensor a, Tensor b) {
        return compare(BinaryKernel.NE, a, b);
    }

    public static Tensor lt(Tensor a, Tensor b) {
        return compare(BinaryKernel.LT, a, b);
    }

    public static Tensor le(Tensor a, Tensor b) {
        return compare(BinaryKernel.LE, a, b);
    }

    public static Tensor gt(Tensor a, Tensor b) {
        return compare(BinaryKernel.GT, a, b);
    }

    public static Tensor ge(Tensor a, Tensor b) {
        return compare(BinaryKernel.GE, a, b);
    }

    /** {@code torch.equal}: same shape and same values. */
    public static boolean equal(Tensor a, Tensor b) {
        if (!java.util.Arrays.equals(a.shapeRef(), b.shapeRef())) {
            return false;
        }
        Tensor e = eq(a, b);
        for (int i = 0; i < e.numel(); i++) {
            if (e.doubleAt(i) == 0) {
                return false;
            }
        }
        return true;
    }
}
