package gradpad.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** PyFloat against CPython 3.11's own answers (see gen_format_cases.py). */
class PyFloatTest {
    @Test
    void reprMatchesPython() {
        TsvCases c = new TsvCases();
        for (String[] r : TsvCases.read("float_repr.tsv")) {
            c.check("repr " + r[0], r[1], PyFloat.repr(TsvCases.dbl(r[0])));
        }
        c.assertAllPassed(10_000);
    }

    @Test
    void fixedAndScientificMatchPython() {
        TsvCases c = new TsvCases();
        for (String[] r : TsvCases.read("float_fixed_sci.tsv")) {
            double v = TsvCases.dbl(r[0]);
            int p = Integer.parseInt(r[1]);
            c.check("fixed " + r[0] + " ." + p, r[2], PyFloat.fixed(v, p));
            c.check("sci " + r[0] + " ." + p, r[3], PyFloat.scientific(v, p));
        }
        c.assertAllPassed(30_000);
    }

    @Test
    void roundMatchesPython() {
        TsvCases c = new TsvCases();
        for (String[] r : TsvCases.read("float_round.tsv")) {
            double v = TsvCases.dbl(r[0]);
            if (r[1].equals("int")) {
                c.check("round(" + r[0] + ")", r[2], TsvCases.hex(PyFloat.roundHalfEven(v)));
                continue;
            }
            long n = Long.parseLong(r[1]);
            c.checkOutcome("round(" + r[0] + ", " + n + ")", r, 2, () -> {
                double x = PyFloat.round(v, n);
                return x != x ? TsvCases.hex(Double.NaN) : TsvCases.hex(x);
            });
        }
        c.assertAllPassed(7_000);
    }

    @Test
    void parseMatchesPython() {
        TsvCases c = new TsvCases();
        for (String[] r : TsvCases.read("float_parse.tsv")) {
            boolean nan = !r[1].startsWith("!") && Double.isNaN(TsvCases.dbl(r[1]));
            c.checkOutcome("float(" + r[0] + ")", r, 1, () -> {
                double x = PyFloat.parse(r[0]);
                return nan && x != x ? r[1] : TsvCases.hex(x); // the sign of a nan is not portable
            });
        }
        c.assertAllPassed(2_500);
    }

    @Test
    void examplesFromTheSpec() {
        assertEquals("0.0312", PyFloat.fixed(0.03125, 4));
        assertEquals("2", PyFloat.fixed(2.5, 0));
        assertEquals("1.0312e+05", PyFloat.scientific(103125, 4));
        assertEquals("1e+16", PyFloat.repr(1e16));
        assertEquals("-0.0", PyFloat.str(-0.0));
        assertEquals(2.67, PyFloat.round(2.675, 2));
    }

    @Test
    void printsThousandElementsQuickly() {
        long t0 = System.nanoTime();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            double v = (float) Math.sin(i) * Math.pow(10, i % 13 - 6);
            sb.append(PyFloat.fixed(v, 4)).append(PyFloat.scientific(v, 4)).append(PyFloat.repr(v));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(true, ms < 5_000, "60000 conversions took " + ms + " ms");
    }
}
