package gradpad.kernel.modules;

import gradpad.engine.math.CrMath;
import gradpad.engine.random.MersenneTwister;
import gradpad.kernel.runtime.Arity;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Numbers;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyHash;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PySet;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import java.util.HashSet;
import java.util.Set;

/**
 * Python's {@code random} module, draw for draw: CPython 3.11's Mersenne Twister seeding
 * ({@code init_by_array} over the seed's 32-bit words), {@code random()}'s 53-bit doubles and the
 * algorithms of {@code Lib/random.py} ({@code _randbelow} by rejection, {@code shuffle},
 * {@code sample}, {@code gauss}), so {@code random.seed(42)} prints what CPython prints. The
 * transcendental steps use the correctly rounded {@link CrMath}, as glibc's are in practice.
 * Integers are 64-bit here: {@code getrandbits} beyond 63 bits raises OverflowError; a str seed
 * (CPython hashes it with SHA-512) raises NotImplementedError.
 */
public final class RandomModule {
    private static final double NV_MAGICCONST = 4 * CrMath.exp(-0.5) / Math.sqrt(2.0);

    private final MersenneTwister twister = new MersenneTwister(0);
    private Double gaussNext;

    private RandomModule() {
        seed(System.currentTimeMillis());
    }

    public static PyModule create() {
        RandomModule r = new RandomModule();
        PyModule m = new PyModule("random");
        m.function("seed", (a, kw) -> {
            Object[] b = new Signature("seed", "a=None", "version=2").bind(a, kw);
            r.seedFrom(or(b[0], PyNone.NONE));
            return PyNone.NONE;
        });
        m.function("random", (a, kw) -> {
            Arity.takes("random", a, kw, 0, 0);
            return r.random();
        });
        m.function("getrandbits", (a, kw) -> {
            Arity.takes("getrandbits", a, kw, 1, 1);
            return r.getrandbits(Runtime.toIndex(a[0]));
        });
        m.function("randrange", (a, kw) -> {
            Object[] b = new Signature("randrange", "start", "stop=None", "step=1").bind(a, kw);
            return r.randrange(b[0], or(b[1], PyNone.NONE), or(b[2], 1L));
        });
        m.function("randint", (a, kw) -> {
            Object[] b = new Signature("randint", "a", "b").bind(a, kw);
            return r.randrange(b[0], Runtime.toIndex(b[1]) + 1, 1L);
        });
        m.function("choice", (a, kw) -> {
            Object[] b = new Signature("choice", "seq").bind(a, kw);
            long n = Runtime.len(b[0]);
            if (n == 0) {
                throw Errors.indexError("Cannot choose from an empty sequence");
            }
            return Runtime.getItem(b[0], r.randbelow(n));
        });
        m.function("choices", (a, kw) -> r.choices(a, kw));
        m.function("shuffle", (a, kw) -> {
            Object[] b = new Signature("shuffle", "x").bind(a, kw);
            Object x = b[0];
            for (long i = Runtime.len(x) - 1; i > 0; i--) {
                long j = r.randbelow(i + 1);
                Object xi = Runtime.getItem(x, i);
                Runtime.setItem(x, i, Runtime.getItem(x, j));
                Runtime.setItem(x, j, xi);
            }
            return PyNone.NONE;
        });
        m.function("sample", (a, kw) -> {
            Object[] b = new Signature("sample", "population", "k").bind(a, kw);
            return r.sample(b[0], Runtime.toIndex(b[1]));
        });
        m.function("uniform", (a, kw) -> {
            Object[] b = new Signature("uniform", "a", "b").bind(a, kw);
            double lo = real(b[0]);
            return lo + (real(b[1]) - lo) * r.random();
        });
        m.function("gauss", (a, kw) -> {
            Object[] b = new Signature("gauss", "mu=0.0", "sigma=1.0").bind(a, kw);
            return real(or(b[0], 0.0)) + r.gauss() * real(or(b[1], 1.0));
        });
        m.function("normalvariate", (a, kw) -> {
            Object[] b = new Signature("normalvariate", "mu=0.0", "sigma=1.0").bind(a, kw);
            return real(or(b[0], 0.0)) + r.normal() * real(or(b[1], 1.0));
        });
        return m;
    }

