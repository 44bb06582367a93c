package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.random.Generator;

/** {@code randn}, {@code rand}, {@code randint}, {@code normal} and their in-place forms, from one default generator. */
public final class Random {
    /** Created on first use, so merely loading the engine reads no clock. */
    private static Generator defaultGenerator;

    private Random() {
    }

    /** {@code torch.default_generator}. */
    public static Generator defaultGenerator() {
        if (defaultGenerator == null) {
            defaultGenerator = new Generator();
        }
        return defaultGenerator;
    }

    /** A fresh default generator (a kernel restart), seeded non-deterministically or with {@code seed}. */
    public static void resetDefaultGenerator(Long seed) {
        defaultGenerator = seed == null ? new Generator() : new Generator(seed);
    }

    /** Installs a generator as the default (each notebook kernel owns one and installs it while it runs). */
    public static void setDefaultGenerator(Generator generator) {
        defaultGenerator = generator;
    }

    /**
     * Runs {@code op} drawing from {@code g} ({@code generator=g}) instead of the default
     * generator; null runs it unchanged.
     */
    public static Tensor using(Generator g, java.util.function.Supplier<Tensor> op) {
        if (g == null) {
            return op.get();
        }
        Generator saved = defaultGenerator;
        defaultGenerator = g;
        try {
            return op.get();
        } finally {
            defaultGenerator = saved;
        }
    }

    private static DType floating(DType dtype) {
        DType d = dtype == null ? gradpad.engine.DefaultDType.get() : dtype;
        if (!d.isFloatingPoint()) {
            throw TorchException.runtime("\"normal_kernel_cpu\" not implemented for '" + d.scalarTypeName() + "'");
        }
        return d;
    }

    public static Tensor randn(int[] shape, DType dtype) {
        return normal(shape, 0.0, 1.0, dtype);
    }

    public static Tensor normal(int[] shape, double mean, double std, DType dtype) {
        if (std < 0) {
            throw TorchException.runtime("normal expects std >= 0.0, but found std " + gradpad.engine.format.FormatSpec.formatFloat(std, "g"));
        }
        Tensor t = Tensor.empty(shape, floating(dtype));
        if (t.dtype() == DType.FLOAT32) {
            defaultGenerator().normal(t.storage().f32, mean, std);
        } else {
            defaultGenerator().normal(t.storage().f64, mean, std);
        }
        return t;
    }

    public static Tensor rand(int[] shape, DType dtype) {
        Tensor t = Tensor.empty(shape, dtype == null ? gradpad.engine.DefaultDType.get() : dtype);
        if (t.dtype() == DType.FLOAT32) {
            defaultGenerator().rand(t.storage().f32);
        } else if (t.dtype() == DType.FLOAT64) {
            defaultGenerator().rand(t.storage().f64);
        } else {
            throw TorchException.runtime("\"check_uniform_bounds\" not implemented for '" + t.dtype().scalarTypeName()
                    + "'");
        }
        return t;
    }

    /** {@code torch.randperm(n, dtype=dtype)}. */
    public static Tensor randperm(long n, DType dtype) {
        if (n < 0) { // at::empty({n}) fails before randperm's own check
            throw TorchException.runtime("Trying to create tensor with negative dimension " + n + ": [" + n + "]");
        }
        if (dtype == DType.BOOL) {
            throw TorchException.runtime("\"randperm\" not implemented for 'Bool'");
        }
        long[] perm = new long[Math.toIntExact(n)];
        defaultGenerator().randperm(perm);
        Tensor t = Tensor.of(perm, perm.length);
        return dtype == null || dtype == DType.INT64 ? t : Conversion.convertData(t, dtype);
    }

    public static Tensor randint(long low, long high, int[] shape, DType dtype) {
        if (low >= high) {
            throw TorchException.runtime("random_ expects 'from' to be less than 'to', but got from=" + low
                    + " >= to=" + high);
        }
        Tensor t = Tensor.empty(shape, DType.INT64);
        defaultGenerator().randint(t.storage().i64, low, high);
        return dtype == null || dtype == DType.INT64 ? t : Conversion.convertData(t, dtype);
    }

    /** {@code x.uniform_(a, b)} / {@code x.normal_(mean, std)}: refills a float tensor in place. */
    /** {@code self.exponential_(lambd)}: fills self in place with Exp(lambd) draws. */
    public static Tensor exponential_(Tensor self, double lambda) {
        if (!self.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"exponential_cpu\" not implemented for '" + self.dtype().scalarTypeName()
                    + "'");
        }
        if (!(lambda >= 0.0)) {
            throw TorchException.runtime("exponential_ expects lambda >= 0.0, but found lambda="
                    + gradpad.engine.format.FormatSpec.formatFloat(lambda, "g"));
        }
        Tensor fresh = Tensor.empty(self.shapeRef(), self.dtype());
        if (fresh.storage().f64 != null) {
            defaultGenerator().exponential(fresh.storage().f64, lambda);
        } else {
            defaultGenerator().exponential(fresh.storage().f32, lambda);
        }
        return InPlace.copy_(self, fresh);
    }

    public static Tensor fillRandom(Tensor self, boolean normal, double a, double b) {
        Tensor fresh = Tensor.empty(self.shapeRef(), self.dtype());
        if (self.dtype() == DType.FLOAT32) {
            if (normal) {
                defaultGenerator().normal(fresh.storage().f32, a, b);
            } else {
                defaultGenerator().uniform(fresh.storage().f32, a, b);
            }
        } else if (self.dtype() == DType.FLOAT64) {
            if (normal) {
                defaultGenerator().normal(fresh.storage().f64, a, b);
            } else {
                defaultGenerator().uniform(fresh.storage().f64, a, b);
            }
        } else {
            throw TorchException.runtime("\"uniform_kernel_cpu\" not implemented for '" + self.dtype().scalarTypeName()
                    + "'");
        }
        return InPlace.copy_(self, fresh);
    }
}
