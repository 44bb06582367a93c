package gradpad.kernel.torch.optim;

import gradpad.engine.Warnings;
import gradpad.engine.math.CrMath;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.NativeMethod;
import gradpad.kernel.runtime.Numbers;
import gradpad.kernel.runtime.Operators;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Expr.Operator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.lr_scheduler}: StepLR, MultiStepLR, ExponentialLR, LambdaLR and
 * CosineAnnealingLR with PyTorch's chainable {@code get_lr} formulas, computed on the group's Python
 * numbers with Python's operators (so the printed learning rates carry the same last digits).
 */
final class LrSchedulers {
    private LrSchedulers() {
    }

    private static final String ORDER_WARNING = "Detected call of `lr_scheduler.step()` before `optimizer.step()`. "
            + "In PyTorch 1.1.0 and later, you should call them in the opposite order: `optimizer.step()` before "
            + "`lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the first value of the "
            + "learning rate schedule. See more details at "
            + "https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate";

    /** One scheduler: the optimizer it drives and its schedule's constants. */
    static final class Scheduler extends PyInstance {
        final String kind;
        OptimizerInstance optimizer;
        final List<Object> baseLrs = new ArrayList<>();
        long lastEpoch;
        int stepCount;
        /** True while {@code step()} computes; {@code get_lr()} from a cell warns otherwise. */
        boolean inStep;
        Object gamma;
        long stepSize;
        final Map<Long, Long> milestones = new HashMap<>();
        final List<Object> lambdas = new ArrayList<>();
        Object tMax;
        Object etaMin;

        Scheduler(PyClass cls, String kind) {
            super(cls);
            this.kind = kind;
        }
    }

    static PyModule create() {
        PyModule m = new PyModule("torch.optim.lr_scheduler");
        for (String kind : new String[] {"StepLR", "MultiStepLR", "ExponentialLR", "LambdaLR", "CosineAnnealingLR"}) {
            m.put(kind, schedulerClass(kind));
        }
        return m;
    }

    private static Scheduler self(Object[] a) {
        return (Scheduler) a[0];
    }

    private static PyClass schedulerClass(String kind) {
        PyClass c = new PyClass(kind, "torch.optim.lr_scheduler", new PyClass[] {Types.OBJECT}, null);
        c.dict.put("__gradpad_new__", new Builtin("__new__", (a, kw) -> new Scheduler((PyClass) a[0], kind)));
        c.dict.put("__init__", new NativeMethod("__init__", (a, kw) -> {
            init(self(a), a, kw);
            return PyNone.NONE;
        }));
        c.dict.put("step", new NativeMethod("step", (a, kw) -> {
            Object[] b = new Signature("step", "self", "epoch=None").bind(a, kw);
            if (!gradpad.kernel.torch.Convert.isNone(b[1])) {
                throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: lr_scheduler.step(epoch) is not supported");
            }
            step(self(a));
            return PyNone.NONE;
        }));
        c.dict.put("get_last_lr", new NativeMethod("get_last_lr", (a, kw) -> {
            new Signature("get_last_lr", "self").bind(a, kw);
            return new PyList(new ArrayList<>(((PyList) self(a).dict.get("_last_lr")).items));
        }));
        c.dict.put("get_lr", new NativeMethod("get_lr", (a, kw) -> {
            new Signature("get_lr", "self").bind(a, kw);
            return new PyList(lrs(self(a)));
        }));
        return c;
    }

