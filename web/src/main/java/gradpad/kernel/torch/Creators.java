package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.Random;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Numbers;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/** {@code torch.tensor}, {@code zeros}, {@code randn}, {@code arange}... with PyTorch's keyword arguments. */
final class Creators {
    private Creators() {
    }

    private static final String[] FACTORY_KW = {"*", "out=None", "dtype=None", "layout=None", "device=None",
        "pin_memory=False", "requires_grad=False", "generator=None"};

    private static String[] params(String... leading) {
        String[] out = new String[leading.length + FACTORY_KW.length];
        System.arraycopy(leading, 0, out, 0, leading.length);
        System.arraycopy(FACTORY_KW, 0, out, leading.length, FACTORY_KW.length);
        return out;
    }

    /** {@code torch.multinomial(input, num_samples, replacement=False, *, generator=None)} and the method. */
    static Tensor multinomial(Tensor self, Object[] a, String[] kw) {
        Object[] b = Signature.torch("multinomial", "num_samples", "replacement=False", "*", "generator=None")
                .bind(a, kw);
        long n = Runtime.toIndex(b[0]);
        boolean replacement = Convert.boolArg(b[1], false);
        return Random.using(generator(b[2], "multinomial"),
                () -> gradpad.engine.ops.Multinomial.multinomial(self, n, replacement));
    }

    /** The {@code generator=} argument: a torch.Generator to draw from, or null for the default one. */
    static gradpad.engine.random.Generator generator(Object g, String function) {
        if (Convert.isNone(g)) {
            return null;
        }
        if (!(g instanceof gradpad.engine.random.Generator)) {
            throw Errors.typeError(function + "(): argument 'generator' must be torch.Generator, not "
                    + Runtime.typeName(g));
        }
        return (gradpad.engine.random.Generator) g;
    }

    /** Applies dtype-independent factory keywords: requires_grad. Slot layout follows {@link #FACTORY_KW}. */
    private static Tensor finish(Tensor t, Object[] b, int firstKw) {
        Tensor n = Narrow.as(t, Convert.dtype(b[firstKw + 1]));
        boolean rg = Convert.boolArg(b[firstKw + 5], false);
        return rg ? n.withRequiresGrad(true) : n;
    }

    /** The storage kind to create in; {@link #finish} narrows to a requested int32/float16/... after. */
    private static DType dtype(Object[] b, int firstKw, DType dflt) {
        DType d = TorchModule.dtypeOr(b[firstKw + 1], dflt);
        return d == null ? null : d.kind();
    }

    /**
     * The legacy constructors ({@code torch.Tensor([-4.0])} in micrograd's README): data as in
     * torch.tensor but of the class's dtype, sizes ({@code torch.Tensor(2, 3)}: uninitialised in
     * PyTorch, zeros here), nothing (an empty tensor), or a tensor (its data, shared).
     */
    private static Object legacyConstructor(String name, DType dtype, Object[] a, String[] kw) {
        Object[] b = new Signature(name, "*args", "device=None").bind(a, kw);
        Device.requireCpu(b[1]);
        Object[] args = ((PyTuple) b[0]).items();
        if (args.length == 0) {
            return Tensor.empty(new int[] {0}, dtype);
        }
        if (args.length == 1 && args[0] instanceof Tensor) {
            return ((Tensor) args[0]).detach(); // a new tensor object on the same data, its dtype kept
        }
        boolean sizes = true;
        for (Object o : args) {
            sizes &= o instanceof Long;
        }
        if (sizes) {
            return Tensor.empty(Convert.creationShape((PyTuple) b[0], name), dtype);
        }
        if (args.length > 1) {
            throw Errors.typeError(name + "() takes sizes (ints) or one sequence of data");
        }
        return Creation.tensor(Convert.nested(args[0]), dtype);
    }

