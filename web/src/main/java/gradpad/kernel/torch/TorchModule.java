package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.autograd.Engine;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.Joining;
import gradpad.engine.ops.Pointwise;
import gradpad.engine.ops.Random;
import gradpad.engine.random.Generator;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/** The {@code torch} module: creation, random numbers, grad mode, dtypes, and the shared tensor functions. */
public final class TorchModule {
    private TorchModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("torch");
        m.put("__version__", "2.11.0");
        m.put("Tensor", TorchObjects.TENSOR);
        m.put("Size", sizeClass());
        m.put("dtype", TorchObjects.DTYPE);
        m.put("Generator", TorchObjects.GENERATOR);
        // torch.Generator(device='cpu'): a new generator seeded with c10's default seed
        TorchObjects.GENERATOR.setConstructor(new Builtin("Generator", (a, kw) -> {
            new Signature("Generator", "device='cpu'").bind(a, kw);
            return new Generator(Generator.DEFAULT_RNG_SEED);
        }));
        m.put("float32", DType.FLOAT32).put("float", DType.FLOAT32);
        m.put("float64", DType.FLOAT64).put("double", DType.FLOAT64);
        m.put("int64", DType.INT64).put("long", DType.INT64);
        m.put("bool", DType.BOOL);
        m.put("int32", DType.INT32).put("int", DType.INT32).put("int16", DType.INT16).put("short", DType.INT16);
        m.put("int8", DType.INT8).put("uint8", DType.UINT8).put("float16", DType.FLOAT16).put("half", DType.FLOAT16);
        m.put("bfloat16", DType.BFLOAT16);
        for (String n : new String[] {"complex64", "cfloat", "complex128", "cdouble"}) {
            m.put(n, new UnsupportedDType(n));
        }
        m.put("default_generator", Random.defaultGenerator());
        m.function("device", (a, kw) -> {
            Object[] b = Signature.torch("device", "type", "index=None").bind(a, kw);
            return Device.of(b[0], b[1]);
        });
        for (String n : TensorFunctions.NAMES) {
            m.put(n, TensorFunctions.function(n));
        }
        ShapeFunctions.register(m);
        for (String n : SortingFunctions.NAMES) {
            m.put(n, TensorFunctions.function(n));
        }
        for (String n : ReductionFunctions.NAMES) {
            if (!n.equals("repeat") && !n.endsWith("_")) {
                m.put(n, TensorFunctions.function(n));
            }
        }
        m.put("concat", new Builtin("concat", (a, kw) -> join("cat", a, kw)));
        m.function("cat", (a, kw) -> join("cat", a, kw));
        m.function("stack", (a, kw) -> join("stack", a, kw));
        m.function("where", (a, kw) -> {
            Object[] b = Signature.torch("where", "condition", "input", "other").bind(a, kw);
            return Pointwise.where(Convert.strictTensor(b[0], "where", "condition", 1),
                    Convert.tensorArg(b[1], "where", "input"), Convert.tensorArg(b[2], "where", "other"));
        });
        Creators.register(m);
        MiscFunctions.register(m);
        ScatterFunctions.register(m);
        OutArgument.wrap(m);
        registerRandom(m);
        registerGradMode(m);
        Accelerators.register(m);
        m.put("pi", Math.PI).put("e", Math.E).put("inf", Double.POSITIVE_INFINITY).put("nan", Double.NaN);
        m.function("set_printoptions", (a, kw) -> {
            Object[] b = new Signature("set_printoptions", "precision=None", "threshold=None", "edgeitems=None",
                    "linewidth=None", "profile=None", "sci_mode=None").bind(a, kw);
            gradpad.engine.format.PrintOptions.set(
                    Convert.isNone(b[0]) ? null : Runtime.toIndex(b[0]),
                    Convert.isNone(b[1]) ? null : Convert.doubleArg(b[1], "threshold"),
                    Convert.isNone(b[2]) ? null : Runtime.toIndex(b[2]),
                    Convert.isNone(b[3]) ? null : Runtime.toIndex(b[3]),
                    Convert.isNone(b[4]) ? null : Runtime.str(b[4]),
                    Convert.isNone(b[5]) ? null : Runtime.truthy(b[5]));
            return PyNone.NONE;
        });
        m.put("autograd", autograd());
        PyModule functional = gradpad.kernel.torch.nn.Functional.create();
        m.put("nn", gradpad.kernel.torch.nn.NnModule.create(functional));
        m.put("optim", gradpad.kernel.torch.optim.Optimizers.create());
        m.put("utils", gradpad.kernel.torch.data.DataModule.create(m));
        m.put("distributions", gradpad.kernel.torch.distributions.Distributions.create(m));
        SaveLoad.register(m);
        PyModule linalg = LinalgModule.create();
        m.put("linalg", linalg);
        m.put("inverse", linalg.getAttr("inv")).put("det", linalg.getAttr("det"));
        return m;
    }

    private static gradpad.kernel.runtime.PyClass sizeClass() {
        TorchObjects.SIZE.setConstructor((a, kw) -> {
            Object[] items = a.length == 0 ? new Object[0] : Convert.sequence(a[0]);
            for (Object o : items) {
                Runtime.toIndex(o);
            }
            return new TorchSize(items);
        });
        return TorchObjects.SIZE;
    }

    private static Object join(String name, Object[] a, String[] kw) {
        Object[] b = Signature.torch(name, "tensors", "dim=0").bind(a, kw);
        Object[] items = Convert.sequence(b[0]);
        Tensor[] ts = new Tensor[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof Tensor)) {
                throw Errors.typeError("expected Tensor as element " + i + " in argument 0, but got "
                        + Runtime.typeName(items[i]));
            }
            ts[i] = (Tensor) items[i];
        }
        int dim = Convert.intArg(b[1], 0);
        return name.equals("cat") ? Joining.cat(ts, dim) : Joining.stack(ts, dim);
    }

    private static void registerRandom(PyModule m) {
        // gradpad runs on one thread; the count is kept so get_num_threads reports what was set,
        // and kernels always take PyTorch's single-thread summation order.
        final long[] threads = {1};
        m.function("set_num_threads", (a, kw) -> {
            Object[] b = new Signature("set_num_threads", "int").bind(a, kw);
            long n = Runtime.toIndex(b[0]);
            if (n <= 0) {
                throw Errors.runtimeError("Expected nthreads > 0 to be true, but got false.  (Could this error "
                        + "message be improved?  If so, please report an enhancement request to PyTorch.)");
            }
            threads[0] = n;
            return PyNone.NONE;
        });
        m.function("get_num_threads", (a, kw) -> {
            new Signature("get_num_threads").bind(a, kw);
            return threads[0];
        });
        m.function("native_layer_norm", (a, kw) -> {
            Object[] b = new Signature("native_layer_norm", "input", "normalized_shape", "weight", "bias", "eps")
                    .bind(a, kw);
            return PyTuple.of((Object[]) gradpad.engine.ops.LayerNorm.nativeLayerNorm((Tensor) b[0],
                    Convert.dims(b[1]), Convert.isNone(b[2]) ? null : (Tensor) b[2],
                    Convert.isNone(b[3]) ? null : (Tensor) b[3], Convert.doubleArg(b[4], "eps")));
        });
        m.function("native_batch_norm", (a, kw) -> {
            Object[] b = new Signature("native_batch_norm", "input", "weight", "bias", "running_mean", "running_var",
                    "training", "momentum", "eps").bind(a, kw);
            Tensor[] t = new Tensor[5];
            for (int i = 0; i < 5; i++) {
                t[i] = Convert.isNone(b[i]) ? null : (Tensor) b[i];
            }
            return PyTuple.of((Object[]) gradpad.engine.ops.BatchNorm.nativeBatchNorm(t[0], t[1], t[2], t[3], t[4],
                    Runtime.truthy(b[5]), Convert.doubleArg(b[6], "momentum"), Convert.doubleArg(b[7], "eps")));
        });
        m.function("manual_seed", (a, kw) -> {
            Object[] b = new Signature("manual_seed", "seed").bind(a, kw);
            if (b[0] instanceof Double) {
                throw Errors.typeError("manual_seed expected a long, but got float");
            }
            return Random.defaultGenerator().manualSeed(Runtime.toIndex(b[0]));
        });
        m.function("initial_seed", (a, kw) -> unsigned(Random.defaultGenerator().initialSeed()));
        m.function("seed", (a, kw) -> unsigned(Random.defaultGenerator().seed()));
    }

    /** A 64-bit seed as Python prints it: unsigned (ints above 2^63 do not fit gradpad's ints; shown as float would be wrong). */
    static Object unsigned(long seed) {
        if (seed >= 0) {
            return seed;
        }
        return new UnsignedInt(seed);
    }

    static Object generatorAttr(Generator g, String name) {
        switch (name) {
            case "manual_seed":
                return new Builtin(name, g, (a, kw) -> g.manualSeed(Runtime.toIndex(a[0])));
            case "initial_seed":
                return new Builtin(name, g, (a, kw) -> unsigned(g.initialSeed()));
            case "seed":
                return new Builtin(name, g, (a, kw) -> unsigned(g.seed()));
            default:
                return null;
        }
    }

    private static void registerGradMode(PyModule m) {
        // PyTorch 2.x: also a bare decorator, `@torch.no_grad` (no parentheses) on a function.
        m.function("no_grad", (a, kw) -> GradModeContext.contextOrDecorated(GradModeContext.NO_GRAD, false, a));
        m.function("enable_grad", (a, kw) -> GradModeContext.contextOrDecorated(GradModeContext.ENABLE_GRAD, true, a));
        // inference_mode(): no_grad for gradpad (PyTorch's inference tensors' extra checks are not modelled)
        m.function("inference_mode", (a, kw) -> {
            Object[] b = new Signature("inference_mode", "mode=True").bind(a, kw);
            if (b[0] instanceof gradpad.kernel.runtime.PyCallable) { // the bare decorator
                return GradModeContext.contextOrDecorated(GradModeContext.INFERENCE_MODE, false, a);
            }
            return new GradModeContext(GradModeContext.INFERENCE_MODE, b[0] != null && !Runtime.truthy(b[0]));
        });
        m.function("set_grad_enabled", (a, kw) -> {
            Object[] b = new Signature("set_grad_enabled", "mode").bind(a, kw);
            boolean mode = Runtime.truthy(b[0]);
            // Like PyTorch, calling it switches the mode at once; as a context manager it restores on exit.
            GradModeContext ctx = new GradModeContext(GradModeContext.SET_GRAD_ENABLED, mode);
            ctx.enterImmediately();
            return ctx;
        });
        m.function("is_grad_enabled", (a, kw) -> GradMode.isEnabled());
    }

    private static PyModule autograd() {
        PyModule ag = new PyModule("torch.autograd");
        ag.put("Function", CustomFunction.create());
        ag.put("functional", AutogradFunctional.create());
        // Accepted (gradpad's in-place error text suggests it) but without anomaly traces.
        ag.function("set_detect_anomaly", (a, kw) -> {
            new Signature("set_detect_anomaly", "mode", "check_nan=True").bind(a, kw);
            return PyNone.NONE;
        });
        ag.function("grad", (a, kw) -> {
            Object[] b = new Signature("grad", "outputs", "inputs", "grad_outputs=None", "retain_graph=None",
                    "create_graph=False", "only_inputs=True", "allow_unused=None").bind(a, kw);
            Tensor[] outs = tensors(b[0]);
            Tensor[] ins = tensors(b[1]);
            Tensor[] gouts = Convert.isNone(b[2]) ? null : tensorsOrNone(b[2], outs.length);
            boolean create = Convert.boolArg(b[4], false);
            boolean retain = Convert.boolArg(b[3], create);
            boolean allowUnused = Convert.boolArg(b[6], false);
            Tensor[] r = Engine.grad(outs, ins, gouts, retain, create, allowUnused);
            Object[] items = new Object[r.length];
            for (int i = 0; i < r.length; i++) {
                items[i] = r[i] == null ? PyNone.NONE : r[i];
            }
            return new PyTuple(items);
        });
        ag.function("backward", (a, kw) -> {
            Object[] b = new Signature("backward", "tensors", "grad_tensors=None", "retain_graph=None",
                    "create_graph=False").bind(a, kw);
            Tensor[] outs = tensors(b[0]);
            Tensor[] grads = Convert.isNone(b[1]) ? null : tensorsOrNone(b[1], outs.length);
            boolean create = Convert.boolArg(b[3], false);
            Engine.backward(outs, grads, Convert.boolArg(b[2], create), create);
            return PyNone.NONE;
        });
        return ag;
    }

    private static Tensor[] tensors(Object o) {
        Object[] items = o instanceof Tensor ? new Object[] {o} : Convert.sequence(o);
        Tensor[] out = new Tensor[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = Convert.strictTensor(items[i], "grad", "outputs", 1);
        }
        return out;
    }

    private static Tensor[] tensorsOrNone(Object o, int n) {
        Object[] items = o instanceof Tensor ? new Object[] {o} : Convert.sequence(o);
        Tensor[] out = new Tensor[n];
        for (int i = 0; i < items.length && i < n; i++) {
            out[i] = Convert.isNone(items[i]) ? null : (Tensor) items[i];
        }
        return out;
    }

    /** Creation functions share argument handling: dtype, requires_grad. */
    static DType dtypeOr(Object o, DType dflt) {
        DType d = Convert.dtype(o);
        return d == null ? dflt : d;
    }
}
