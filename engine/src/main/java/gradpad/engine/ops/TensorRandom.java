package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Node;
import gradpad.engine.random.Generator;

/**
 * Random draws parameterised by tensors: {@code torch.bernoulli(p)} ({@code BernoulliBackward0})
 * and {@code torch.normal(mean, std)} with a tensor mean and/or std ({@code NormalBackward1/2/3}),
 * whose gradients are zeros, as PyTorch's. bernoulli is PyTorch's {@code bernoulli_kernel}: one
 * {@code uniform_real_distribution} draw per element in order (24 bits from {@code random()} for
 * float p, 53 from {@code random64()} for double p), 1 where it is below p. normal draws
 * {@code normal_(0, 1)} (or {@code (0, std)}) over the output, then multiplies by std and adds mean,
 * as {@code normal_out_impl} does.
 */
public final class TensorRandom {
    private TensorRandom() {
    }

    public static Tensor bernoulli(Tensor p) {
        if (!p.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"bernoulli_tensor_cpu_p_\" not implemented for '"
                    + p.declaredDType().scalarTypeName() + "'");
        }
        Generator g = Random.defaultGenerator();
        Tensor out = Tensor.empty(p.shape(), p.dtype());
        int n = out.numel();
        boolean f64 = p.dtype() == DType.FLOAT64;
        float[] u32 = new float[1];
        double[] u64 = new double[1];
        for (int i = 0; i < n; i++) {
            double pv = p.doubleAt(i);
            if (!(pv >= 0 && pv <= 1)) {
                throw TorchException.runtime("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this "
                        + "error message be improved?  If so, please report an enhancement request to PyTorch.)");
            }
            double u;
            if (f64) {
                g.rand(u64);
                u = u64[0];
            } else {
                g.rand(u32);
                u = u32[0];
            }
            out.storage().setDouble(i, u < pv ? 1 : 0);
        }
        if (p.declaredDType().isNarrow()) {
            out = out.narrowTo(p.declaredDType());
        }
        if (Recording.needsGrad(p)) {
            Recording.record(new ZerosBackward("BernoulliBackward0", 1), out, p);
        }
        return out;
    }

    /** mean or std may be null (then the number is used). */
    public static Tensor normal(Tensor mean, double meanValue, Tensor std, double stdValue) {
        if (std != null) {
            for (int i = 0; i < std.numel(); i++) {
                if (std.doubleAt(i) < 0) {
                    throw TorchException.runtime("normal expects all elements of std >= 0.0");
                }
            }
        }
        int[] shape = mean == null ? std.shape() : std == null ? mean.shape()
                : Shape.broadcast(mean.shapeRef(), std.shapeRef());
        DType type = mean != null ? mean.dtype() : std.dtype();
        if (!type.isFloatingPoint()) {
            throw TorchException.runtime("normal expects floating-point dtypes");
        }
        Tensor out;
        boolean previous = gradpad.engine.GradMode.set(false);
        try {
            if (std == null) {
                out = Random.normal(shape, 0, stdValue, type);
            } else {
                out = Arithmetic.mul(Random.normal(shape, 0, 1, type), std);
            }
            out = Arithmetic.add(out, mean == null ? Tensor.wrappedScalar(meanValue) : mean);
        } finally {
            gradpad.engine.GradMode.set(previous);
        }
        if (mean != null && std != null) {
            if (Recording.needsGrad(mean, std)) {
                Recording.record(new ZerosBackward("NormalBackward3", 2), out, mean, std);
            }
        } else if (mean != null) {
            if (Recording.needsGrad(mean)) {
                Recording.record(new ZerosBackward("NormalBackward1", 1), out, mean);
            }
        } else if (Recording.needsGrad(std)) {
            Recording.record(new ZerosBackward("NormalBackward2", 1), out, std);
        }
        return out;
    }

    /** zeros_like(grad) for each input (summed to its shape where the output broadcast it). */
    static final class ZerosBackward extends Node {
        private final String name;
        private final int inputs;

        ZerosBackward(String name, int inputs) {
            this.name = name;
            this.inputs = inputs;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor[] r = new Tensor[inputs];
            for (int i = 0; i < inputs; i++) {
                r[i] = needsInputGrad(i) ? Arithmetic.mul(g[0], Tensor.wrappedScalar(0L)) : null;
            }
            return r;
        }
    }
}
