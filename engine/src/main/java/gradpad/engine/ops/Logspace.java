package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.math.CrMath;

/**
 * {@code torch.logspace}: PyTorch's CPU loop, {@code pow(base, start + step * i)} for the first half
 * and {@code pow(base, end - step * (steps - i - 1))} for the rest, in double with start and end
 * first cast to the result type, each value rounded once to it (glibc's pow is correctly rounded
 * in practice, as {@link CrMath#pow} is).
 */
public final class Logspace {
    private Logspace() {
    }

    public static Tensor logspace(double start, double end, long steps, double base, DType type) {
        if (steps < 0) {
            throw TorchException.runtime("number of steps must be non-negative");
        }
        Tensor out = Tensor.empty(new int[] {(int) steps}, type.kind());
        double s = cast(start, type);
        double e = cast(end, type);
        if (steps == 1) {
            out.storage().setDouble(0, CrMath.pow(base, start));
        } else if (steps > 1) {
            double step = (e - s) / (steps - 1);
            long halfway = steps / 2;
            for (int i = 0; i < steps; i++) {
                double p = i < halfway ? CrMath.pow(base, s + step * i) : CrMath.pow(base, e - step * (steps - i - 1));
                if (type.kind() == DType.INT64) {
                    out.storage().setLong(i, (long) p);
                } else {
                    out.storage().setDouble(i, p);
                }
            }
        }
        return type.isNarrow() ? out.narrowTo(type) : out;
    }

    private static double cast(double v, DType type) {
        if (!type.isFloatingPoint()) {
            return (double) (long) v;
        }
        return type.kind() == DType.FLOAT32 ? gradpad.engine.Float32.round(v) : v;
    }
}