    private static void init(Scheduler s, Object[] a, String[] kw) {
        Object[] b;
        Object lastEpochArg;
        Object lrLambda = null;
        switch (s.kind) {
            case "StepLR":
                b = new Signature("StepLR", "self", "optimizer", "step_size", "gamma=0.1", "last_epoch=-1",
                        "verbose='deprecated'").bind(a, kw);
                s.stepSize = Runtime.toIndex(b[2]);
                s.gamma = b[3] == null ? (Object) 0.1 : b[3];
                s.dict.put("step_size", b[2]);
                s.dict.put("gamma", s.gamma);
                lastEpochArg = b[4];
                break;
            case "MultiStepLR":
                b = new Signature("MultiStepLR", "self", "optimizer", "milestones", "gamma=0.1", "last_epoch=-1",
                        "verbose='deprecated'").bind(a, kw);
                PyIterator it = Runtime.iter(b[2]);
                while (it.hasNext()) { // collections.Counter(milestones)
                    long epoch = Runtime.toIndex(it.next());
                    s.milestones.merge(epoch, 1L, Long::sum);
                }
                s.gamma = b[3] == null ? (Object) 0.1 : b[3];
                s.dict.put("gamma", s.gamma);
                lastEpochArg = b[4];
                break;
            case "ExponentialLR":
                b = new Signature("ExponentialLR", "self", "optimizer", "gamma", "last_epoch=-1",
                        "verbose='deprecated'").bind(a, kw);
                s.gamma = b[2];
                s.dict.put("gamma", s.gamma);
                lastEpochArg = b[3];
                break;
            case "LambdaLR":
                b = new Signature("LambdaLR", "self", "optimizer", "lr_lambda", "last_epoch=-1",
                        "verbose='deprecated'").bind(a, kw);
                lrLambda = b[2];
                lastEpochArg = b[3];
                break;
            default: // CosineAnnealingLR
                b = new Signature("CosineAnnealingLR", "self", "optimizer", "T_max", "eta_min=0.0", "last_epoch=-1",
                        "verbose='deprecated'").bind(a, kw);
                s.tMax = b[2];
                s.etaMin = b[3] == null ? (Object) 0.0 : b[3];
                s.dict.put("T_max", s.tMax);
                s.dict.put("eta_min", s.etaMin);
                lastEpochArg = b[4];
                break;
        }
        if (!(b[1] instanceof OptimizerInstance)) {
            throw Errors.typeError(Runtime.typeName(b[1]) + " is not an Optimizer");
        }
        s.optimizer = (OptimizerInstance) b[1];
        long lastEpoch = lastEpochArg == null ? -1 : Runtime.toIndex(lastEpochArg);
        List<PyDict> groups = s.optimizer.groups();
        for (int i = 0; i < groups.size(); i++) {
            PyDict g = groups.get(i);
            if (lastEpoch == -1) {
                if (!g.containsKey("initial_lr")) {
                    g.put("initial_lr", g.get("lr")); // group.setdefault("initial_lr", group["lr"])
                }
            } else if (!g.containsKey("initial_lr")) {
                throw Errors.keyError("param 'initial_lr' is not specified in param_groups[" + i
                        + "] when resuming an optimizer");
            }
            s.baseLrs.add(g.get("initial_lr"));
        }
        if (lrLambda != null) {
            lambdas(s, lrLambda, groups.size());
        }
        s.dict.put("optimizer", s.optimizer);
        s.dict.put("base_lrs", new PyList(new ArrayList<>(s.baseLrs)));
        s.lastEpoch = lastEpoch;
        s.stepCount = 0; // _initial_step(): the first step() sets the schedule's epoch 0
        step(s);
    }

    /** LambdaLR's {@code lr_lambda}: one function for every group, or a list with one per group. */
    private static void lambdas(Scheduler s, Object given, int groups) {
        if (given instanceof PyList || given instanceof gradpad.kernel.runtime.PyTuple) {
            Object[] fs = gradpad.kernel.torch.Convert.sequence(given);
            if (fs.length != groups) {
                throw Errors.valueError("Expected " + groups + " lr_lambdas, but got " + fs.length);
            }
            for (Object f : fs) {
                s.lambdas.add(f);
            }
        } else {
            for (int i = 0; i < groups; i++) {
                s.lambdas.add(given);
            }
        }
    }

    /** {@code LRScheduler.step()}: the order warning, the next epoch, each group's new 'lr'. */
    private static void step(Scheduler s) {
        if (s.stepCount == 1 && !s.optimizer.stepCalled) {
            Warnings.warn("UserWarning", ORDER_WARNING);
        }
        s.stepCount++;
        s.lastEpoch++;
        s.dict.put("last_epoch", s.lastEpoch);
        s.inStep = true;
        List<Object> values;
        try {
            values = lrs(s);
        } finally {
            s.inStep = false;
        }
        List<PyDict> groups = s.optimizer.groups();
        List<Object> last = new ArrayList<>();
        for (int i = 0; i < groups.size() && i < values.size(); i++) {
            groups.get(i).put("lr", values.get(i));
            last.add(values.get(i));
        }
        s.dict.put("_last_lr", new PyList(last));
    }

