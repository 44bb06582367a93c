package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.DefaultDType;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Addcmul;
import gradpad.engine.ops.ClampMinMax;
import gradpad.engine.ops.Comparison;
import gradpad.engine.ops.ErrorFunctions;
import gradpad.engine.ops.FloatParts;
import gradpad.engine.ops.Lerp;
import gradpad.engine.ops.Logspace;
import gradpad.engine.ops.PointwiseInPlace;
import gradpad.engine.ops.Reductions;
import gradpad.engine.ops.StatisticsMean;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/**
 * Pointwise and utility functions learners reach for: {@code clamp_min}, {@code lerp},
 * {@code addcmul}, {@code erf}, {@code frac}, {@code nan_to_num}, {@code count_nonzero}... as both
 * {@code torch.f(x)} and {@code x.f()} ({@link #NAMES}), and torch-only ones ({@link #register}:
 * {@code is_tensor}, {@code numel}, the default dtype, {@code finfo}/{@code iinfo}, {@code isin},
 * {@code logspace}, {@code std_mean}/{@code var_mean}).
 */
final class MiscFunctions {
    private MiscFunctions() {
    }

    static final String[] NAMES = {"clamp_min", "clamp_max", "lerp", "addcmul", "addcdiv", "erf", "erfc", "erfinv",
        "frac", "heaviside", "nan_to_num", "count_nonzero", "xlogy", "addcmul_", "addcdiv_", "lerp_", "clamp_min_",
        "clamp_max_"};

    static boolean exists(String name) {
        return Convert.listed(NAMES, name);
    }

    private static Tensor input(Object o, String name) {
        return Convert.input(o, name);
    }

    private static Double optionalDouble(Object o, String what) {
        return Convert.isNone(o) ? null : Convert.doubleArg(o, what);
    }

    static Object call(String name, Object[] a, String[] kw) {
        switch (name) {
            case "clamp_min":
            case "clamp_max":
            case "clamp_min_":
            case "clamp_max_": {
                boolean lower = name.startsWith("clamp_min");
                String bound = lower ? "min" : "max";
                Object[] b = Signature.torch(name, "input", bound).bind(a, kw);
                Tensor x = input(b[0], name);
                Tensor t = Convert.tensorArg(b[1], name, bound);
                if (name.endsWith("_")) {
                    return PointwiseInPlace.clamp_(x, t, lower);
                }
                return lower ? ClampMinMax.clampMin(x, t) : ClampMinMax.clampMax(x, t);
            }
            case "lerp":
            case "lerp_": {
                Object[] b = Signature.torch(name, "input", "end", "weight").bind(a, kw);
                Tensor x = input(b[0], name);
                Tensor end = Convert.strictTensor(b[1], name, "end", 2);
                Tensor w = Convert.tensorArg(b[2], name, "weight");
                return name.endsWith("_") ? PointwiseInPlace.lerp_(x, end, w) : Lerp.lerp(x, end, w);
            }
            case "addcmul":
            case "addcdiv":
            case "addcmul_":
            case "addcdiv_": {
                Object[] b = Signature.torch(name, "input", "tensor1", "tensor2", "*", "value=1").bind(a, kw);
                Tensor x = input(b[0], name);
                Tensor t1 = Convert.strictTensor(b[1], name, "tensor1", 2);
                Tensor t2 = Convert.strictTensor(b[2], name, "tensor2", 3);
                double v = b[3] == null ? 1 : Convert.doubleArg(b[3], "value");
                boolean div = name.startsWith("addcdiv");
                if (name.endsWith("_")) {
                    return PointwiseInPlace.addcmul_(x, t1, t2, v, div);
                }
                return div ? Addcmul.addcdiv(x, t1, t2, v) : Addcmul.addcmul(x, t1, t2, v);
            }
            case "erf": return ErrorFunctions.erf(input(one(name, a, kw), name));
            case "erfc": return ErrorFunctions.erfc(input(one(name, a, kw), name));
            case "erfinv": return ErrorFunctions.erfinv(input(one(name, a, kw), name));
            case "frac": return FloatParts.frac(input(one(name, a, kw), name));
            case "heaviside": {
                Object[] b = Signature.torch(name, "input", "values").bind(a, kw);
                return FloatParts.heaviside(input(b[0], name), Convert.strictTensor(b[1], name, "values", 2));
            }
            case "nan_to_num": {
                Object[] b = Signature.torch(name, "input", "nan=0.0", "posinf=None", "neginf=None").bind(a, kw);
                return FloatParts.nanToNum(input(b[0], name), optionalDouble(b[1], "nan"),
                        optionalDouble(b[2], "posinf"), optionalDouble(b[3], "neginf"));
            }
            case "count_nonzero": {
                Object[] b = Signature.torch(name, "input", "dim=None").bind(a, kw);
                Tensor nz = Comparison.ne(input(b[0], name), Tensor.wrappedScalar(0L));
                int[] dims = Convert.dims(b[1]);
                return Reductions.sum(nz, dims == null ? new int[0] : dims, false, DType.INT64);
            }
            case "xlogy": {
                Object[] b = Signature.torch(name, "input", "other").bind(a, kw);
                Tensor x = Convert.operand(b[0]);
                if (x == null) {
                    throw Errors.typeError("xlogy(): argument 'input' (position 1) must be Tensor, not "
                            + Runtime.typeName(b[0]));
                }
                return gradpad.engine.ops.Xlogy.xlogy(x, Convert.tensorArg(b[1], name, "other"));
            }
            default:
                throw Errors.attributeError("'Tensor' object has no attribute '" + name + "'");
        }
    }

