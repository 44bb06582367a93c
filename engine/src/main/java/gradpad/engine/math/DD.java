package gradpad.engine.math;

import gradpad.engine.Float64;

/**
 * An immutable double-double {@code hi + lo} (about 106 significand bits) built from exact
 * double operations ({@link Float64}'s error-free sums and products), so results are the same
 * on the JVM, in JS and in Wasm.
 */
final class DD {
    final double hi;
    final double lo;

    DD(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    static DD of(double x) {
        return new DD(x, 0.0);
    }

    /** Normalises hi + lo so that hi is the nearest double. */
    static DD norm(double h, double l) {
        double s = h + l;
        return new DD(s, Float64.sumError(h, l, s));
    }

    DD add(DD b) {
        double s = hi + b.hi;
        double e = Float64.sumError(hi, b.hi, s);
        double t = lo + b.lo;
        double f = Float64.sumError(lo, b.lo, t);
        DD u = norm(s, e + t);
        return norm(u.hi, u.lo + f);
    }

    DD add(double b) {
        return add(of(b));
    }

    DD neg() {
        return new DD(-1.0 * hi, -1.0 * lo);
    }

    DD sub(DD b) {
        return add(b.neg());
    }

    DD mul(DD b) {
        double p = hi * b.hi;
        double e = Float64.productError(hi, b.hi, p);
        return norm(p, e + (hi * b.lo + lo * b.hi));
    }

    DD mul(double b) {
        double p = hi * b;
        double e = Float64.productError(hi, b, p);
        return norm(p, e + lo * b);
    }

    DD div(DD b) {
        double q1 = hi / b.hi;
        DD r = sub(b.mul(q1));
        double q2 = r.hi / b.hi;
        DD r2 = r.sub(b.mul(q2));
        double q3 = r2.hi / b.hi;
        return norm(q1, q2).add(of(q3));
    }

    /** Exact scaling by a power of two (no overflow or underflow in the callers' ranges). */
    DD scale(double pow2) {
        return new DD(hi * pow2, lo * pow2);
    }

    /** The double nearest to hi + lo. */
    double value() {
        return hi + lo;
    }
}
