package gradpad.engine.math;

import gradpad.engine.Float64;

/**
 * exp, log, pow, sin, cos and friends, correctly rounded (evaluated in double-double, rounded
 * once), for Python's {@code math} module and float {@code **}.
 *
 * <p>Why: CPython calls glibc, whose exp/log/pow/sin/cos round correctly in practice, so
 * {@code math.exp(1)} prints {@code 2.718281828459045}; the JVM's {@code Math}/{@code StrictMath}
 * (fdlibm) give {@code 2.7182818284590455}, and browsers' {@code Math} differ again. Evaluating
 * with about 2^-100 relative error and rounding once gives glibc's digits on every target.
 */
public final class CrMath {
    private CrMath() {
    }

    private static final DD LN2 = new DD(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56);
    private static final double LN2_LO2 = 0x1.7b57a079a1934p-111;
    private static final DD LN10 = new DD(0x1.26bb1bbb55516p+1, -0x1.f48ad494ea3e9p-53);
    private static final double PIO2_1 = 0x1.921fb54442d18p0;
    private static final double PIO2_2 = 0x1.1a62633145c07p-54;
    private static final double PIO2_3 = -0x1.f1976b7ed8fbcp-110;
    private static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
    /** Beyond this the three-part reduction by pi/2 loses accuracy: StrictMath is used. */
    private static final double MAX_TRIG_ARG = 0x1p20;
    private static final int EXP_HALVINGS = 10;
    private static final DD[] INV_FACT = new DD[28];

    static {
        DD f = DD.of(1.0);
        for (int n = 0; n < INV_FACT.length; n++) {
            if (n > 0) {
                f = f.div(DD.of(n));
            }
            INV_FACT[n] = f;
        }
    }

    // ---- exp ------------------------------------------------------------------------------------

    /** exp(x) - 1 for |x| <= 2^-10, by its Taylor series in double-double. */
    private static DD expm1Small(DD x) {
        DD acc = INV_FACT[12];
        for (int n = 11; n >= 1; n--) {
            acc = acc.mul(x).add(INV_FACT[n]);
        }
        return acc.mul(x);
    }

    /** exp(x) = (1 + em) * 2^k as {em, k}: em kept separately so that expm1 keeps its precision. */
    private static Object[] expParts(DD x) {
        double k = Math.rint(x.hi / LN2.hi);
        DD r = x;
        if (k != 0) {
            r = r.sub(LN2.mul(k)).add(-k * LN2_LO2);
        }
        DD em = expm1Small(r.scale(1.0 / (1 << EXP_HALVINGS)));
        for (int i = 0; i < EXP_HALVINGS; i++) {
            em = em.mul(em.add(2.0)); // (1+e)^2 - 1 = e(e+2)
        }
        return new Object[] {em, k};
    }

    /** exp of a double-double, not yet rounded; null when it overflows or underflows. */
    static DD expDD(DD x) {
        if (x.hi > 709.8 || x.hi < -745.2) {
            return null;
        }
        Object[] p = expParts(x);
        DD v = ((DD) p[0]).add(1.0);
        return scalb(v, (int) (double) (Double) p[1]);
    }

    private static DD scalb(DD v, int k) {
        // two steps keep each factor a normal double
        int k1 = k / 2;
        int k2 = k - k1;
        return v.scale(Math.scalb(1.0, k1)).scale(Math.scalb(1.0, k2));
    }

