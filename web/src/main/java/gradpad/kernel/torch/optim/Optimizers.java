package gradpad.kernel.torch.optim;

import gradpad.engine.DType;
import gradpad.engine.Float32;
import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.NativeMethod;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.torch.Convert;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.optim.SGD} and {@code Adam}, following PyTorch's single-tensor implementations
 * (the CPU default), with float32 arithmetic in PyTorch's order.
 */
public final class Optimizers {
    private Optimizers() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("torch.optim");
        m.put("SGD", sgd());
        m.put("Adam", adam());
        return m;
    }

    /** State shared by both optimizers: the parameters and the hyper-parameters. */
    static final class OptimizerInstance extends PyInstance {
        final List<Tensor> params = new ArrayList<>();
        double lr;
        double momentum;
        double dampening;
        double weightDecay;
        boolean nesterov;
        double beta1;
        double beta2;
        double eps;
        boolean amsgrad;
        long steps;
        final List<Tensor> bufA = new ArrayList<>();
        final List<Tensor> bufB = new ArrayList<>();
        /** Adam's max_exp_avg_sqs (amsgrad). */
        final List<Tensor> bufC = new ArrayList<>();

        OptimizerInstance(PyClass cls) {
            super(cls);
        }
    }

    private static OptimizerInstance self(Object[] a) {
        return (OptimizerInstance) a[0];
    }

    /**
     * {@code optimizer.param_groups}: one group holding the parameters, lr and the other options
     * (given as name, value pairs); {@link #learningRate} reads lr back at each step, so the usual
     * {@code for g in opt.param_groups: g['lr'] *= 0.9} schedules work.
     */
    private static void paramGroup(OptimizerInstance o, Object... options) {
        PyDict group = new PyDict();
        group.put("params", new PyList(new ArrayList<>(o.params)));
        group.put("lr", o.lr);
        for (int i = 0; i < options.length; i += 2) {
            group.put(options[i], options[i + 1]);
        }
        PyList groups = new PyList();
        groups.items.add(group);
        o.dict.put("param_groups", groups);
    }

    /** The learning rate for this step: the first param group's 'lr', which the cell may have changed. */
    static double learningRate(OptimizerInstance o) {
        Object groups = o.dict.get("param_groups");
        if (groups instanceof PyList && !((PyList) groups).items.isEmpty()
                && ((PyList) groups).items.get(0) instanceof PyDict) {
            Object lr = ((PyDict) ((PyList) groups).items.get(0)).get("lr");
            if (lr != null) {
                return Convert.doubleArg(lr, "lr");
            }
        }
        return o.lr;
    }

    private static void collect(OptimizerInstance o, Object params) {
        PyIterator it = Runtime.iter(params);
        while (it.hasNext()) {
            Object p = it.next();
            if (!(p instanceof Tensor)) {
                throw Errors.typeError("optimizer can only optimize Tensors, but one of the params is "
                        + Runtime.typeName(p));
            }
            if (!((Tensor) p).isLeaf()) {
                throw Errors.valueError("can't optimize a non-leaf Tensor");
            }
            o.params.add((Tensor) p);
            o.bufA.add(null);
            o.bufB.add(null);
            o.bufC.add(null);
        }
        if (o.params.isEmpty()) {
            throw Errors.valueError("optimizer got an empty parameter list");
        }
    }

    private static PyClass base(String name, String module) {
        PyClass c = new PyClass(name, "torch.optim." + module, new PyClass[] {Types.OBJECT}, null);
        c.dict.put("__gradpad_new__", new Builtin("__new__", (a, kw) -> new OptimizerInstance((PyClass) a[0])));
        c.dict.put("zero_grad", new NativeMethod("zero_grad", (a, kw) -> {
            Object[] b = new Signature("zero_grad", "self", "set_to_none=True").bind(a, kw);
            boolean toNone = b[1] == null || Runtime.truthy(b[1]);
            for (Tensor p : self(a).params) {
                if (p.gradRef() != null) {
                    if (toNone) {
                        p.setGradRef(null);
                    } else {
                        gradpad.engine.ops.Conversion.copyElements(p.gradRef(), Tensor.wrappedScalar(0L));
                    }
                }
            }
            return PyNone.NONE;
        }));
        return c;
    }

    private static PyClass sgd() {
        PyClass c = base("SGD", "sgd");
        c.dict.put("__init__", new NativeMethod("__init__", (a, kw) -> {
            Object[] b = new Signature("SGD", "self", "params", "lr=0.001", "momentum=0", "dampening=0",
                    "weight_decay=0", "nesterov=False", "*", "maximize=False").bind(a, kw);
            OptimizerInstance o = self(a);
            collect(o, b[1]);
            o.lr = b[2] == null ? 0.001 : Convert.doubleArg(b[2], "lr");
            o.momentum = b[3] == null ? 0 : Convert.doubleArg(b[3], "momentum");
            o.dampening = b[4] == null ? 0 : Convert.doubleArg(b[4], "dampening");
            o.weightDecay = b[5] == null ? 0 : Convert.doubleArg(b[5], "weight_decay");
            o.nesterov = Convert.boolArg(b[6], false);
            paramGroup(o, "momentum", o.momentum, "dampening", o.dampening, "weight_decay", o.weightDecay,
                    "nesterov", o.nesterov, "maximize", false);
            if (Convert.boolArg(b[7], false)) {
                throw gradpad.kernel.runtime.Errors.make(gradpad.kernel.runtime.Types.NOT_IMPLEMENTED_ERROR,
                        "gradpad: SGD(maximize=True) is not supported");
            }
            if (o.lr < 0) {
                throw Errors.valueError("Invalid learning rate: " + Runtime.repr(b[2]));
            }
            return PyNone.NONE;
        }));
        c.dict.put("step", new NativeMethod("step", (a, kw) -> {
            OptimizerStep.sgd(self(a));
            return PyNone.NONE;
        }));
        return c;
    }

    private static PyClass adam() {
        PyClass c = base("Adam", "adam");
        c.dict.put("__init__", new NativeMethod("__init__", (a, kw) -> {
            Object[] b = new Signature("Adam", "self", "params", "lr=0.001", "betas=None", "eps=1e-08",
                    "weight_decay=0", "amsgrad=False").bind(a, kw);
            OptimizerInstance o = self(a);
            collect(o, b[1]);
            o.lr = b[2] == null ? 0.001 : Convert.doubleArg(b[2], "lr");
            Object[] betas = Convert.isNone(b[3]) ? new Object[] {0.9, 0.999} : Convert.sequence(b[3]);
            o.beta1 = Convert.doubleArg(betas[0], "beta1");
            o.beta2 = Convert.doubleArg(betas[1], "beta2");
            o.eps = b[4] == null ? 1e-8 : Convert.doubleArg(b[4], "eps");
            o.weightDecay = b[5] == null ? 0 : Convert.doubleArg(b[5], "weight_decay");
            o.amsgrad = Convert.boolArg(b[6], false);
            paramGroup(o, "betas", PyTuple.of(o.beta1, o.beta2), "eps", o.eps,
                    "weight_decay", o.weightDecay, "amsgrad", o.amsgrad, "maximize", false);
            return PyNone.NONE;
        }));
        c.dict.put("step", new NativeMethod("step", (a, kw) -> {
            OptimizerStep.adam(self(a));
            return PyNone.NONE;
        }));
        return c;
    }

    static boolean isFloat32(Tensor t) {
        return t.dtype() == DType.FLOAT32;
    }

    static float f(double v) {
        return Float32.round(v);
    }
}
