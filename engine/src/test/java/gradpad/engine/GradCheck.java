package gradpad.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import gradpad.engine.autograd.Engine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code torch.autograd.gradcheck} and {@code gradgradcheck} for the engine: float64 inputs, the
 * analytic Jacobian from one backward per output element (one-hot grad_outputs) against central
 * finite differences ({@code eps = 1e-6}, passing when {@code |a - n| <= 1e-5 + 1e-3 |n|}); the
 * second-order check runs the same comparison on the function {@code (inputs, grad_outputs) ->
 * autograd.grad(f(inputs), inputs, grad_outputs, create_graph=True)}.
 */
public final class GradCheck {
    public static final double EPS = 1e-6;
    public static final double ATOL = 1e-5;
    public static final double RTOL = 1e-3;

    /** The function under test: float outputs are checked, others (indices) ignored. */
    public interface Fn {
        Tensor[] apply(Tensor[] inputs);
    }

    /** A one-output function. */
    public interface Fn1 {
        Tensor apply(Tensor[] inputs);
    }

    private GradCheck() {
    }

    /** Named checks collected by a test class, run as one JUnit dynamic test each. */
    public static final class Cases {
        private final java.util.List<org.junit.jupiter.api.DynamicTest> tests = new java.util.ArrayList<>();

        /** gradcheck and gradgradcheck of a one-output function. */
        public Cases add(String name, Fn1 f, Tensor... inputs) {
            tests.add(org.junit.jupiter.api.DynamicTest.dynamicTest(name, () -> check(f, inputs)));
            return this;
        }

        /** gradcheck and gradgradcheck of a function with several outputs (non-float ones ignored). */
        public Cases addAll(String name, Fn f, Tensor... inputs) {
            tests.add(org.junit.jupiter.api.DynamicTest.dynamicTest(name, () -> checkAll(f, inputs)));
            return this;
        }

        /** First order only, where PyTorch itself has no double backward. */
        public Cases firstOrder(String name, Fn1 f, Tensor... inputs) {
            tests.add(org.junit.jupiter.api.DynamicTest.dynamicTest(name, () -> gradcheck(one(f), inputs)));
            return this;
        }

        public java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> stream() {
            return tests.stream();
        }
    }

    public static Fn one(Fn1 f) {
        return in -> new Tensor[] {f.apply(in)};
    }

