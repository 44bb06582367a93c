package gradpad.engine.cases;

import gradpad.engine.DType;
import gradpad.engine.IndexItem;
import gradpad.engine.Tensor;
import gradpad.engine.ValuesIndices;
import gradpad.engine.format.PyFloat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates parsed case statements against gradpad, and prints values the way
 * gen_engine_cases.py's {@code fmt} prints the Python ones.
 */
final class CaseRunner {
    /** The value of {@code ...}. */
    static final Object ELLIPSIS = new Object();

    private final Map<String, Object> vars = new HashMap<>();

    /** Runs one statement; returns its value (null for an assignment or a None result). */
    Object run(CaseLanguage.Statement st) {
        Object v = eval(st.expr());
        List<String> targets = st.targets();
        if (targets.isEmpty()) {
            return v;
        }
        if (targets.size() == 1) {
            vars.put(targets.get(0), v);
        } else {
            for (int i = 0; i < targets.size(); i++) {
                vars.put(targets.get(i), v instanceof ValuesIndices ? ((ValuesIndices) v).get(i) : ((List<?>) v).get(i));
            }
        }
        return null;
    }

    Object eval(CaseLanguage.Expr e) {
        if (e instanceof CaseLanguage.Num) {
            return ((CaseLanguage.Num) e).value();
        }
        if (e instanceof CaseLanguage.Str) {
            return ((CaseLanguage.Str) e).value();
        }
        if (e instanceof CaseLanguage.EllipsisLit) {
            return ELLIPSIS;
        }
        if (e instanceof CaseLanguage.Neg) {
            Object v = eval(((CaseLanguage.Neg) e).operand());
            // -1.0 * v, not -v: TeaVM Wasm turns -(+0.0) into +0.0
            return v instanceof Long ? (Object) (-(Long) v) : (Object) (-1.0 * (Double) v);
        }
        if (e instanceof CaseLanguage.ListLit) {
            List<Object> out = new ArrayList<>();
            for (CaseLanguage.Expr item : ((CaseLanguage.ListLit) e).items()) {
                out.add(eval(item));
            }
            return out;
        }
        if (e instanceof CaseLanguage.Name) {
            return name(((CaseLanguage.Name) e).id());
        }
        CaseLanguage.Call c = (CaseLanguage.Call) e;
        List<Object> args = new ArrayList<>();
        for (CaseLanguage.Expr a : c.args()) {
            args.add(eval(a));
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (Map.Entry<String, CaseLanguage.Expr> kv : c.kwargs().entrySet()) {
            kwargs.put(kv.getKey(), eval(kv.getValue()));
        }
        if (c.fn().equals("slice")) {
            return IndexItem.slice(optLong(args.get(0)), optLong(args.get(1)), optLong(args.get(2)));
        }
        return CaseBuiltins.call(c.fn(), new CaseBuiltins.Args(args, kwargs));
    }

    private Object name(String id) {
        if (vars.containsKey(id)) {
            return vars.get(id);
        }
        switch (id) {
            case "None": return null;
            case "True": return Boolean.TRUE;
            case "False": return Boolean.FALSE;
            case "inf": return Double.POSITIVE_INFINITY;
            case "nan": return Double.NaN;
            case "float32": return DType.FLOAT32;
            case "float64": return DType.FLOAT64;
            case "int64": return DType.INT64;
            case "bool_": return DType.BOOL;
            default: throw new IllegalArgumentException("name '" + id + "' is not defined");
        }
    }

    private static Long optLong(Object o) {
        return o == null ? null : (Long) o;
    }

    /** gen_engine_cases.py's fmt. */
    static String fmt(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        }
        if (v instanceof Double) {
            return PyFloat.repr((Double) v);
        }
        if (v instanceof List) {
            StringBuilder sb = new StringBuilder("[");
            List<?> l = (List<?>) v;
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(fmt(l.get(i)));
            }
            return sb.append(']').toString();
        }
        return v.toString();
    }

    /** gen_engine_cases.py's bits: dtype, shape, then each element exactly. */
    static String bits(Tensor t) {
        StringBuilder sb = new StringBuilder(t.dtype().pythonName()).append('[');
        int[] shape = t.shapeRef();
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        sb.append("] ");
        int n = t.numel();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            switch (t.dtype()) {
                case FLOAT32:
                    sb.append(hex(Float.floatToRawIntBits((float) t.doubleAt(i)) & 0xffffffffL, 8));
                    break;
                case FLOAT64:
                    sb.append(hex(Double.doubleToRawLongBits(t.doubleAt(i)), 16));
                    break;
                default:
                    sb.append(t.longAt(i));
            }
        }
        return sb.toString().trim();
    }

    private static String hex(long v, int digits) {
        String h = Long.toHexString(v);
        StringBuilder sb = new StringBuilder();
        for (int i = h.length(); i < digits; i++) {
            sb.append('0');
        }
        return sb.append(h).toString();
    }
}
