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
}
