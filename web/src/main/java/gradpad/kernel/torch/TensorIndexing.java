package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.IndexItem;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.InPlace;
import gradpad.engine.ops.Indexing;
import gradpad.kernel.runtime.Ellipsis;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PySlice;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;

/** Python subscripts on tensors ({@code x[0]}, {@code x[:, 1:]}, {@code x[mask]}) as engine index items. */
final class TensorIndexing {
    private TensorIndexing() {
    }

    static Object get(Tensor t, Object key) {
        return Indexing.index(t, items(key));
    }

    static void set(Tensor t, Object key, Object value) {
        Tensor v = Convert.operand(value);
        if (v == null) {
            if (value instanceof PyList || value instanceof PyTuple) {
                v = Creation.tensor(Convert.nested(value), t.dtype());
            } else {
                throw Errors.typeError("can't assign a " + Runtime.typeName(value) + " to a "
                        + "torch." + t.dtype().scalarTypeName() + "Tensor");
            }
        }
        InPlace.setItem(t, items(key), v);
    }

    private static List<IndexItem> items(Object key) {
        List<IndexItem> out = new ArrayList<>();
        if (key instanceof PyTuple && !(key instanceof TorchSize)) {
            for (Object k : ((PyTuple) key).items()) {
                out.add(item(k));
            }
        } else {
            out.add(item(key));
        }
        return out;
    }

    private static IndexItem item(Object k) {
        if (k instanceof Long) {
            return IndexItem.integer((Long) k);
        }
        if (k instanceof Boolean) {
            return IndexItem.tensor(Tensor.of(new boolean[] {(Boolean) k}));
        }
        if (k instanceof PySlice) {
            PySlice s = (PySlice) k;
            return IndexItem.slice(bound(s.start), bound(s.stop), bound(s.step));
        }
        if (k == PyNone.NONE) {
            return IndexItem.none();
        }
        if (k == Ellipsis.INSTANCE) {
            return IndexItem.ellipsis();
        }
        if (k instanceof Tensor) {
            Tensor t = (Tensor) k;
            if (t.dim() == 0 && t.dtype() == DType.INT64) {
                return IndexItem.integer(t.itemLong());
            }
            return IndexItem.tensor(t);
        }
        if (k instanceof PyList || k instanceof TorchSize) {
            return IndexItem.tensor(Creation.tensor(Convert.nested(k), null));
        }
        if (k instanceof Double) {
            throw Errors.indexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables "
                    + "are valid indices (got float)");
        }
        return IndexItem.integer(Runtime.toIndex(k));
    }

    private static Long bound(Object o) {
        return o == PyNone.NONE ? null : Runtime.toIndex(o);
    }
}
