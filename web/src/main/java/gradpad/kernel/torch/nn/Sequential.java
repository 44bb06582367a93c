package gradpad.kernel.torch.nn;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PySlice;
import gradpad.kernel.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;

/** {@code nn.Sequential(*modules)}: children named 0, 1, 2... applied in order. */
final class Sequential {
    private Sequential() {
    }

    static PyClass create() {
        PyClass c = ModuleBase.layer("Sequential", "container");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            for (int i = 1; i < a.length - kw.length; i++) {
                if (!(a[i] instanceof ModuleInstance)) {
                    throw Errors.typeError(Runtime.typeName(a[i]) + " is not a Module subclass");
                }
                m.modules.put(String.valueOf(i - 1), a[i]);
            }
            return PyNone.NONE;
        });
        ModuleBase.method(c.dict, "forward", (a, kw) -> {
            Object x = a[1];
            for (Object mod : ModuleBase.self(a).modules.values()) {
                x = Runtime.call(mod, x);
            }
            return x;
        });
        ModuleBase.method(c.dict, "__len__", (a, kw) -> (long) ModuleBase.self(a).modules.size());
        ModuleBase.method(c.dict, "__iter__", (a, kw) ->
                PyIterator.overList(new ArrayList<>(ModuleBase.self(a).modules.values()), "iterator"));
        ModuleBase.method(c.dict, "__getitem__", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            List<Object> mods = new ArrayList<>(m.modules.values());
            if (a[1] instanceof PySlice) {
                throw Errors.make(gradpad.kernel.runtime.Types.NOT_IMPLEMENTED_ERROR,
                        "gradpad: slicing a Sequential is not supported");
            }
            long i = Runtime.toIndex(a[1]);
            long j = i < 0 ? i + mods.size() : i;
            if (j < 0 || j >= mods.size()) {
                throw Errors.indexError("index " + i + " is out of range");
            }
            return mods.get((int) j);
        });
        ModuleBase.method(c.dict, "append", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            m.modules.put(String.valueOf(m.modules.size()), a[1]);
            return m;
        });
        return c;
    }
}
