package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import java.util.ArrayList;
import java.util.List;

/** Walks the nested Python lists given to {@code torch.tensor}: shape, dtype inference, filling. */
final class NestedData {
    private NestedData() {
    }

    static int[] shapeOf(Object data) {
        List<Integer> dims = new ArrayList<>();
        Object cur = data;
        while (cur instanceof List) {
            List<?> l = (List<?>) cur;
            dims.add(l.size());
            if (l.isEmpty()) {
                break;
            }
            cur = l.get(0);
        }
        if (cur instanceof Tensor && ((Tensor) cur).dim() > 0) {
            for (int s : ((Tensor) cur).shapeRef()) {
                dims.add(s);
            }
        }
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i);
        }
        check(data, shape, 0);
        return shape;
    }

    private static void check(Object data, int[] shape, int dim) {
        if (dim == shape.length) {
            if (data instanceof List) {
                throw TorchException.value("expected sequence of length " + 0 + " at dim " + dim + " (got "
                        + ((List<?>) data).size() + ")");
            }
            return;
        }
        if (data instanceof Tensor) {
            Tensor t = (Tensor) data;
            if (t.dim() != shape.length - dim) {
                throw TorchException.value("expected sequence of length " + shape[dim] + " at dim " + dim
                        + " (got " + t.numel() + ")");
            }
            return;
        }
        if (!(data instanceof List)) {
            throw TorchException.value("expected sequence of length " + shape[dim] + " at dim " + dim + " (got "
                    + "scalar)");
        }
        List<?> l = (List<?>) data;
        if (l.size() != shape[dim]) {
            throw TorchException.value("expected sequence of length " + shape[dim] + " at dim " + dim + " (got "
                    + l.size() + ")");
        }
        for (Object o : l) {
            check(o, shape, dim + 1);
        }
    }

    static DType inferType(Object data) {
        int[] rank = {0};
        walkTypes(data, rank);
        return rank[0] == 3 ? DType.FLOAT64 : rank[0] == 2 ? gradpad.engine.DefaultDType.get() : rank[0] == 1 ? DType.INT64
                : rank[0] == 0 && !(containsAny(data)) ? gradpad.engine.DefaultDType.get() : DType.BOOL;
    }

    private static boolean containsAny(Object data) {
        if (data instanceof List) {
            for (Object o : (List<?>) data) {
                if (containsAny(o)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** rank: 0 bool, 1 int, 2 float (default dtype), 3 float64 (from a float64 tensor element). */
    private static void walkTypes(Object data, int[] rank) {
        if (data instanceof List) {
            for (Object o : (List<?>) data) {
                walkTypes(o, rank);
            }
        } else if (data instanceof Double) {
            rank[0] = Math.max(rank[0], 2);
        } else if (data instanceof Long) {
            rank[0] = Math.max(rank[0], 1);
        } else if (data instanceof Tensor) {
            DType d = ((Tensor) data).dtype();
            rank[0] = Math.max(rank[0], d == DType.FLOAT64 ? 3 : d == DType.FLOAT32 ? 2 : d == DType.INT64 ? 1 : 0);
        }
    }

    static void fill(Object data, Tensor t, int[] shape) {
        int[] pos = {0};
        fillRec(data, t, pos);
    }

    private static void fillRec(Object data, Tensor t, int[] pos) {
        if (data instanceof List) {
            for (Object o : (List<?>) data) {
                fillRec(o, t, pos);
            }
        } else if (data instanceof Tensor) {
            Tensor src = (Tensor) data;
            for (int i = 0; i < src.numel(); i++) {
                put(t, pos[0]++, src.dtype() == DType.INT64 || src.dtype() == DType.BOOL ? (Object) src.longAt(i)
                        : (Object) src.doubleAt(i));
            }
        } else {
            put(t, pos[0]++, data);
        }
    }

    private static void put(Tensor t, int i, Object v) {
        if (v instanceof Boolean) {
            t.storage().setLong(i, ((Boolean) v) ? 1 : 0);
        } else if (v instanceof Long) {
            t.storage().setLong(i, (Long) v);
        } else if (v instanceof Double) {
            double d = (Double) v;
            if (t.dtype() == DType.INT64 && (d != d || Double.isInfinite(d))) {
                throw TorchException.runtime("value cannot be converted to type int64_t without overflow");
            }
            t.storage().setDouble(i, d);
        } else {
            throw TorchException.type("new(): invalid data type '" + String.valueOf(v) + "'");
        }
    }
}