    private static Object py(Operator op, Object x, Object y) {
        return Operators.binary(op, x, y);
    }

    /** {@code get_lr()}: the chainable formulas, which start from each group's current 'lr'. */
    private static List<Object> lrs(Scheduler s) {
        if (!s.inStep) {
            Warnings.warn("UserWarning", "To get the last learning rate computed by the scheduler, please use "
                    + "`get_last_lr()`.");
        }
        List<PyDict> groups = s.optimizer.groups();
        List<Object> out = new ArrayList<>();
        long e = s.lastEpoch;
        for (int i = 0; i < groups.size(); i++) {
            Object lr = groups.get(i).get("lr");
            Object base = s.baseLrs.get(i);
            switch (s.kind) {
                case "StepLR":
                    out.add(e == 0 || !Long.valueOf(0).equals(py(Operator.Mod, e, s.stepSize)) ? lr
                            : py(Operator.Mult, lr, s.gamma));
                    break;
                case "MultiStepLR": {
                    Long times = s.milestones.get(e);
                    out.add(times == null ? lr : py(Operator.Mult, lr, py(Operator.Pow, s.gamma, times)));
                    break;
                }
                case "ExponentialLR":
                    out.add(e == 0 ? lr : py(Operator.Mult, lr, s.gamma));
                    break;
                case "LambdaLR":
                    out.add(py(Operator.Mult, base, Runtime.call(s.lambdas.get(i), e)));
                    break;
                default:
                    out.add(cosine(s, e, lr, base));
                    break;
            }
        }
        return out;
    }

    /** CosineAnnealingLR's recursive form, term by term as PyTorch's Python writes it. */
    private static Object cosine(Scheduler s, long e, Object lr, Object base) {
        Object etaMin = s.etaMin;
        Object tMax = s.tMax;
        double pi = Math.PI;
        if (e == 0) {
            return lr;
        }
        if (s.stepCount == 1 && e > 0) {
            // eta_min + (base_lr - eta_min) * (1 + cos(last_epoch * pi / T_max)) / 2
            Object angle = py(Operator.Div, py(Operator.Mult, e, pi), tMax);
            Object factor = py(Operator.Add, 1L, CrMath.cos(Numbers.asDouble(angle)));
            return py(Operator.Add, etaMin, py(Operator.Div,
                    py(Operator.Mult, py(Operator.Sub, base, etaMin), factor), 2L));
        }
        Object period = py(Operator.Mult, 2L, tMax);
        Object phase = py(Operator.Mod, py(Operator.Sub, py(Operator.Sub, e, 1L), tMax), period);
        if (Runtime.truthy(Operators.compare(gradpad.kernel.syntax.Expr.CmpOp.Eq, phase, 0L))) {
            // group['lr'] + (base_lr - eta_min) * (1 - cos(pi / T_max)) / 2
            Object c = CrMath.cos(Numbers.asDouble(py(Operator.Div, pi, tMax)));
            return py(Operator.Add, lr, py(Operator.Div,
                    py(Operator.Mult, py(Operator.Sub, base, etaMin), py(Operator.Sub, 1L, c)), 2L));
        }
        // (1 + cos(pi * e / T_max)) / (1 + cos(pi * (e - 1) / T_max)) * (group['lr'] - eta_min) + eta_min
        Object now = py(Operator.Add, 1L, CrMath.cos(Numbers.asDouble(py(Operator.Div,
                py(Operator.Mult, pi, e), tMax))));
        Object before = py(Operator.Add, 1L, CrMath.cos(Numbers.asDouble(py(Operator.Div,
                py(Operator.Mult, pi, e - 1), tMax))));
        return py(Operator.Add, py(Operator.Mult, py(Operator.Div, now, before), py(Operator.Sub, lr, etaMin)),
                etaMin);
    }
}
