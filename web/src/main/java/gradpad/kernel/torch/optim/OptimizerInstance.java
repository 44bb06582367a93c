package gradpad.kernel.torch.optim;

import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.torch.Convert;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One optimizer: its parameters, its hyper-parameters as Java fields for the update loops, and
 * {@code param_groups} (one group) as the cell sees it. Schedulers and cells change the group's
 * {@code 'lr'}; {@link #learningRate} reads it back at each step.
 */
final class OptimizerInstance extends PyInstance {
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
    /** Ascend instead of descend: the gradient's sign flipped before every rule. */
    boolean maximize;
    /** AdamW: {@code param.mul_(1 - lr * weight_decay)} instead of adding the decay to the gradient. */
    boolean decoupledWeightDecay;
    /** RMSprop's smoothing constant and variant. */
    double alpha;
    boolean centered;
    long steps;
    /** Set by {@code step()}: a scheduler stepped before it warns, as PyTorch's {@code _opt_called}. */
    boolean stepCalled;
    /** Per-parameter state: momentum buffer (SGD, RMSprop), exp_avg (Adam), square_avg (RMSprop). */
    final List<Tensor> bufA = new ArrayList<>();
    /** Adam's exp_avg_sq; RMSprop's grad_avg (centered). */
    final List<Tensor> bufB = new ArrayList<>();
    /** Adam's max_exp_avg_sqs (amsgrad); RMSprop's momentum buffer. */
    final List<Tensor> bufC = new ArrayList<>();

    OptimizerInstance(PyClass cls) {
        super(cls);
    }

    /** The parameters from {@code params}, checked as PyTorch checks them. */
    void collect(Object iterable) {
        PyIterator it = Runtime.iter(iterable);
        while (it.hasNext()) {
            Object p = it.next();
            if (!(p instanceof Tensor)) {
                throw Errors.typeError("optimizer can only optimize Tensors, but one of the params is "
                        + Runtime.typeName(p));
            }
            if (!((Tensor) p).isLeaf()) {
                throw Errors.valueError("can't optimize a non-leaf Tensor");
            }
            params.add((Tensor) p);
            bufA.add(null);
            bufB.add(null);
            bufC.add(null);
        }
        if (params.isEmpty()) {
            throw Errors.valueError("optimizer got an empty parameter list");
        }
    }

    /**
     * {@code param_groups = [group]}: 'params', then the optimizer's defaults in PyTorch 2.11's
     * order, given as name, value pairs (the values as the cell wrote them, so {@code lr=1} shows 1).
     */
    void paramGroup(Object... defaults) {
        PyDict group = new PyDict();
        group.put("params", new PyList(new ArrayList<>(params)));
        for (int i = 0; i < defaults.length; i += 2) {
            group.put(defaults[i], defaults[i + 1]);
        }
        PyList groups = new PyList();
        groups.items.add(group);
        dict.put("param_groups", groups);
    }

    /** The groups as the cell may have changed them (a scheduler adds 'initial_lr'). */
    List<PyDict> groups() {
        List<PyDict> out = new ArrayList<>();
        Object groups = dict.get("param_groups");
        if (groups instanceof PyList) {
            for (Object g : ((PyList) groups).items) {
                if (g instanceof PyDict) {
                    out.add((PyDict) g);
                }
            }
        }
        return out;
    }

    /** The learning rate for this step: the first group's 'lr', which a cell or scheduler may have set. */
    double learningRate() {
        List<PyDict> groups = groups();
        if (!groups.isEmpty()) {
            Object v = groups.get(0).get("lr");
            if (v != null) {
                lr = Convert.doubleArg(v, "lr");
            }
        }
        return lr;
    }

    /** {@code Optimizer.__repr__}: each group's keys sorted, 'params' left out. */
    String repr() {
        StringBuilder s = new StringBuilder(cls().name()).append(" (");
        List<PyDict> groups = groups();
        for (int i = 0; i < groups.size(); i++) {
            s.append("\nParameter Group ").append(i).append('\n');
            List<String> keys = new ArrayList<>();
            for (Object k : groups.get(i).keys()) {
                keys.add(Runtime.str(k));
            }
            Collections.sort(keys);
            for (String k : keys) {
                if (!k.equals("params")) {
                    s.append("    ").append(k).append(": ").append(Runtime.str(groups.get(i).get(k))).append('\n');
                }
            }
        }
        return s.append(')').toString();
    }
}
