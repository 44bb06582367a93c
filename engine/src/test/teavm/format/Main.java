package fmtcheck;

import gradpad.engine.DType;
import gradpad.engine.format.*;
import org.teavm.jso.JSExport;

/** Exposes the format package to check.js / index.html: one call per expectation row. */
public final class Main {
    public static void main(String[] args) {
    }

    static long hex(String h) {
        long v = 0;
        for (int i = 0; i < h.length(); i++) {
            v = (v << 4) | Character.digit(h.charAt(i), 16);
        }
        return v;
    }

    static String hexOf(double d) {
        long b = Double.doubleToRawLongBits(d);
        char[] c = new char[16];
        for (int i = 15; i >= 0; i--) {
            c[i] = Character.forDigit((int) (b & 15), 16);
            b >>>= 4;
        }
        return new String(c);
    }

    static double dbl(String h) {
        return Double.longBitsToDouble(hex(h));
    }

    @JSExport
    public static String run(String op, String a, String b, String c, String d, String e) {
        try {
            switch (op) {
                case "repr": return PyFloat.repr(dbl(a));
                case "fixed": return PyFloat.fixed(dbl(a), Integer.parseInt(b));
                case "sci": return PyFloat.scientific(dbl(a), Integer.parseInt(b));
                case "round": {
                    double x = PyFloat.round(dbl(a), Long.parseLong(b));
                    return x != x ? "7ff8000000000000" : hexOf(x);
                }
                case "roundint": return hexOf(PyFloat.roundHalfEven(dbl(a)));
                case "parse": {
                    double x = PyFloat.parse(a);
                    return x != x ? "nan" : hexOf(x);
                }
                case "float": return FormatSpec.formatFloat(dbl(a), b);
                case "int": return FormatSpec.formatInt(Long.parseLong(a), b);
                case "bool": return FormatSpec.formatBool(a.equals("True"), b);
                case "str": return FormatSpec.formatString(a, b);
                case "none": return FormatSpec.formatObject("None", "NoneType", b);
                case "size": return TensorPrinter.sizeRepr(shape(a));
                case "tensor": return tensor(a, b, c, d, e);
                default: return "?";
            }
        } catch (FormatError err) {
            return err.pythonType() + ": " + err.getMessage();
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

    static String tensor(String dtype, String shapeText, String values, String rg, String gf) {
        String[] v = values.isEmpty() ? new String[0] : values.split(" ");
        DType dt = dtype.equals("float32") ? DType.FLOAT32 : dtype.equals("float64") ? DType.FLOAT64
                : dtype.equals("int64") ? DType.INT64 : DType.BOOL;
        double[] ds = new double[v.length];
        float[] scratch = new float[1];
        long[] ls = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            if (dt == DType.FLOAT32) {
                scratch[0] = Float.intBitsToFloat((int) hex(v[i]));
                ds[i] = scratch[0];
            } else if (dt == DType.FLOAT64) {
                ds[i] = dbl(v[i]);
            } else {
                ls[i] = Long.parseLong(v[i]);
                ds[i] = ls[i];
            }
        }
        int[] sh = shape(shapeText);
        PrintableTensor t = new PrintableTensor() {
            public int[] shape() { return sh; }
            public DType dtype() { return dt; }
            public double doubleAt(int i) { return ds[i]; }
            public long longAt(int i) { return ls[i]; }
        };
        return TensorPrinter.repr(t, gf.isEmpty() ? null : gf, rg.equals("True"));
    }
}