    private static Object one(String name, Object[] a, String[] kw) {
        return Signature.torch(name, "input").bind(a, kw)[0];
    }

    /** The torch-only functions. */
    static void register(PyModule m) {
        for (String n : NAMES) {
            if (!n.endsWith("_")) {
                m.put(n, TensorFunctions.function(n));
            }
        }
        m.function("is_tensor", (a, kw) -> new Signature("is_tensor", "obj").bind(a, kw)[0] instanceof Tensor);
        m.function("numel", (a, kw) -> {
            Object[] b = Signature.torch("numel", "input").bind(a, kw);
            return (long) input(b[0], "numel").numel();
        });
        m.function("get_default_dtype", (a, kw) -> {
            new Signature("get_default_dtype").bind(a, kw);
            return DefaultDType.get();
        });
        m.function("set_default_dtype", (a, kw) -> {
            Object[] b = new Signature("set_default_dtype", "d").bind(a, kw);
            DType d = Convert.dtype(b[0]);
            if (d != DType.FLOAT32 && d != DType.FLOAT64) {
                throw Errors.typeError("only floating-point types are supported as the default type");
            }
            DefaultDType.set(d);
            return PyNone.NONE;
        });
        m.function("finfo", (a, kw) -> TypeInfo.finfo(new Signature("finfo", "type=None").bind(a, kw)[0]));
        m.function("iinfo", (a, kw) -> TypeInfo.iinfo(new Signature("iinfo", "type").bind(a, kw)[0]));
        m.function("isin", (a, kw) -> {
            Object[] b = Signature.torch("isin", "elements", "test_elements", "*", "assume_unique=False",
                    "invert=False").bind(a, kw);
            return isin(Convert.tensorArg(b[0], "isin", "elements"), Convert.tensorArg(b[1], "isin", "test_elements"),
                    Convert.boolArg(b[3], false));
        });
        m.function("logspace", (a, kw) -> {
            Object[] b = Signature.torch("logspace", "start", "end", "steps", "base=10.0", "*", "out=None",
                    "dtype=None", "layout=None", "device=None", "requires_grad=False").bind(a, kw);
            DType dt = TorchModule.dtypeOr(b[5], DefaultDType.get());
            Tensor t = Logspace.logspace(Convert.doubleArg(b[0], "start"), Convert.doubleArg(b[1], "end"),
                    Runtime.toIndex(b[2]), b[3] == null ? 10.0 : Convert.doubleArg(b[3], "base"), dt);
            return Convert.boolArg(b[8], false) ? t.withRequiresGrad(true) : t;
        });
        m.function("cdist", (a, kw) -> {
            Object[] b = Signature.torch("cdist", "x1", "x2", "p=2.0", "compute_mode=None").bind(a, kw);
            return gradpad.engine.ops.Cdist.cdist(Convert.strictTensor(b[0], "cdist", "x1", 1),
                    Convert.strictTensor(b[1], "cdist", "x2", 2), b[2] == null ? 2.0 : Convert.doubleArg(b[2], "p"));
        });
        for (String n : new String[] {"std_mean", "var_mean"}) {
            m.function(n, (a, kw) -> moments(n, a, kw));
        }
    }

    /** std_mean/var_mean(input, dim=None, unbiased=True / correction=, keepdim=False): a (std|var, mean) tuple. */
    private static Object moments(String name, Object[] a, String[] kw) {
        Object[] b = Signature.torch(name, "input", "dim=None", "unbiased=None", "keepdim=False", "*",
                "correction=None").bind(a, kw);
        Tensor x = input(b[0], name);
        Object dimArg = b[1];
        Object unbiased = b[2];
        if (dimArg instanceof Boolean) { // std_mean(x, False): the legacy positional 'unbiased'
            unbiased = dimArg;
            dimArg = null;
        }
        double correction = 1;
        if (!Convert.isNone(b[4])) {
            correction = Convert.doubleArg(b[4], "correction");
        } else if (!Convert.isNone(unbiased)) {
            correction = Runtime.truthy(unbiased) ? 1 : 0;
        }
        Tensor[] r = StatisticsMean.run(x, Convert.dims(dimArg), correction, Convert.boolArg(b[3], false),
                name.equals("std_mean"));
        return PyTuple.of(r[0], r[1]);
    }

    /** Whether each element equals some test element (integers compared exactly). */
    private static Tensor isin(Tensor elements, Tensor test, boolean invert) {
        boolean ints = !elements.dtype().isFloatingPoint() && !test.dtype().isFloatingPoint();
        int n = elements.numel();
        int m = test.numel();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean found = false;
            for (int j = 0; j < m && !found; j++) {
                found = ints ? elements.longAt(i) == test.longAt(j) : elements.doubleAt(i) == test.doubleAt(j);
            }
            out[i] = found != invert;
        }
        return Tensor.of(out, elements.shape());
    }
}
