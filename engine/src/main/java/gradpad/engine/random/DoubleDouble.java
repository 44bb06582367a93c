package gradpad.engine.random;

import gradpad.engine.Float64;

/**
 * A mutable double-double number {@code hi + lo} (about 106 significand bits), enough to
 * evaluate log, sin and cos to well beyond binary64 precision and then round correctly.
 *
 * <p>Built from error-free transformations (TwoSum, Dekker's TwoProduct), which use plain IEEE
 * double operations only, so the results are the same on the JVM, in JS and in Wasm, provided no
 * sum ends up on the right of a {@code +} (TeaVM's JS printer drops those parentheses; see
 * {@link Float64}).
 */
final class DoubleDouble {
    double hi;
    double lo;

    DoubleDouble(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    /** The double-double nearest to {@code 1 / d} (d a small integer, for series coefficients). */
    static DoubleDouble reciprocal(double d) {
        double q = 1.0 / d;
        double p = q * d;
        // exact remainder 1 - q*d, then one Newton correction
        double r = (1.0 - p) - Float64.productError(q, d, p);
        return new DoubleDouble(q, r / d);
    }

    /** Normalises {@code h + l} into this (FastTwoSum: hi = RN(h + l); needs |h| >= |l|). */
    DoubleDouble set(double h, double l) {
        double s = h + l;
        this.lo = l - (s - h);
        this.hi = s;
        return this;
    }

    /** this += (bh + bl), with the accurate (both parts TwoSum) addition. */
    DoubleDouble add(double bh, double bl) {
        double s = hi + bh;
        double e = Float64.sumError(hi, bh, s);
        double t = lo + bl;
        double f = Float64.sumError(lo, bl, t);
        e += t;
        double s2 = s + e;
        e = e - (s2 - s);
        e -= -f; // e += f, safe from TeaVM's JS printer (f may be inlined as a difference)
        return set(s2, e);
    }

    DoubleDouble add(DoubleDouble b) {
        return add(b.hi, b.lo);
    }

    /** this *= (bh + bl). */
    DoubleDouble mul(double bh, double bl) {
        double p = hi * bh;
        double e = Float64.productError(hi, bh, p);
        e = e + hi * bl + lo * bh; // left to right: no sum on the right of + (TeaVM)
        return set(p, e);
    }

    DoubleDouble mul(DoubleDouble b) {
        return mul(b.hi, b.lo);
    }

    /** this = (ah + al) / (bh + bl). */
    DoubleDouble div(double ah, double al, double bh, double bl) {
        double q1 = ah / bh;
        // remainder r = a - q1 * b, computed to double-double accuracy
        DoubleDouble r = new DoubleDouble(bh, bl).mul(q1, 0.0);
        r.set(-r.hi, -r.lo).add(ah, al);
        double q2 = r.hi / bh;
        return set(q1, q2);
    }

    /** The double nearest to {@code hi + lo} (hi already is, for a normalised value). */
    double value() {
        return hi + lo;
    }
}
