package gradpad.kernel.torch;

import gradpad.engine.Tensor;
import gradpad.kernel.modules.CopyModule;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.save(obj, 'model.pth')} / {@code torch.load('model.pth')} for a page without a file
 * system: files live in the kernel's memory under their path until it restarts. A saved object is
 * a snapshot (tensors copied, detached, keeping requires_grad), and each load returns a new copy,
 * so later training does not change what was saved, as with a real file.
 */
final class SaveLoad {
    private SaveLoad() {
    }

    static void register(PyModule torch) {
        Map<String, Object> files = new HashMap<>();
        torch.function("save", (a, kw) -> {
            Object[] b = new Signature("save", "obj", "f", "pickle_module=None", "pickle_protocol=2",
                    "_use_new_zipfile_serialization=True", "_disable_byteorder_record=False").bind(a, kw);
            files.put(path(b[1], "save"), snapshot(b[0]));
            return PyNone.NONE;
        });
        torch.function("load", (a, kw) -> {
            Object[] b = new Signature("load", "f", "map_location=None", "pickle_module=None", "*",
                    "weights_only=None", "mmap=None", "**pickle_load_args").bind(a, kw);
            String path = path(b[0], "load");
            if (!files.containsKey(path)) {
                throw Errors.make(Types.FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory: "
                        + Runtime.repr(path));
            }
            return snapshot(files.get(path));
        });
    }

    private static String path(Object f, String fn) {
        if (!(f instanceof String)) {
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: torch." + fn + " keeps files in memory by "
                    + "name; pass a file name (str), not " + Runtime.typeName(f));
        }
        return (String) f;
    }

    /** A copy that shares nothing mutable with x: tensors (leaf or not) become detached clones. */
    private static Object snapshot(Object x) {
        if (x instanceof Tensor) {
            Tensor t = (Tensor) x;
            Tensor fresh = gradpad.engine.ops.Conversion.cloneTensor(t.detach());
            return t.isParameter() ? fresh.asParameter(t.requiresGrad()) : fresh.withRequiresGrad(t.requiresGrad());
        }
        if (x instanceof PyList) {
            List<Object> items = new ArrayList<>();
            for (Object o : ((PyList) x).items) {
                items.add(snapshot(o));
            }
            return new PyList(items);
        }
        if (x instanceof PyTuple && !(x instanceof TorchSize)) {
            Object[] items = ((PyTuple) x).items().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = snapshot(items[i]);
            }
            return new PyTuple(items);
        }
        if (x instanceof PyDict && x.getClass() == PyDict.class) {
            PyDict d = new PyDict();
            d.ordered = ((PyDict) x).ordered;
            for (Object[] e : ((PyDict) x).entries()) {
                d.put(e[0], snapshot(e[1]));
            }
            return d;
        }
        return CopyModule.deepCopy(x);
    }
}