    public static double exp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 709.79) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.14) {
            return 0.0;
        }
        DD r = expDD(DD.of(x));
        return r == null ? (x > 0 ? Double.POSITIVE_INFINITY : 0.0) : r.value();
    }

    // ---- log ------------------------------------------------------------------------------------

    /** log(x) for finite x > 0, in double-double. */
    static DD logDD(double x) {
        int k = Float64.logExponent(x);
        double m = Float64.logMantissa(x);
        // log(m) = 2 atanh(t), t = (m - 1) / (m + 1), |t| <= 0.1716
        DD t = DD.of(m - 1.0).div(DD.norm(m, 1.0));
        DD t2 = t.mul(t);
        DD s = DD.of(1.0 / 49);
        for (int i = 23; i >= 0; i--) {
            s = s.mul(t2).add(DD.of(1.0).div(DD.of(2 * i + 1)));
        }
        DD log = s.mul(t).mul(2.0);
        if (k != 0) {
            log = log.add(LN2.mul(k)).add(k * LN2_LO2);
        }
        return log;
    }

    public static double log(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x > 0.0 ? x : Double.NaN;
        }
        if (x == 1.0) {
            return 0.0;
        }
        return logDD(x).value();
    }

    public static double log2(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            return log(x);
        }
        return logDD(x).div(LN2).value();
    }

    // ---- pow ------------------------------------------------------------------------------------

    /** C99 pow for the cases Python leaves to the C library (x < 0 needs an integral y). */
    public static double pow(double x, double y) {
        if (y == 0 || x == 1.0) {
            return 1.0;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (ax > 1.0) == (y > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean integral = Float64.isInteger(y);
        boolean odd = integral && Math.abs(y) < 0x1p53 && ((long) y & 1) == 1;
        if (x == 0 || Double.isInfinite(x)) {
            boolean big = (x != 0) == (y > 0);
            double mag = big ? Double.POSITIVE_INFINITY : 0.0;
            return (Double.doubleToRawLongBits(x) < 0 && odd) ? -1.0 * mag : mag;
        }
        double sign = 1.0;
        if (x < 0) {
            if (!integral) {
                return Double.NaN;
            }
            x = -1.0 * x;
            sign = odd ? -1.0 : 1.0;
        }
        if (y == 1.0) {
            return sign * x;
        }
        DD l = logDD(x).mul(y);
        if (l.hi > 709.8) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (l.hi < -745.2) {
            return sign * 0.0;
        }
        return sign * expDD(l).value();
    }

    // ---- trigonometric and hyperbolic ----------------------------------------------------------

    /** {sin(x), cos(x)} in double-double for |x| < 2^20. */
    private static DD[] sincosDD(double x) {
        double q = Math.floor(x * TWO_OVER_PI + 0.5);
        DD r = DD.of(x).sub(DD.of(PIO2_1).mul(q)).sub(DD.of(PIO2_2).mul(q)).add(-q * PIO2_3);
        DD r2 = r.mul(r);
        DD c = INV_FACT[26];
        DD s = INV_FACT[27];
        for (int n = 24; n >= 0; n -= 2) {
            c = c.mul(r2);
            s = s.mul(r2);
            c = (n / 2) % 2 == 0 ? c.add(INV_FACT[n]) : c.sub(INV_FACT[n]);
            s = ((n + 1) / 2) % 2 == 0 ? s.add(INV_FACT[n + 1]) : s.sub(INV_FACT[n + 1]);
        }
        s = s.mul(r);
        switch ((int) ((long) q & 3)) {
            case 0: return new DD[] {s, c};
            case 1: return new DD[] {c, s.neg()};
            case 2: return new DD[] {s.neg(), c.neg()};
            default: return new DD[] {c.neg(), s};
        }
    }

    public static double sin(double x) {
        if (x == 0 || !(Math.abs(x) < MAX_TRIG_ARG)) {
            return x == 0 ? x : StrictMath.sin(x);
        }
        return sincosDD(x)[0].value();
    }

    public static double cos(double x) {
        if (!(Math.abs(x) < MAX_TRIG_ARG)) {
            return StrictMath.cos(x);
        }
        return sincosDD(x)[1].value();
    }

    public static double tan(double x) {
        if (x == 0 || !(Math.abs(x) < MAX_TRIG_ARG)) {
            return x == 0 ? x : StrictMath.tan(x);
        }
        DD[] sc = sincosDD(x);
        return sc[0].div(sc[1]).value();
    }

    /**
     * glibc's fdlibm-derived log10 (e_log10.c) on top of the correctly rounded log: log10 itself
     * is not correctly rounded there, and this reproduces its digits.
     */
    public static double log10(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            return log(x);
        }
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            k -= 54;
            x *= 0x1p54;
        }
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        k += (hx >> 20) - 1023;
        int i = k < 0 ? 1 : 0;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** glibc's expm1 is fdlibm's. */
    public static double expm1(double x) {
        return Fdlibm.expm1(x);
    }

    /** glibc's log1p is fdlibm's. */
    public static double log1p(double x) {
        return Fdlibm.log1p(x);
    }

    /** glibc's tanh is fdlibm's (it only uses expm1). */
    public static double tanh(double x) {
        return Fdlibm.tanh(x);
    }

    /** glibc's e_sinh.c (fdlibm's algorithm) with glibc's correctly rounded exp. */
    public static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = Fdlibm.expm1(ax);
            if (ax < 1) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ax < LOG_MAXDOUBLE) {
            return h * exp(ax);
        }
        if (ax <= OVERFLOW_THRESHOLD) {
            double w = exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;
    }

    /** glibc's e_cosh.c (fdlibm's algorithm) with glibc's correctly rounded exp. */
    public static double cosh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x * x;
        }
        double ax = Math.abs(x);
        if (ax < 22) {
            if (Double.doubleToRawLongBits(ax) < 0x3fd62e4300000000L) { // |x| < 0.5 ln 2
                if (ax < 0x1p-55) { // cosh(tiny) = 1
                    return 1.0;
                }
                double t = Fdlibm.expm1(ax);
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < LOG_MAXDOUBLE) {
            return 0.5 * exp(ax);
        }
        if (ax <= OVERFLOW_THRESHOLD) {
            double w = exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    // ---- inverse trigonometric (glibc's are correctly rounded) ---------------------------------

    private static final DD PIO2 = new DD(PIO2_1, PIO2_2);
    private static final DD PI = new DD(2 * PIO2_1, 2 * PIO2_2);

    private static DD sqrt(DD a) {
        double s = Math.sqrt(a.hi);
        if (s == 0) {
            return DD.of(0.0);
        }
        DD r = a.sub(DD.of(s).mul(s));
        return DD.norm(s, r.hi / (2 * s));
    }

    /** atan of a double-double in [0, 1]: three angle halvings, then the Taylor series. */
    private static DD atanUnit(DD y) {
        for (int i = 0; i < 3; i++) {
            y = y.div(sqrt(y.mul(y).add(1.0)).add(1.0));
        }
        DD y2 = y.mul(y);
        DD acc = DD.of(1.0).div(DD.of(41));
        for (int n = 19; n >= 0; n--) {
            acc = DD.of(1.0).div(DD.of(2 * n + 1)).sub(y2.mul(acc)); // 1 - y2/3 + y2^2/5 - ...
        }
        return acc.mul(y).scale(8.0);
    }

    /** atan of a non-negative double-double. */
    private static DD atanDD(DD a) {
        if (a.hi > 1.0) {
            return PIO2.sub(atanUnit(DD.of(1.0).div(a)));
        }
        return atanUnit(a);
    }

    public static double atan(double x) {
        if (Double.isNaN(x) || x == 0) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? PIO2.value() : -1.0 * PIO2.value();
        }
        if (Math.abs(x) < 0x1p-27) {
            return x; // atan(x) = x - x^3/3: x is the nearest double
        }
        DD r = atanDD(DD.of(Math.abs(x)));
        return x < 0 ? -1.0 * r.value() : r.value();
    }

    public static double asin(double x) {
        if (Double.isNaN(x) || Math.abs(x) < 0x1p-27) {
            return x; // asin(x) = x + x^3/6: x is the nearest double
        }
        double ax = Math.abs(x);
        if (ax > 1) {
            return Double.NaN;
        }
        DD r = ax == 1 ? PIO2 : atanDD(DD.of(ax).div(sqrt(DD.norm(1.0, -ax).mul(DD.norm(1.0, ax)))));
        return x < 0 ? -1.0 * r.value() : r.value();
    }

    public static double acos(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x == -1) {
            return PI.value();
        }
        if (x > 0.5) {
            return atanDD(sqrt(DD.norm(1.0, -x).div(DD.norm(1.0, x)))).scale(2.0).value();
        }
        if (x < -0.5) {
            return PI.sub(atanDD(sqrt(DD.norm(1.0, x).div(DD.norm(1.0, -x)))).scale(2.0)).value();
        }
        DD as = x == 0 ? DD.of(0.0) : atanDD(DD.of(Math.abs(x)).div(sqrt(DD.norm(1.0, -x).mul(DD.norm(1.0, x)))));
        return (x < 0 ? PIO2.add(as) : PIO2.sub(as)).value();
    }

    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || x == 0 || y == 0 || Double.isInfinite(x) || Double.isInfinite(y)) {
            return StrictMath.atan2(y, x);
        }
        DD q = DD.of(Math.abs(y)).div(DD.of(Math.abs(x)));
        if (q.hi > 0x1p1000 || q.hi < 0x1p-1000) {
            return StrictMath.atan2(y, x);
        }
        DD a = atanDD(q);
        if (x < 0) {
            a = PI.sub(a);
        }
        return y < 0 ? -1.0 * a.value() : a.value();
    }

    /** math.hypot: the square root of the sum of squares, scaled and summed in double-double. */
    public static double hypot(double[] v) {
        double max = 0.0;
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
            max = Math.max(max, Math.abs(x));
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length == 1) {
            return max;
        }
        int e = Math.getExponent(max);
        double scale = Math.scalb(1.0, -e);
        DD sum = DD.of(0.0);
        for (double x : v) {
            DD y = DD.of(x * scale);
            sum = sum.add(y.mul(y));
        }
        return Math.scalb(sqrt(sum).value(), e);
    }

    /** High word 0x40862E42: below it 0.5 * exp(x) cannot overflow. */
    private static final double LOG_MAXDOUBLE = Double.longBitsToDouble(0x40862E4200000000L);
    /** 0x408633CE8FB9F87D: the largest x with a finite sinh/cosh. */
    private static final double OVERFLOW_THRESHOLD = Double.longBitsToDouble(0x408633CE8FB9F87DL);
}