    /** A float64 leaf requiring grad, uniform in [lo, hi), from a small LCG so cases are reproducible. */
    public static Tensor ranged(long seed, double lo, double hi, int... shape) {
        int n = Shape.numel(shape);
        double[] v = new double[n];
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < n; i++) {
            v[i] = lo + (hi - lo) * r.nextDouble();
        }
        return Tensor.of(v, shape).requiresGrad_(true);
    }

    public static Tensor input(long seed, int... shape) {
        return ranged(seed, -1, 1, shape);
    }

    /** A float64 leaf requiring grad with the given values. */
    public static Tensor values(double[] v, int... shape) {
        return Tensor.of(v.clone(), shape).requiresGrad_(true);
    }

    /** gradcheck, then gradgradcheck, of a function with several outputs. */
    public static void checkAll(Fn f, Tensor... inputs) {
        gradcheck(f, inputs);
        gradgradcheck(f, inputs);
    }

    /** gradcheck, then gradgradcheck. */
    public static void check(Fn1 f, Tensor... inputs) {
        checkAll(one(f), inputs);
    }

    public static void gradcheck(Fn f, Tensor... inputs) {
        for (Tensor t : inputs) {
            assertEquals(DType.FLOAT64, t.dtype(), "gradcheck inputs are float64");
        }
        List<Tensor> outs = floatOutputs(f.apply(inputs));
        double[][][] analytic = analytic(outs, inputs);
        double[][][] numeric = numeric(f, inputs, outs);
        for (int o = 0; o < outs.size(); o++) {
            for (int i = 0; i < inputs.length; i++) {
                compare("output " + o + ", input " + i, analytic[o][i], numeric[o][i], inputs[i].numel());
            }
        }
    }

    public static void gradgradcheck(Fn f, Tensor... inputs) {
        List<Tensor> outs = floatOutputs(f.apply(inputs));
        List<Tensor> gradOuts = new ArrayList<>();
        int seed = 1000;
        for (Tensor o : outs) {
            gradOuts.add(ranged(seed++, -1, 1, o.shapeRef()));
        }
        int n = inputs.length;
        Fn firstOrder = all -> {
            Tensor[] ins = Arrays.copyOf(all, n);
            List<Tensor> roots = new ArrayList<>();
            List<Tensor> seeds = new ArrayList<>();
            List<Tensor> fo = floatOutputs(f.apply(ins));
            for (int k = 0; k < fo.size(); k++) {
                if (fo.get(k).requiresGrad()) {
                    roots.add(fo.get(k));
                    seeds.add(all[n + k]);
                }
            }
            Tensor[] grads = new Tensor[n];
            if (!roots.isEmpty()) {
                grads = Engine.grad(roots.toArray(new Tensor[0]), ins, seeds.toArray(new Tensor[0]), true, true, true);
            }
            for (int k = 0; k < n; k++) {
                if (grads[k] == null) {
                    grads[k] = Tensor.empty(ins[k].shapeRef(), ins[k].dtype());
                }
            }
            return grads;
        };
        Tensor[] all = new Tensor[n + gradOuts.size()];
        System.arraycopy(inputs, 0, all, 0, n);
        for (int k = 0; k < gradOuts.size(); k++) {
            all[n + k] = gradOuts.get(k);
        }
        gradcheck(firstOrder, all);
    }

    private static List<Tensor> floatOutputs(Tensor[] outs) {
        List<Tensor> r = new ArrayList<>();
        for (Tensor t : outs) {
            if (t.dtype().isFloatingPoint()) {
                r.add(t);
            }
        }
        return r;
    }

    /** [output][input][k * outNumel + j] = d out_j / d in_k. */
    private static double[][][] analytic(List<Tensor> outs, Tensor[] inputs) {
        double[][][] jac = new double[outs.size()][inputs.length][];
        for (int o = 0; o < outs.size(); o++) {
            Tensor out = outs.get(o);
            int m = out.numel();
            for (int i = 0; i < inputs.length; i++) {
                jac[o][i] = new double[inputs[i].numel() * m];
            }
            if (!out.requiresGrad()) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                Tensor seed = Tensor.empty(out.shapeRef(), out.dtype());
                seed.storage().setDouble(j, 1.0);
                Tensor[] grads = Engine.grad(new Tensor[] {out}, inputs, new Tensor[] {seed}, true, false, true);
                for (int i = 0; i < inputs.length; i++) {
                    Tensor g = grads[i];
                    if (g == null) {
                        continue;
                    }
                    assertArrayEquals(inputs[i].shapeRef(), g.shapeRef(), "gradient shape of input " + i);
                    assertEquals(inputs[i].dtype(), g.dtype(), "gradient dtype of input " + i);
                    for (int k = 0; k < g.numel(); k++) {
                        jac[o][i][k * m + j] = g.doubleAt(k);
                    }
                }
            }
        }
        return jac;
    }

    private static double[][][] numeric(Fn f, Tensor[] inputs, List<Tensor> outs) {
        double[][][] jac = new double[outs.size()][inputs.length][];
        for (int o = 0; o < outs.size(); o++) {
            for (int i = 0; i < inputs.length; i++) {
                jac[o][i] = new double[inputs[i].numel() * outs.get(o).numel()];
            }
        }
        for (int i = 0; i < inputs.length; i++) {
            Tensor in = inputs[i];
            for (int k = 0; k < in.numel(); k++) {
                int at = in.storageIndex(k);
                double orig = in.storage().f64[at];
                in.storage().f64[at] = orig + EPS;
                double[][] plus = values(f.apply(inputs));
                in.storage().f64[at] = orig - EPS;
                double[][] minus = values(f.apply(inputs));
                in.storage().f64[at] = orig;
                for (int o = 0; o < outs.size(); o++) {
                    int m = outs.get(o).numel();
                    for (int j = 0; j < m; j++) {
                        double d = plus[o][j] - minus[o][j];
                        jac[o][i][k * m + j] = d / (2 * EPS);
                    }
                }
            }
        }
        return jac;
    }

    /** The float outputs' values, copied at once (an output may share an input's storage). */
    private static double[][] values(Tensor[] outs) {
        List<Tensor> fo = floatOutputs(outs);
        double[][] v = new double[fo.size()][];
        for (int o = 0; o < v.length; o++) {
            v[o] = fo.get(o).toDoubleArray();
        }
        return v;
    }

    private static void compare(String what, double[] a, double[] n, int inputNumel) {
        for (int x = 0; x < a.length; x++) {
            boolean ok = Math.abs(a[x] - n[x]) <= ATOL + RTOL * Math.abs(n[x]);
            if (!ok) {
                int m = inputNumel == 0 ? 1 : a.length / inputNumel;
                fail("Jacobian mismatch for " + what + " at input element " + (x / m) + ", output element " + (x % m)
                        + ": analytical " + a[x] + " vs numerical " + n[x] + "\nanalytical " + Arrays.toString(a)
                        + "\nnumerical  " + Arrays.toString(n));
            }
        }
    }
}
