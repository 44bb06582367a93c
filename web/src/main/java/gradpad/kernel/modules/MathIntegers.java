package gradpad.kernel.modules;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/**
 * math's integer functions beyond gcd and factorial: comb, perm, isqrt, lcm. Exact, in 64-bit
 * ints; a result beyond them is gradpad's OverflowError, never a wrapped number.
 */
final class MathIntegers {
    private MathIntegers() {
    }

    static void register(PyModule m) {
        m.function("comb", (a, kw) -> {
            Object[] b = new Signature("comb", "n", "k").bind(a, kw);
            long n = nonNegative(b[0], "n");
            long k = nonNegative(b[1], "k");
            if (k > n) {
                return 0L;
            }
            k = Math.min(k, n - k);
            long r = 1;
            for (long i = 0; i < k; i++) {
                // r * (n - i) / (i + 1) is exact; dividing by the gcd first keeps it in range longer
                long d = i + 1;
                long g = gcd(r, d);
                r = times(r / g, (n - i) / (d / g), "comb", n, k);
            }
            return r;
        });
        m.function("perm", (a, kw) -> {
            Object[] b = new Signature("perm", "n", "k=None").bind(a, kw);
            long n = nonNegative(b[0], "n");
            long k = b[1] == null || b[1] == PyNone.NONE ? n : nonNegative(b[1], "k");
            if (k > n) {
                return 0L;
            }
            long r = 1;
            for (long i = 0; i < k; i++) {
                r = times(r, n - i, "perm", n, k);
            }
            return r;
        });
        m.function("isqrt", (a, kw) -> {
            Object[] b = new Signature("isqrt", "n").bind(a, kw);
            long n = Runtime.toIndex(b[0]);
            if (n < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            long r = (long) Math.sqrt((double) n); // within one of the answer; fix it exactly
            while (r * r > n || r > 3037000499L) {
                r--;
            }
            while ((r + 1) <= 3037000499L && (r + 1) * (r + 1) <= n) {
                r++;
            }
            return r;
        });
        m.function("lcm", (a, kw) -> {
            long l = 1;
            for (Object o : a) {
                long v = Math.abs(Runtime.toIndex(o));
                if (v == 0 || l == 0) {
                    l = 0;
                    continue;
                }
                l = times(l / gcd(l, v), v, "lcm", l, v);
            }
            return l;
        });
    }

    private static long nonNegative(Object o, String name) {
        long v = Runtime.toIndex(o);
        if (v < 0) {
            throw Errors.valueError(name + " must be a non-negative integer");
        }
        return v;
    }

    private static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static long times(long x, long y, String function, long n, long k) {
        try {
            return Math.multiplyExact(x, y);
        } catch (ArithmeticException e) {
            throw Errors.overflow("int too large: gradpad's ints are 64-bit (" + function + "(" + n + ", " + k + "))");
        }
    }
}
