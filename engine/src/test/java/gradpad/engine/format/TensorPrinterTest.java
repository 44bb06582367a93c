package gradpad.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.engine.DType;
import org.junit.jupiter.api.Test;

/** TensorPrinter against print_ref.py (checked against torch) via gen_format_cases.py. */
class TensorPrinterTest {
    /** A tensor as the printer sees it: shape, dtype, row-major values. */
    static final class ArrayTensor implements PrintableTensor {
        final int[] shape;
        final DType dtype;
        final double[] doubles;
        final long[] longs;

        ArrayTensor(int[] shape, DType dtype, double[] doubles, long[] longs) {
            this.shape = shape;
            this.dtype = dtype;
            this.doubles = doubles;
            this.longs = longs;
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        @Override
        public DType dtype() {
            return dtype;
        }

        @Override
        public double doubleAt(int index) {
            return doubles != null ? doubles[index] : longs[index];
        }

        @Override
        public long longAt(int index) {
            return longs != null ? longs[index] : (long) doubles[index];
        }
    }

    static int[] shape(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] p = s.split(",");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i]);
        }
        return out;
    }

    static ArrayTensor tensor(String dtype, String shape, String values) {
        String[] v = values.isEmpty() ? new String[0] : values.split(" ");
        DType dt;
        switch (dtype) {
            case "float32": dt = DType.FLOAT32; break;
            case "float64": dt = DType.FLOAT64; break;
            case "int64": dt = DType.INT64; break;
            default: dt = DType.BOOL; break;
        }
        if (dt.isFloatingPoint()) {
            double[] d = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                d[i] = dt == DType.FLOAT32
                        ? Float.intBitsToFloat((int) Long.parseLong(v[i], 16))
                        : TsvCases.dbl(v[i]);
            }
            return new ArrayTensor(shape(shape), dt, d, null);
        }
        long[] l = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            l[i] = Long.parseLong(v[i]);
        }
        return new ArrayTensor(shape(shape), dt, null, l);
    }

    @Test
    void reprMatchesTorch() {
        TsvCases c = new TsvCases();
        for (String[] r : TsvCases.read("tensor_repr.tsv")) {
            ArrayTensor t = tensor(r[0], r[1], r[2]);
            String gradFn = r[4].isEmpty() ? null : r[4];
            c.check(r[0] + " shape (" + r[1] + ")", r[5],
                    TensorPrinter.repr(t, gradFn, r[3].equals("True")));
        }
        c.assertAllPassed(1_200);
    }

    @Test
    void sizeReprMatchesTorch() {
        TsvCases c = new TsvCases();
        for (String[] r : TsvCases.read("size_repr.tsv")) {
            c.check("size " + r[0], r[1], TensorPrinter.sizeRepr(shape(r[0])));
        }
        c.assertAllPassed(7);
    }

    @Test
    void suffixWrapsPastColumn80() {
        double[] v = new double[8];
        for (int i = 0; i < 8; i++) {
            v[i] = (float) (i / 7.0);
        }
        assertEquals("tensor([0.0000, 0.1429, 0.2857, 0.4286, 0.5714, 0.7143, 0.8571, 1.0000],\n"
                + "       requires_grad=True)",
                TensorPrinter.repr(new ArrayTensor(new int[] {8}, DType.FLOAT32, v, null), null, true));
    }

    @Test
    void printsAMillionElementTensorQuickly() {
        double[] v = new double[1_000_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.sin(i);
        }
        ArrayTensor t = new ArrayTensor(new int[] {1000, 1000}, DType.FLOAT32, v, null);
        long t0 = System.nanoTime();
        String s = TensorPrinter.repr(t, null, false);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(s.contains("..."), s);
        assertTrue(ms < 2_000, "took " + ms + " ms");
    }
}