    static void register(PyModule m) {
        TorchObjects.TENSOR.setConstructor((a, kw) -> legacyConstructor("Tensor", gradpad.engine.DefaultDType.get(), a, kw));
        m.function("FloatTensor", (a, kw) -> legacyConstructor("FloatTensor", DType.FLOAT32, a, kw));
        m.function("DoubleTensor", (a, kw) -> legacyConstructor("DoubleTensor", DType.FLOAT64, a, kw));
        m.function("LongTensor", (a, kw) -> legacyConstructor("LongTensor", DType.INT64, a, kw));
        m.function("tensor", (a, kw) -> {
            Object[] b = Signature.torch("tensor", "data", "*", "dtype=None", "device=None", "requires_grad=False",
                    "pin_memory=False").bind(a, kw);
            DType requested = Convert.dtype(b[1]);
            Tensor t = Narrow.fromData(Creation.tensor(Convert.nested(b[0]), requested == null ? null
                    : requested.kind()), requested);
            return Convert.boolArg(b[3], false) ? t.withRequiresGrad(true) : t;
        });
        m.function("as_tensor", (a, kw) -> {
            Object[] b = Signature.torch("as_tensor", "data", "dtype=None", "device=None").bind(a, kw);
            if (b[0] instanceof Tensor && Convert.isNone(b[1])) {
                return b[0];
            }
            DType requested = Convert.dtype(b[1]);
            return Narrow.fromData(Creation.tensor(Convert.nested(b[0]), requested == null ? null
                    : requested.kind()), requested);
        });
        for (String name : new String[] {"zeros", "ones", "empty", "randn", "rand"}) {
            m.function(name, (args, kwNames) -> {
                Object[][] moved = sizeKeyword(name, args, kwNames);
                Object[] a = moved[0];
                String[] kw = (String[]) moved[1];
                Object[] b = Signature.torch(name, params("*size")).bind(a, kw);
                int[] shape = Convert.creationShape((PyTuple) b[0], name);
                DType dt = dtype(b, 1, gradpad.engine.DefaultDType.get());
                Tensor t;
                switch (name) {
                    case "ones": t = Creation.ones(shape, dt); break;
                    case "randn": t = Random.using(generator(b[7], name), () -> Random.randn(shape, dt)); break;
                    case "rand": t = Random.using(generator(b[7], name), () -> Random.rand(shape, dt)); break;
                    default: t = Creation.zeros(shape, dt);
                }
                return finish(t, b, 1);
            });
        }
        for (String name : new String[] {"zeros_like", "ones_like", "empty_like", "randn_like", "rand_like"}) {
            m.function(name, (a, kw) -> {
                Object[] b = Signature.torch(name, params("input")).bind(a, kw);
                Tensor src = Convert.strictTensor(b[0], name, "input", 1);
                DType dt = dtype(b, 1, src.dtype());
                Tensor t;
                switch (name) {
                    case "ones_like": t = Creation.ones(src.shapeRef(), dt); break;
                    case "randn_like": t = Random.randn(src.shapeRef(), dt); break;
                    case "rand_like": t = Random.rand(src.shapeRef(), dt); break;
                    default: t = Creation.zeros(src.shapeRef(), dt);
                }
                return finish(t, b, 1);
            });
        }
        m.function("full", (a, kw) -> {
            Object[] b = Signature.torch("full", params("size", "fill_value")).bind(a, kw);
            int[] shape = Convert.creationShape(PyTuple.of(b[0]), "full");
            return finish(fill(shape, b[1], dtype(b, 2, null)), b, 2);
        });
        m.function("full_like", (a, kw) -> {
            Object[] b = Signature.torch("full_like", params("input", "fill_value")).bind(a, kw);
            Tensor src = Convert.strictTensor(b[0], "full_like", "input", 1);
            return finish(fill(src.shapeRef(), b[1], dtype(b, 2, src.dtype())), b, 2);
        });
        m.function("arange", (a, kw) -> {
            Object[] b = Signature.torch("arange", params("start", "end=None", "step=None")).bind(a, kw);
            Object start = b[0];
            Object end = b[1];
            Object step = b[2];
            if (Convert.isNone(end)) {
                end = start;
                start = 0L;
            }
            if (Convert.isNone(step)) {
                step = 1L;
            }
            boolean integral = !(start instanceof Double || end instanceof Double || step instanceof Double);
            DType dt = dtype(b, 3, integral ? DType.INT64 : gradpad.engine.DefaultDType.get());
            return finish(Creation.arange(Convert.doubleArg(start, "start"), Convert.doubleArg(end, "end"),
                    Convert.doubleArg(step, "step"), dt), b, 3);
        });
        m.function("linspace", (a, kw) -> {
            Object[] b = Signature.torch("linspace", params("start", "end", "steps")).bind(a, kw);
            return finish(Creation.linspace(Convert.doubleArg(b[0], "start"), Convert.doubleArg(b[1], "end"),
                    (int) Runtime.toIndex(b[2]), dtype(b, 3, gradpad.engine.DefaultDType.get())), b, 3);
        });
        m.function("eye", (a, kw) -> {
            Object[] b = Signature.torch("eye", params("n", "m=None")).bind(a, kw);
            int n = (int) Runtime.toIndex(b[0]);
            int cols = Convert.isNone(b[1]) ? n : (int) Runtime.toIndex(b[1]);
            return finish(Creation.eye(n, cols, dtype(b, 2, gradpad.engine.DefaultDType.get())), b, 2);
        });
        m.function("multinomial", (a, kw) -> {
            Object[] b = Signature.torch("multinomial", "input", "num_samples", "replacement=False", "*",
                    "generator=None", "out=None").bind(a, kw);
            Tensor input = Convert.strictTensor(b[0], "multinomial", "input", 1);
            long n = Runtime.toIndex(b[1]);
            boolean replacement = Convert.boolArg(b[2], false);
            return Random.using(generator(b[3], "multinomial"),
                    () -> gradpad.engine.ops.Multinomial.multinomial(input, n, replacement));
        });
        m.function("randperm", (a, kw) -> {
            Object[] b = Signature.torch("randperm", params("n")).bind(a, kw);
            long n = Runtime.toIndex(b[0]);
            Tensor t = Random.using(generator(b[7], "randperm"), () -> Random.randperm(n, TorchModule.dtypeOr(b[2],
                    null)));
            return Convert.boolArg(b[6], false) ? t.withRequiresGrad(true) : t;
        });
        m.function("randint", (a, kw) -> {
            Object[] b = Signature.torch("randint", params("low", "high=None", "size=None")).bind(a, kw);
            Object low = b[0];
            Object high = b[1];
            Object size = b[2];
            if (size == null && high != null && (high instanceof PyTuple || high instanceof gradpad.kernel.runtime.PyList)) {
                size = high;
                high = low;
                low = 0L;
            }
            if (size == null) {
                throw Errors.typeError("randint() missing 1 required positional arguments: \"size\"");
            }
            int[] shape = Convert.creationShape(PyTuple.of(size), "randint");
            long from = Runtime.toIndex(low);
            long to = Runtime.toIndex(high);
            DType dt = dtype(b, 3, null);
            return finish(Random.using(generator(b[9], "randint"), () -> Random.randint(from, to, shape, dt)), b, 3);
        });
        m.function("normal", (a, kw) -> {
            Object[] b = Signature.torch("normal", "mean", "std=1.0", "size=None", "*", "generator=None", "out=None",
                    "dtype=None", "layout=None", "device=None", "pin_memory=False", "requires_grad=False").bind(a, kw);
            if (b[2] == null) {
                throw Errors.runtimeError("gradpad: torch.normal with tensor mean/std is not supported; pass size=");
            }
            int[] shape = Convert.creationShape(PyTuple.of(b[2]), "normal");
            double std = b[1] == null ? 1.0 : Convert.doubleArg(b[1], "std");
            double mean = Convert.doubleArg(b[0], "mean");
            DType dt = TorchModule.dtypeOr(b[5], gradpad.engine.DefaultDType.get());
            Tensor t = Random.using(generator(b[3], "normal"), () -> Random.normal(shape, mean, std, dt));
            return Convert.boolArg(b[9], false) ? t.withRequiresGrad(true) : t;
        });
    }