    /** CPython 3.11's Random.choices, draw for draw: floor(random() * n), or bisect on cumulative weights. */
    private Object choices(Object[] a, String[] kw) {
        Object[] b = new Signature("choices", "population", "weights=None", "*", "cum_weights=None", "k=1").bind(a, kw);
        Object population = b[0];
        long n = Runtime.len(population);
        long k = b[3] == null ? 1 : Runtime.toIndex(b[3]);
        PyList out = new PyList();
        Object weights = or(b[1], PyNone.NONE);
        Object cum = or(b[2], PyNone.NONE);
        if (cum == PyNone.NONE) {
            if (weights == PyNone.NONE) {
                for (long i = 0; i < k; i++) {
                    out.items.add(Runtime.getItem(population, (long) Math.floor(random() * (double) n)));
                }
                return out;
            }
            if (weights instanceof Long) {
                throw Errors.typeError("The number of choices must be a keyword argument: k=" + weights);
            }
            java.util.List<Object> running = new java.util.ArrayList<>(); // itertools.accumulate
            Object total = null;
            gradpad.kernel.runtime.PyIterator it = Runtime.iter(weights);
            while (it.hasNext()) {
                Object w = it.next();
                total = total == null ? w : gradpad.kernel.runtime.Operators.binary(
                        gradpad.kernel.syntax.Expr.Operator.Add, total, w);
                running.add(total);
            }
            cum = new PyList(running);
        } else if (weights != PyNone.NONE) {
            throw Errors.typeError("Cannot specify both weights and cumulative weights");
        }
        long size = Runtime.len(cum);
        if (size != n) {
            throw Errors.valueError("The number of weights does not match the population");
        }
        double[] c = new double[(int) size];
        for (int i = 0; i < size; i++) {
            c[i] = real(Runtime.getItem(cum, (long) i));
        }
        double total = size == 0 ? 0.0 : c[(int) size - 1];
        if (size == 0) {
            throw Errors.indexError("list index out of range");
        }
        if (total <= 0.0) {
            throw Errors.valueError("Total of weights must be greater than zero");
        }
        if (Double.isNaN(total) || Double.isInfinite(total)) {
            throw Errors.valueError("Total of weights must be finite");
        }
        for (long i = 0; i < k; i++) {
            double x = random() * total;
            int lo = 0;
            int hi = (int) n - 1; // bisect_right(cum_weights, x, 0, n - 1)
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (x < c[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.items.add(Runtime.getItem(population, (long) lo));
        }
        return out;
    }

    /** Signature leaves an unsupplied optional argument null: its default then. */
    private static Object or(Object supplied, Object dflt) {
        return supplied == null ? dflt : supplied;
    }

    private static double real(Object o) {
        if (!Numbers.isNumber(o)) {
            throw Errors.typeError("must be real number, not " + Runtime.typeName(o));
        }
        return Numbers.asDouble(o);
    }

    /** CPython's seed(a) for None, bool, int and float (a float seeds with its hash). */
    private void seedFrom(Object a) {
        if (a == PyNone.NONE) {
            seed(System.currentTimeMillis());
        } else if (a instanceof Long || a instanceof Boolean) {
            long n = Runtime.toIndex(a);
            seed(n == Long.MIN_VALUE ? n : Math.abs(n)); // |MIN_VALUE| is 2^63: the same 64 bits, unsigned
        } else if (a instanceof Double) {
            seed(PyHash.of(a)); // (size_t) hash: the 64 bits, read unsigned
        } else if (a instanceof String) {
            // CPython seeds with the string's SHA-512 digest, which gradpad does not compute
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR,
                    "random.seed() of a str is not supported by gradpad: seed with an int");
        } else {
            throw Errors.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        gaussNext = null;
    }

    /** init_by_array over the unsigned 64-bit value's 32-bit words, least significant first. */
    private void seed(long unsigned) {
        int high = (int) (unsigned >>> 32);
        twister.seedByArray(high == 0 ? new int[] {(int) unsigned} : new int[] {(int) unsigned, high});
    }

    /** genrand_res53: a 53-bit double in [0, 1). */
    private double random() {
        long a = (twister.nextInt() >>> 5) & 0xFFFFFFFFL;
        long b = (twister.nextInt() >>> 6) & 0xFFFFFFFFL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    private long getrandbits(long k) {
        if (k < 0) {
            throw Errors.valueError("number of bits must be non-negative");
        }
        if (k > 63) {
            throw Errors.overflow("int too large: gradpad's ints are 64-bit (getrandbits(" + k + "))");
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return (twister.nextInt() >>> (32 - k)) & 0xFFFFFFFFL;
        }
        long low = twister.nextInt() & 0xFFFFFFFFL; // words fill from the least significant end
        long high = (twister.nextInt() >>> (64 - k)) & 0xFFFFFFFFL;
        return low | (high << 32);
    }

    /** _randbelow_with_getrandbits: uniform in [0, n) by rejection, for n > 0. */
    private long randbelow(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbits(k);
        while (r >= n) {
            r = getrandbits(k);
        }
        return r;
    }

    private long randrange(Object start, Object stop, Object step) {
        long istart = Runtime.toIndex(start);
        if (stop == PyNone.NONE) {
            if (!(step instanceof Long && (Long) step == 1L)) {
                throw Errors.typeError("Missing a non-None stop argument");
            }
            if (istart > 0) {
                return randbelow(istart);
            }
            throw Errors.valueError("empty range for randrange()");
        }
        long istop = Runtime.toIndex(stop);
        long width = istop - istart;
        long istep = Runtime.toIndex(step);
        if (istep == 1) {
            if (width > 0) {
                return istart + randbelow(width);
            }
            throw Errors.valueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        long n;
        if (istep > 0) {
            n = Math.floorDiv(width + istep - 1, istep);
        } else if (istep < 0) {
            n = Math.floorDiv(width + istep + 1, istep);
        } else {
            throw Errors.valueError("zero step for randrange()");
        }
        if (n <= 0) {
            throw Errors.valueError("empty range for randrange()");
        }
        return istart + istep * randbelow(n);
    }

    /** Lib/random.py's sample: a shrinking pool for small populations, else rejection via a set. */
    private PyList sample(Object population, long k) {
        if (population instanceof PySet || population instanceof PyDict) {
            throw Errors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = Runtime.len(population);
        if (k < 0 || k > n) {
            throw Errors.valueError("Sample larger than population or is negative");
        }
        PyList result = new PyList();
        long setsize = 21; // size of a small set minus size of an empty list
        if (k > 5) {
            setsize += (long) Math.pow(4, Math.ceil(CrMath.log(k * 3.0) / CrMath.log(4.0))); // table size for big sets
        }
        if (n <= setsize) {
            Object[] pool = new Object[(int) n];
            for (int i = 0; i < n; i++) {
                pool[i] = Runtime.getItem(population, (long) i);
            }
            for (int i = 0; i < k; i++) {
                int j = (int) randbelow(n - i);
                result.items.add(pool[j]);
                pool[j] = pool[(int) (n - i - 1)]; // move the non-selected item into the vacancy
            }
        } else {
            Set<Long> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = randbelow(n);
                while (selected.contains(j)) {
                    j = randbelow(n);
                }
                selected.add(j);
                result.items.add(Runtime.getItem(population, j));
            }
        }
        return result;
    }

    /** gauss: Box-Muller, the second value of each pair kept for the next call. */
    private double gauss() {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = random() * (2 * Math.PI);
            double g2rad = Math.sqrt(-2.0 * CrMath.log(1.0 - random()));
            z = CrMath.cos(x2pi) * g2rad;
            gaussNext = CrMath.sin(x2pi) * g2rad;
        }
        return z;
    }

    /** normalvariate: Kinderman and Monahan's ratio-of-uniforms method. */
    private double normal() {
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            double z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -CrMath.log(u2)) {
                return z;
            }
        }
    }
}
