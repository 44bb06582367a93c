package gradpad.kernel.torch.distributions;

import gradpad.kernel.torch.Convert;

import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.NativeMethod;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.Property;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import java.util.function.Function;

/**
 * One distribution instance and what {@code torch.distributions.Distribution} gives every subclass:
 * batch/event shapes, {@code _extended_shape}, argument and sample validation with PyTorch's messages,
 * and {@code __repr__} from the parameters present in the instance's {@code __dict__}.
 */
class Dist extends PyInstance {
    int[] batchShape = new int[0];
    int[] eventShape = new int[0];
    boolean validate = true;
    /** arg_constraints, in PyTorch's order: parameter names and their constraints. */
    String[] paramNames = new String[0];
    Constraint[] paramConstraints = new Constraint[0];

    Dist(PyClass cls) {
        super(cls);
    }

    static final PyClass DISTRIBUTION = base();

    static Dist self(Object[] a) {
        return (Dist) a[0];
    }

    Object param(String name) {
        return dict.get(name);
    }

    private static PyClass base() {
        PyClass c = new PyClass("Distribution", "torch.distributions.distribution", new PyClass[] {Types.OBJECT}, null);
        // every distribution (and a cell's subclass) is a Dist: the factory is found through the MRO
        c.dict.put("__gradpad_new__", new gradpad.kernel.runtime.Builtin("__new__", (a, kw) -> new Dist((PyClass) a[0])));
        property(c, "batch_shape", d -> Py.size(d.batchShape));
        property(c, "event_shape", d -> Py.size(d.eventShape));
        property(c, "stddev", d -> Py.m(Runtime.getAttr(d, "variance"), "sqrt"));
        c.dict.put("__repr__", new NativeMethod("__repr__", (a, kw) -> self(a).repr()));
        c.dict.put("sample", new NativeMethod("sample", (a, kw) -> {
            Object[] b = new Signature("sample", "self", "sample_shape=None").bind(a, kw);
            boolean before = GradMode.set(false);
            try {
                return Runtime.call(Runtime.getAttr(b[0], "rsample"), b[1] == null ? Py.size(new int[0]) : b[1]);
            } finally {
                GradMode.set(before);
            }
        }));
        c.dict.put("perplexity", new NativeMethod("perplexity", (a, kw) -> {
            new Signature("perplexity", "self").bind(a, kw);
            return Py.torch("exp", Runtime.call(Runtime.getAttr(a[0], "entropy")));
        }));
        return c;
    }

    static void property(PyClass c, String name, Function<Dist, Object> getter) {
        c.dict.put(name, new Property(new Builtin(name, (a, kw) -> getter.apply(self(a))), null));
    }

    static void method(PyClass c, String name, Builtin.Body impl) {
        c.dict.put(name, new NativeMethod(name, impl));
    }

    /** A {@code lazy_property}: computed under enable_grad on first use, then kept in {@code __dict__}. */
    static void lazy(PyClass c, String name, Function<Dist, Object> compute) {
        property(c, name, d -> {
            Object v = d.dict.get(name);
            if (v == null) {
                boolean before = GradMode.set(true);
                try {
                    v = compute.apply(d);
                } finally {
                    GradMode.set(before);
                }
                d.dict.put(name, v);
            }
            return v;
        });
    }

    /**
     * The {@code (probs=None, logits=None, validate_args=None)} constructors of Bernoulli and
     * Categorical: {self, probs or null, logits or null, validate_args}, with exactly one given.
     */
    static Object[] probsOrLogits(Object[] a, String[] kw) {
        Object[] b = new Signature("__init__", "self", "probs=None", "logits=None", "validate_args=None").bind(a, kw);
        boolean noProbs = b[1] == null || Convert.isNone(b[1]);
        boolean noLogits = b[2] == null || Convert.isNone(b[2]);
        if (noProbs == noLogits) {
            throw Errors.valueError("Either `probs` or `logits` must be specified, but not both.");
        }
        return new Object[] {b[0], noProbs ? null : b[1], noLogits ? null : b[2], b[3]};
    }

