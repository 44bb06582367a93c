package gradpad.engine.random;

import gradpad.engine.Float64;

/**
 * Correctly rounded double {@code log}, {@code sin} and {@code cos} for the float64 Box-Muller
 * transforms.
 *
 * <p>Why not {@code Math.log}: PyTorch calls glibc's {@code log/sin/cos}, which round correctly in
 * (almost) every case, while the JVM's intrinsics, {@code StrictMath} (fdlibm) and the browsers'
 * {@code Math.log} (V8 uses fdlibm) differ from it, and from each other, in the last bit for
 * about 0.1% to 7% of the inputs randn produces. Evaluating in double-double arithmetic (about
 * 2^-100 relative error) and rounding once gives glibc's bits and the same bits on every target.
 */
final class Libm {
    private static final double LN2_HI = 0x1.62e42fefa39efp-1;
    private static final double LN2_LO = 0x1.abc9e3b39803fp-56;
    /** pi/2 as the sum of three doubles (about 160 bits). */
    private static final double PIO2_1 = 0x1.921fb54442d18p0;
    private static final double PIO2_2 = 0x1.1a62633145c07p-54;
    private static final double PIO2_3 = -0x1.f1976b7ed8fbcp-110;
    private static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
    /** Beyond this the three-part reduction loses accuracy; randn's angles are below 2*pi. */
    private static final double MAX_TRIG_ARG = 0x1p20;

    /** 1/(2i+1), i = 0..LOG_TERMS-1: log(m) = 2t * sum t^(2i)/(2i+1), t = (m-1)/(m+1). */
    private static final int LOG_TERMS = 22;
    /** Series terms from here on are below 2^-54 relative and need only double precision. */
    private static final int LOG_DD_TERMS = 11;
    private static final DoubleDouble[] LOG_COEF = new DoubleDouble[LOG_TERMS];
    /** (-1)^i/(2i)! and (-1)^i/(2i+1)!, i = 0..TRIG_TERMS-1, for |r| <= pi/4. */
    private static final int TRIG_TERMS = 16;
    private static final DoubleDouble[] COS_COEF = new DoubleDouble[TRIG_TERMS];
    private static final DoubleDouble[] SIN_COEF = new DoubleDouble[TRIG_TERMS];

    static {
        for (int i = 0; i < LOG_TERMS; i++) {
            LOG_COEF[i] = DoubleDouble.reciprocal(2 * i + 1);
        }
        DoubleDouble f = new DoubleDouble(1.0, 0.0); // 1/n!, n = 0, 1, 2, ...
        for (int n = 0; n < 2 * TRIG_TERMS; n++) {
            if (n > 0) {
                f.div(f.hi, f.lo, n, 0.0);
            }
            double sign = (n / 2) % 2 == 0 ? 1.0 : -1.0;
            DoubleDouble c = new DoubleDouble(sign * f.hi, sign * f.lo);
            if (n % 2 == 0) {
                COS_COEF[n / 2] = c;
            } else {
                SIN_COEF[n / 2] = c;
            }
        }
    }

    private Libm() {
    }

    /** Natural logarithm, correctly rounded (IEEE special cases as C's {@code log}). */
    static double log(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x > 0.0 ? x : Double.NaN;
        }
        int k = Float64.logExponent(x);
        double m = Float64.logMantissa(x); // in [sqrt(1/2), sqrt(2)], so that |t| <= 0.1716
        double num = m - 1.0; // exact (Sterbenz)
        double den = m + 1.0;
        DoubleDouble t = new DoubleDouble(0, 0).div(num, 0.0, den, Float64.sumError(m, 1.0, den));
        DoubleDouble t2 = new DoubleDouble(t.hi, t.lo).mul(t);
        double tail = LOG_COEF[LOG_TERMS - 1].hi;
        for (int i = LOG_TERMS - 2; i >= LOG_DD_TERMS; i--) {
            tail = tail * t2.hi + LOG_COEF[i].hi;
        }
        DoubleDouble s = new DoubleDouble(tail, 0.0);
        for (int i = LOG_DD_TERMS - 1; i >= 0; i--) {
            s.mul(t2).add(LOG_COEF[i]);
        }
        s.mul(t).mul(2.0, 0.0);
        double kp = k * LN2_HI;
        return s.add(kp, Float64.productError(k, LN2_HI, kp)).add(k * LN2_LO, 0.0).value();
    }

    /**
     * Stores sin(x) in {@code out[0]} and cos(x) in {@code out[1]}, correctly rounded for
     * {@code |x| < 2^20} (beyond that, StrictMath's values).
     */
    static void sincos(double x, double[] out) {
        if (!(Math.abs(x) < MAX_TRIG_ARG)) {
            out[0] = StrictMath.sin(x);
            out[1] = StrictMath.cos(x);
            return;
        }
        // r = x - q*pi/2 in double-double; q*PIO2_i products are made exact by TwoProduct
        double q = Math.floor(x * TWO_OVER_PI + 0.5);
        DoubleDouble r = new DoubleDouble(x, 0.0);
        double p1 = q * PIO2_1;
        r.add(-p1, -Float64.productError(q, PIO2_1, p1));
        double p2 = q * PIO2_2;
        r.add(-p2, -Float64.productError(q, PIO2_2, p2));
        r.add(-q * PIO2_3, 0.0);
        DoubleDouble r2 = new DoubleDouble(r.hi, r.lo).mul(r);
        DoubleDouble c = horner(COS_COEF, r2);
        DoubleDouble s = horner(SIN_COEF, r2).mul(r);
        double sv = s.value();
        double cv = c.value();
        switch ((int) q & 3) {
            case 0:
                out[0] = sv;
                out[1] = cv;
                break;
            case 1:
                out[0] = cv;
                out[1] = -sv;
                break;
            case 2:
                out[0] = -sv;
                out[1] = -cv;
                break;
            default:
                out[0] = -cv;
                out[1] = sv;
                break;
        }
    }

    private static DoubleDouble horner(DoubleDouble[] coef, DoubleDouble z) {
        DoubleDouble acc = new DoubleDouble(coef[coef.length - 1].hi, coef[coef.length - 1].lo);
        for (int i = coef.length - 2; i >= 0; i--) {
            acc.mul(z).add(coef[i]);
        }
        return acc;
    }
}
