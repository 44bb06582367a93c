package gradpad.kernel.modules;

import gradpad.engine.math.CrMath;
import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Numbers;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/** Python's {@code math} module (the common functions), with its domain and range errors. */
public final class MathModule {
    private MathModule() {
    }

    private interface Fn {
        double apply(double x);
    }

    private static double arg(Object o) {
        if (Numbers.isNumber(o)) {
            return Numbers.asDouble(o);
        }
        if (o instanceof gradpad.engine.Tensor && ((gradpad.engine.Tensor) o).numel() == 1) {
            return ((gradpad.engine.Tensor) o).item();
        }
        throw Errors.typeError("must be real number, not " + Runtime.typeName(o));
    }

    private static void unary(PyModule m, String name, Fn f) {
        m.function(name, (a, kw) -> {
            if (a.length != 1) {
                throw Errors.typeError("math." + name + "() takes exactly one argument (" + a.length + " given)");
            }
            double x = arg(a[0]);
            double r = f.apply(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw Errors.valueError("math domain error");
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                if (name.startsWith("log")) {
                    throw Errors.valueError("math domain error");
                }
                throw Errors.overflow("math range error");
            }
            return r;
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.put("pi", Math.PI).put("e", Math.E).put("tau", 2 * Math.PI).put("inf", Double.POSITIVE_INFINITY)
                .put("nan", Double.NaN);
        unary(m, "sqrt", Math::sqrt);
        unary(m, "exp", CrMath::exp);
        unary(m, "log2", CrMath::log2);
        unary(m, "log10", CrMath::log10);
        unary(m, "log1p", CrMath::log1p);
        unary(m, "expm1", CrMath::expm1);
        unary(m, "sin", CrMath::sin);
        unary(m, "cos", CrMath::cos);
        unary(m, "tan", CrMath::tan);
        unary(m, "asin", CrMath::asin);
        unary(m, "acos", CrMath::acos);
        unary(m, "atan", CrMath::atan);
        unary(m, "sinh", CrMath::sinh);
        unary(m, "cosh", CrMath::cosh);
        unary(m, "tanh", CrMath::tanh);
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        m.function("log", (a, kw) -> {
            Arity.expected("log", a, kw, 1, 2);
            double x = arg(a[0]);
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            double r = CrMath.log(x);
            if (a.length > 1) {
                double base = arg(a[1]);
                if (base <= 0 || base == 1) {
                    throw base == 1 ? Errors.zeroDivision("float division by zero") : Errors.valueError("math domain error");
                }
                r = r / CrMath.log(base);
            }
            return r;
        });
        m.function("floor", (a, kw) -> {
            Arity.takes("math.floor", a, kw, 1, 1);
            return integral(Math.floor(arg(a[0])), a[0]);
        });
        m.function("ceil", (a, kw) -> {
            Arity.takes("math.ceil", a, kw, 1, 1);
            return integral(Math.ceil(arg(a[0])), a[0]);
        });
        m.function("trunc", (a, kw) -> {
            Arity.takes("math.trunc", a, kw, 1, 1);
            return integral(arg(a[0]) < 0 ? Math.ceil(arg(a[0])) : Math.floor(arg(a[0])), a[0]);
        });
        m.function("pow", (a, kw) -> {
            Arity.expected("pow", a, kw, 2, 2);
            double x = arg(a[0]);
            double y = arg(a[1]);
            if (x == 0 && y < 0) {
                throw Errors.valueError("math domain error");
            }
            double r = CrMath.pow(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw Errors.valueError("math domain error");
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw Errors.overflow("math range error");
            }
            return r;
        });
        m.function("atan2", (a, kw) -> {
            Arity.expected("atan2", a, kw, 2, 2);
            return CrMath.atan2(arg(a[0]), arg(a[1]));
        });
        m.function("hypot", (a, kw) -> {
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                v[i] = arg(a[i]);
            }
            return CrMath.hypot(v);
        });
        m.function("copysign", (a, kw) -> {
            Arity.expected("copysign", a, kw, 2, 2);
            return Math.copySign(arg(a[0]), arg(a[1]));
        });
        m.function("isnan", (a, kw) -> {
            Arity.takes("math.isnan", a, kw, 1, 1);
            return Double.isNaN(arg(a[0]));
        });
        m.function("isinf", (a, kw) -> {
            Arity.takes("math.isinf", a, kw, 1, 1);
            return Double.isInfinite(arg(a[0]));
        });
        m.function("isfinite", (a, kw) -> {
            Arity.takes("math.isfinite", a, kw, 1, 1);
            return !Double.isNaN(arg(a[0])) && !Double.isInfinite(arg(a[0]));
        });
        m.function("isclose", (a, kw) -> {
            Object[] b = new Signature("isclose", "a", "b", "*", "rel_tol=1e-09", "abs_tol=0.0").bind(a, kw);
            double x = arg(b[0]);
            double y = arg(b[1]);
            double rel = b[2] == null ? 1e-9 : arg(b[2]);
            double abs = b[3] == null ? 0.0 : arg(b[3]);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) { // only an infinity equal to it is close
                return false;
            }
            double diff = Math.abs(x - y);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        m.function("factorial", (a, kw) -> {
            Arity.takes("math.factorial", a, kw, 1, 1);
            long n = Runtime.toIndex(a[0]);
            if (n < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            long r = 1;
            for (long i = 2; i <= n; i++) {
                if (r > Long.MAX_VALUE / i) {
                    throw Errors.overflow("int too large: gradpad's ints are 64-bit (factorial(" + n + "))");
                }
                r *= i;
            }
            return r;
        });
        MathIntegers.register(m);
        m.function("gcd", (a, kw) -> {
            long g = 0;
            for (Object o : a) {
                long v = Math.abs(Runtime.toIndex(o));
                while (v != 0) {
                    long t = g % v;
                    g = v;
                    v = t;
                }
            }
            return g;
        });
        m.function("prod", (a, kw) -> {
            if (a.length - kw.length != 1) {
                throw Errors.typeError("prod() takes exactly 1 positional argument (" + (a.length - kw.length)
                        + " given)");
            }
            Object acc = 1L;
            for (int k = 0; k < kw.length; k++) {
                if (!kw[k].equals("start")) {
                    throw Errors.typeError("prod() got an unexpected keyword argument '" + kw[k] + "'");
                }
                acc = a[a.length - kw.length + k];
            }
            PyIterator it = Runtime.iter(a[0]);
            while (it.hasNext()) {
                acc = gradpad.kernel.runtime.Operators.binary(gradpad.kernel.syntax.Expr.Operator.Mult, acc, it.next());
            }
            return acc;
        });
        m.function("fsum", (a, kw) -> {
            Arity.takes("math.fsum", a, kw, 1, 1);
            return fsum(Runtime.iter(a[0]));
        });
        return m;
    }

    /** CPython's math.fsum: Shewchuk's exact partial sums, rounded half-even once. */
    private static double fsum(PyIterator it) {
        double[] partials = new double[8];
        int n = 0;
        double special = 0.0;
        double infSum = 0.0;
        while (it.hasNext()) {
            double x = arg(it.next());
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    // a nonfinite x could arise from an infinite input or from overflow
                    if (!Double.isNaN(xsave) && !Double.isInfinite(xsave)) {
                        throw Errors.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    special += xsave;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = java.util.Arrays.copyOf(partials, 2 * n);
                    }
                    partials[n++] = x;
                }
            }
        }
        if (special != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return special;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    private static Object integral(double v, Object original) {
        if (original instanceof Long) {
            return original;
        }
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        return (long) v;
    }

}