    static PyClass subclass(String name, String module) {
        return new PyClass(name, "torch.distributions." + module, new PyClass[] {DISTRIBUTION}, null);
    }

    /** {@code Distribution.__init__}: records the shapes and checks each present argument's constraint. */
    void init(int[] batch, Object validateArgs) {
        batchShape = batch;
        if (validateArgs != null && validateArgs != gradpad.kernel.runtime.PyNone.NONE) {
            validate = Runtime.truthy(validateArgs);
        }
        if (!validate) {
            return;
        }
        for (int i = 0; i < paramNames.length; i++) {
            Object value = dict.get(paramNames[i]);
            if (value == null || paramConstraints[i] == null) {
                continue;
            }
            if (!Py.allTrue(paramConstraints[i].check(value))) {
                throw Errors.valueError("Expected parameter " + paramNames[i] + " (Tensor of shape "
                        + Runtime.repr(tupleOf(Py.shape(value)))
                        + ") of distribution " + repr() + " to satisfy the constraint " + paramConstraints[i].repr
                        + ", but found invalid values:\n" + format(value));
            }
        }
    }

    private static Object tupleOf(int[] s) {
        Object[] items = new Object[s.length];
        for (int i = 0; i < s.length; i++) {
            items[i] = (long) s[i];
        }
        return new gradpad.kernel.runtime.PyTuple(items);
    }

    int[] extendedShape(Object sampleShape) {
        return Py.concat(Py.sizeArg(sampleShape), batchShape, eventShape);
    }

    /** {@code Distribution._validate_sample}, run by log_prob when validation is on. */
    void validateSample(Object value, Constraint support) {
        if (!validate) {
            return;
        }
        if (!(value instanceof Tensor)) {
            throw Errors.valueError("The value argument to log_prob must be a Tensor");
        }
        int[] actual = Py.shape(value);
        int start = actual.length - eventShape.length;
        int[] tail = new int[Math.max(0, actual.length - Math.max(0, start))];
        System.arraycopy(actual, Math.max(0, start), tail, 0, tail.length);
        if (!java.util.Arrays.equals(tail, eventShape)) {
            throw Errors.valueError("The right-most size of value must match event_shape: "
                    + Py.size(actual).repr() + " vs " + Py.size(eventShape).repr() + ".");
        }
        int[] expected = Py.concat(batchShape, eventShape);
        for (int i = actual.length - 1, j = expected.length - 1; i >= 0 && j >= 0; i--, j--) {
            if (actual[i] != 1 && expected[j] != 1 && actual[i] != expected[j]) {
                throw Errors.valueError("Value is not broadcastable with batch_shape+event_shape: "
                        + Py.size(actual).repr() + " vs " + Py.size(expected).repr() + ".");
            }
        }
        if (!Py.allTrue(support.check(value))) {
            throw Errors.valueError("Expected value argument (Tensor of shape " + Runtime.repr(tupleOf(actual))
                    + ") to be within the support (" + support.repr + ") of the distribution " + repr()
                    + ", but found invalid values:\n" + format(value));
        }
    }

    /** {@code '{}'.format(t)}: a 0-dim tensor formats its item(), others print as str(t). */
    static String format(Object t) {
        return ((Tensor) t).dim() == 0 ? Runtime.str(Py.m(t, "item")) : Runtime.str(t);
    }

    String repr() {
        StringBuilder sb = new StringBuilder(cls().name()).append('(');
        boolean first = true;
        for (String p : paramNames) {
            Object v = dict.get(p);
            if (v == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(p).append(": ");
            Tensor t = (Tensor) v;
            if (t.numel() == 1) {
                // '{}'.format(t): a 0-dim tensor formats its item(), others print as str(t)
                sb.append(format(t));
            } else {
                sb.append(Py.size(t.shape()).repr());
            }
        }
        return sb.append(')').toString();
    }
}
