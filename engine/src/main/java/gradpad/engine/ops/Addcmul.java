package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.TypePromotion;
import gradpad.engine.autograd.Node;
import gradpad.engine.autograd.SavedTensor;

/**
 * {@code addcmul(self, t1, t2, value)} = {@code self + value * t1 * t2} and {@code addcdiv} =
 * {@code self + value * t1 / t2} ({@code AddcmulBackward0}, {@code AddcdivBackward0}), in
 * PyTorch's order of operations; GCC contracts addcmul's last multiply and add into a fused
 * multiply-add (in the vector code too: its AVX2 intrinsics are plain vector arithmetic to GCC).
 */
public final class Addcmul {
    private Addcmul() {
    }

    public static Tensor addcmul(Tensor self, Tensor t1, Tensor t2, double value) {
        return run(false, self, t1, t2, value);
    }

    public static Tensor addcdiv(Tensor self, Tensor t1, Tensor t2, double value) {
        if (!t1.dtype().isFloatingPoint() && !t2.dtype().isFloatingPoint()) {
            throw TorchException.runtime("Integer division with addcdiv is no longer supported, and in a future "
                    + " release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv "
                    + "behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) "
                    + "for integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future "
                    + "addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), for "
                    + "all dtypes.");
        }
        return run(true, self, t1, t2, value);
    }

    private static Tensor run(boolean div, Tensor self, Tensor t1, Tensor t2, double value) {
        DType type = TypePromotion.resultType(self, t1, t2);
        int[] shape = Ternary.shape(self, t1, t2);
        Tensor s = Ternary.expanded(self, shape);
        Tensor a = Ternary.expanded(t1, shape);
        Tensor b = Ternary.expanded(t2, shape);
        Tensor out = Tensor.empty(shape, type.kind());
        int n = out.numel();
        if (type.kind() == DType.FLOAT32) {
            float v = Float32.round(value);
            for (int i = 0; i < n; i++) {
                float va = Float32.round(v * a.doubleAt(i));
                if (div) {
                    out.storage().setDouble(i, Float32.round(s.doubleAt(i) + Float32.round(va / b.doubleAt(i))));
                } else {
                    out.storage().setDouble(i, Float32.fma(va, (float) b.doubleAt(i), (float) s.doubleAt(i)));
                }
            }
        } else if (type.kind() == DType.FLOAT64) {
            for (int i = 0; i < n; i++) {
                double va = value * a.doubleAt(i);
                out.storage().setDouble(i, div ? s.doubleAt(i) + va / b.doubleAt(i)
                        : gradpad.engine.Float64.fma(va, b.doubleAt(i), s.doubleAt(i)));
            }
        } else {
            long v = (long) value;
            for (int i = 0; i < n; i++) {
                out.storage().setLong(i, s.longAt(i) + v * a.longAt(i) * b.longAt(i));
            }
        }
        if (type.isNarrow()) {
            out = out.narrowTo(type);
        }
        if (Recording.needsGrad(new Tensor[] {self, t1, t2})) {
            Recording.record(new AddcBackward(div, self, t1, t2, value), out, self, t1, t2);
        }
        return out;
    }

    /**
     * addcmul: self grad; t1: grad * (t2 * value); t2: grad * (t1 * value). addcdiv: t1: grad * (value /
     * t2); t2: -grad * value * t1 / (t2 * t2). Each summed back to its input's shape.
     */
    static final class AddcBackward extends Node {
        private final boolean div;
        private final SavedTensor t1;
        private final SavedTensor t2;
        private final double value;
        private final Arithmetic.InputMeta[] metas;

        AddcBackward(boolean div, Tensor self, Tensor t1, Tensor t2, double value) {
            this.div = div;
            this.t1 = new SavedTensor(t1);
            this.t2 = new SavedTensor(t2);
            this.value = value;
            this.metas = new Arithmetic.InputMeta[] {new Arithmetic.InputMeta(self), new Arithmetic.InputMeta(t1),
                new Arithmetic.InputMeta(t2)};
        }

        @Override
        public String name() {
            return div ? "AddcdivBackward0" : "AddcmulBackward0";
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor grad = g[0];
            Tensor v = Tensor.wrappedScalar(value);
            Tensor[] r = new Tensor[3];
            if (needsInputGrad(0)) {
                r[0] = metas[0].reduce(grad);
            }
            Tensor a = t1.unpack();
            Tensor b = t2.unpack();
            if (needsInputGrad(1)) {
                r[1] = metas[1].reduce(div ? Arithmetic.mul(grad, Arithmetic.rdiv(b, v))
                        : Arithmetic.mul(grad, Arithmetic.mul(b, v)));
            }
            if (needsInputGrad(2)) {
                r[2] = metas[2].reduce(div ? Arithmetic.div(Arithmetic.mul(Arithmetic.mul(Arithmetic.neg(grad), v), a),
                        Arithmetic.mul(b, b)) : Arithmetic.mul(grad, Arithmetic.mul(a, v)));
            }
            return r;
        }
    }
}
