package gradpad.kernel.modules;

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
                if (name.equals("log") || name.equals("log2") || name.equals("log10")) {
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
        unary(m, "exp", StrictMath::exp);
        unary(m, "log2", x -> StrictMath.log(x) / StrictMath.log(2));
        unary(m, "log10", StrictMath::log10);
        unary(m, "log1p", StrictMath::log1p);
        unary(m, "expm1", StrictMath::expm1);
        unary(m, "sin", StrictMath::sin);
        unary(m, "cos", StrictMath::cos);
        unary(m, "tan", StrictMath::tan);
        unary(m, "asin", StrictMath::asin);
        unary(m, "acos", StrictMath::acos);
        unary(m, "atan", StrictMath::atan);
        unary(m, "sinh", StrictMath::sinh);
        unary(m, "cosh", StrictMath::cosh);
        unary(m, "tanh", StrictMath::tanh);
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        m.function("log", (a, kw) -> {
            double x = arg(a[0]);
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            double r = StrictMath.log(x);
            if (a.length > 1) {
                double base = arg(a[1]);
                if (base <= 0 || base == 1) {
                    throw base == 1 ? Errors.zeroDivision("float division by zero") : Errors.valueError("math domain error");
                }
                r = r / StrictMath.log(base);
            }
            return r;
        });
        m.function("floor", (a, kw) -> integral(Math.floor(arg(a[0])), a[0]));
        m.function("ceil", (a, kw) -> integral(Math.ceil(arg(a[0])), a[0]));
        m.function("trunc", (a, kw) -> integral(arg(a[0]) < 0 ? Math.ceil(arg(a[0])) : Math.floor(arg(a[0])), a[0]));
        m.function("pow", (a, kw) -> {
            double x = arg(a[0]);
            double y = arg(a[1]);
            if (x == 0 && y < 0) {
                throw Errors.valueError("math domain error");
            }
            return Math.pow(x, y);
        });
        m.function("atan2", (a, kw) -> StrictMath.atan2(arg(a[0]), arg(a[1])));
        m.function("hypot", (a, kw) -> {
            double s = 0;
            for (Object o : a) {
                double v = arg(o);
                s += v * v;
            }
            return Math.sqrt(s);
        });
        m.function("copysign", (a, kw) -> Math.copySign(arg(a[0]), arg(a[1])));
        m.function("isnan", (a, kw) -> Double.isNaN(arg(a[0])));
        m.function("isinf", (a, kw) -> Double.isInfinite(arg(a[0])));
        m.function("isfinite", (a, kw) -> !Double.isNaN(arg(a[0])) && !Double.isInfinite(arg(a[0])));
        m.function("isclose", (a, kw) -> {
            Object[] b = new Signature("isclose", "a", "b", "*", "rel_tol=1e-09", "abs_tol=0.0").bind(a, kw);
            double x = arg(b[0]);
            double y = arg(b[1]);
            double rel = b[2] == null ? 1e-9 : arg(b[2]);
            double abs = b[3] == null ? 0.0 : arg(b[3]);
            if (x == y) {
                return true;
            }
            double diff = Math.abs(x - y);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        m.function("factorial", (a, kw) -> {
            long n = Runtime.toIndex(a[0]);
            if (n < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            long r = 1;
            for (long i = 2; i <= n; i++) {
                r = Math.multiplyExact(r, i);
            }
            return r;
        });
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
            Object acc = 1L;
            PyIterator it = Runtime.iter(a[0]);
            while (it.hasNext()) {
                acc = gradpad.kernel.runtime.Operators.binary(gradpad.kernel.syntax.Expr.Operator.Mult, acc, it.next());
            }
            return acc;
        });
        m.function("fsum", (a, kw) -> {
            double s = 0;
            double c = 0;
            PyIterator it = Runtime.iter(a[0]);
            while (it.hasNext()) {
                double y = arg(it.next()) - c;
                double t = s + y;
                c = (t - s) - y;
                s = t;
            }
            return s;
        });
        return m;
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
