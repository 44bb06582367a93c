package gradpad.kernel.torch.data;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.torch.Convert;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code default_collate}: a batch of samples into tensors, as torch/utils/data/_utils/collate.py
 * does it: tensors are stacked, Python floats become a float64 tensor and ints an int64 (bools a
 * bool) tensor, strings stay a list, dicts and sequences are collated field by field (a tuple
 * sample gives a list of fields).
 */
final class Collate {
    private Collate() {
    }

    static Object collate(List<Object> batch, PyModule torch) {
        Object elem = batch.get(0);
        if (elem instanceof Tensor) {
            return Runtime.call(torch.getAttr("stack"), new PyList(new ArrayList<>(batch)), 0L);
        }
        if (elem instanceof Double) {
            return Runtime.call(torch.getAttr("tensor"), new Object[] {new PyList(new ArrayList<>(batch)),
                DType.FLOAT64}, new String[] {"dtype"});
        }
        if (elem instanceof Long || elem instanceof Boolean) {
            return Runtime.call(torch.getAttr("tensor"), new PyList(new ArrayList<>(batch)));
        }
        if (elem instanceof String) {
            return new PyList(new ArrayList<>(batch));
        }
        if (elem instanceof PyDict) {
            PyDict out = new PyDict();
            for (Object key : ((PyDict) elem).keys()) {
                List<Object> field = new ArrayList<>();
                for (Object sample : batch) {
                    field.add(Runtime.getItem(sample, key));
                }
                out.put(key, collate(field, torch));
            }
            return out;
        }
        if (elem instanceof PyTuple || elem instanceof PyList) {
            int width = Convert.sequence(elem).length;
            List<Object[]> rows = new ArrayList<>();
            for (Object sample : batch) {
                Object[] row = Convert.sequence(sample);
                if (row.length != width) {
                    throw Errors.runtimeError("each element in list of batch should be of equal size");
                }
                rows.add(row);
            }
            List<Object> fields = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                List<Object> field = new ArrayList<>();
                for (Object[] row : rows) {
                    field.add(row[j]);
                }
                fields.add(collate(field, torch));
            }
            return new PyList(fields);
        }
        throw Errors.typeError("default_collate: batch must contain tensors, numpy arrays, numbers, dicts or "
                + "lists; found " + Runtime.typeOf(elem));
    }
}