    /**
     * {@code torch.randn(size=(2, 3))}: the keyword form of the {@code *size} parameter, turned into
     * the positional one. Returns {args, kwNames}.
     */
    private static Object[][] sizeKeyword(String name, Object[] a, String[] kw) {
        int npos = a.length - kw.length;
        for (int k = 0; k < kw.length; k++) {
            if (!kw[k].equals("size")) {
                continue;
            }
            if (npos > 0) {
                throw Errors.typeError(name + "() got multiple values for argument 'size'");
            }
            Object[] args = new Object[a.length];
            String[] names = new String[kw.length - 1];
            args[0] = a[k];
            for (int i = 0, j = 0; i < kw.length; i++) {
                if (i != k) {
                    args[1 + j] = a[i];
                    names[j++] = kw[i];
                }
            }
            return new Object[][] {args, names};
        }
        return new Object[][] {a, kw};
    }

    /** {@code torch.full}: the dtype follows the fill value (bool, int64, float32) unless given. */
    private static Tensor fill(int[] shape, Object value, DType dtype) {
        DType dt = dtype;
        if (dt == null) {
            dt = value instanceof Boolean ? DType.BOOL : value instanceof Long ? DType.INT64 : gradpad.engine.DefaultDType.get();
        }
        if (dt == DType.INT64 && value instanceof Long) {
            return Creation.fullLong(shape, (Long) value);
        }
        if (!Numbers.isNumber(value) && !(value instanceof Tensor)) {
            throw Errors.typeError("full(): argument 'fill_value' must be Number, not " + Runtime.typeName(value));
        }
        return Creation.full(shape, Convert.doubleArg(value, "fill_value"), dt);
    }
}
