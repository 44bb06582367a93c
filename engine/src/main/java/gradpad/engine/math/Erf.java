package gradpad.engine.math;

/**
 * The error function in double, for GELU's exact form ({@code x * 0.5 * (1 + erf(x / sqrt(2)))})
 * where PyTorch's scalar loops call the C library's erf/erff. Java has no erf; this one is within
 * a few ulps of the true value (far inside float32's rounding, and invisible in printed doubles),
 * with the same digits on every target because it only uses arithmetic and {@link CrMath#exp}.
 */
public final class Erf {
    private Erf() {
    }

    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double ONE_OVER_SQRT_PI = 0.5641895835477563;

    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a < 3.0) {
            r = series(a);
        } else if (a < 6.0) {
            r = 1.0 - erfcContinuedFraction(a);
        } else {
            r = 1.0; // erfc(6) < 2^-54: erf rounds to 1
        }
        return x < 0 ? -1.0 * r : r; // -1.0 * r, not -r: keeps erf(-0.0) = -0.0 under TeaVM
    }

    /**
     * erf(a) = 2/sqrt(pi) * exp(-a^2) * sum_n (2a^2)^n a / (1*3*...*(2n+1)): every term positive,
     * so no cancellation for a below 3.
     */
    private static double series(double a) {
        double a2 = a * a;
        double twoA2 = 2.0 * a2;
        double term = a;
        double sum = a;
        for (int n = 1; n < 200; n++) {
            term = term * twoA2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * CrMath.exp(-1.0 * a2) * sum;
    }

    /**
     * erfc(a) = exp(-a^2)/sqrt(pi) / (a + (1/2)/(a + 1/(a + (3/2)/(a + 2/(a + ...))))), evaluated
     * from a fixed depth upwards; for a of 3 or more it converges to double precision well before.
     */
    private static double erfcContinuedFraction(double a) {
        double f = a;
        for (int k = 120; k >= 1; k--) {
            f = a + (k * 0.5) / f;
        }
        return ONE_OVER_SQRT_PI * CrMath.exp(-1.0 * a * a) / f;
    }

    /**
     * erfc(x) = 1 - erf(x) without the cancellation of that difference for large x: the continued
     * fraction from 3 on (where erfc is below 2.3e-5), 1 - erf below (losing at most 16 of double's
     * 53 bits, far from float32's 24).
     */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 3.0) {
            return 1.0 - erf(x);
        }
        if (x > 27.3) {
            return 0.0; // below the smallest subnormal
        }
        return erfcContinuedFraction(x);
    }

    /**
     * The inverse error function: Giles' single-precision approximation ("Approximating the erfinv
     * function", 2010) refined by Newton steps on erf, which converge quadratically from its 1e-7
     * relative error; erfinv(+-1) is +-inf, outside [-1, 1] NaN.
     */
    public static double erfinv(double y) {
        if (Double.isNaN(y) || y < -1.0 || y > 1.0) {
            return Double.NaN;
        }
        if (y == 1.0 || y == -1.0) {
            return y * Double.POSITIVE_INFINITY;
        }
        if (y == 0.0) {
            return y; // keeps -0.0
        }
        double w = -1.0 * CrMath.log((1.0 - y) * (1.0 + y));
        double p;
        if (w < 5.0) {
            w = w - 2.5;
            p = 2.81022636e-08;
            p = 3.43273939e-07 + p * w;
            p = -3.5233877e-06 + p * w;
            p = -4.39150654e-06 + p * w;
            p = 0.00021858087 + p * w;
            p = -0.00125372503 + p * w;
            p = -0.00417768164 + p * w;
            p = 0.246640727 + p * w;
            p = 1.50140941 + p * w;
        } else {
            w = Math.sqrt(w) - 3.0;
            p = -0.000200214257;
            p = 0.000100950558 + p * w;
            p = 0.00134934322 + p * w;
            p = -0.00367342844 + p * w;
            p = 0.00573950773 + p * w;
            p = -0.0076224613 + p * w;
            p = 0.00943887047 + p * w;
            p = 1.00167406 + p * w;
            p = 2.83297682 + p * w;
        }
        double x = p * y;
        for (int i = 0; i < 3; i++) {
            // near +-1 the residual is taken through erfc, which keeps its digits there
            double r = y > 0.5 ? (1.0 - y) - erfc(x) : y < -0.5 ? erfc(-1.0 * x) - (1.0 + y) : erf(x) - y;
            double d = TWO_OVER_SQRT_PI * CrMath.exp(-1.0 * x * x);
            double step = r / d;
            x = x - step;
        }
        return x;
    }
}
