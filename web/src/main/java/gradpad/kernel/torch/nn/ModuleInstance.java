package gradpad.kernel.torch.nn;

import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code nn.Module} instance (a built-in layer or a cell-defined subclass): parameters and
 * submodules assigned as attributes are registered in order, as {@code Module.__setattr__} does.
 */
public final class ModuleInstance extends PyInstance {
    final Map<String, Object> parameters = new LinkedHashMap<>();
    final Map<String, Object> modules = new LinkedHashMap<>();
    /** {@code register_buffer}: tensors (or None) saved in state_dict unless non-persistent. */
    final Map<String, Object> buffers = new LinkedHashMap<>();
    final java.util.Set<String> nonPersistent = new java.util.HashSet<>();
    boolean training = true;
    /** Set once {@code nn.Module.__init__} ran, as PyTorch requires before assigning parameters. */
    boolean initialized;

    public ModuleInstance(PyClass cls) {
        super(cls);
    }

    @Override
    public Object getAttr(String name) {
        Object v = dict.get(name);
        if (v != null) {
            return v;
        }
        if (name.equals("training")) {
            return training;
        }
        Object c = cls().lookup(name);
        if (c != null) {
            return Instances.bindIfFunction(c, this);
        }
        v = parameters.get(name);
        if (v != null) {
            return v;
        }
        v = buffers.get(name);
        if (v != null) {
            return v;
        }
        v = modules.get(name);
        if (v != null) {
            return v;
        }
        if (name.equals("__class__")) {
            return cls();
        }
        return null;
    }

    @Override
    public boolean setAttr(String name, Object value) {
        if (name.equals("training")) {
            training = Runtime.truthy(value);
            return true;
        }
        if (value instanceof Tensor && ((Tensor) value).isParameter()) {
            requireInit("parameters");
            dict.remove(name);
            modules.remove(name);
            buffers.remove(name);
            parameters.put(name, value);
            return true;
        }
        if (value instanceof ModuleInstance) {
            requireInit("submodules");
            dict.remove(name);
            parameters.remove(name);
            buffers.remove(name);
            modules.put(name, value);
            return true;
        }
        if (parameters.containsKey(name)) {
            if (value != PyNone.NONE) {
                throw Errors.typeError("cannot assign '" + typeString(value) + "' as parameter '" + name
                        + "' (torch.nn.Parameter or None expected)");
            }
            parameters.put(name, value);
            return true;
        }
        if (modules.containsKey(name)) {
            if (value != PyNone.NONE) {
                throw Errors.typeError("cannot assign '" + typeString(value) + "' as child module '" + name
                        + "' (torch.nn.Module or None expected)");
            }
            modules.put(name, value);
            return true;
        }
        if (buffers.containsKey(name)) {
            if (value != PyNone.NONE && !(value instanceof Tensor)) {
                throw Errors.typeError("cannot assign '" + typeString(value) + "' as buffer '" + name
                        + "' (torch.Tensor or None expected)");
            }
            buffers.put(name, value);
            return true;
        }
        dict.put(name, value);
        return true;
    }

    /**
     * {@code copy.copy} / {@code copy.deepcopy}: a module of the same class whose attributes,
     * parameters and submodules are {@code copier} applied to this one's.
     */
    public ModuleInstance copyWith(java.util.function.UnaryOperator<Object> copier) {
        ModuleInstance m = new ModuleInstance(cls());
        m.training = training;
        m.initialized = initialized;
        for (Map.Entry<String, Object> e : dict.entrySet()) {
            m.dict.put(e.getKey(), copier.apply(e.getValue()));
        }
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            m.parameters.put(e.getKey(), copier.apply(e.getValue()));
        }
        for (Map.Entry<String, Object> e : modules.entrySet()) {
            m.modules.put(e.getKey(), copier.apply(e.getValue()));
        }
        for (Map.Entry<String, Object> e : buffers.entrySet()) {
            m.buffers.put(e.getKey(), copier.apply(e.getValue()));
        }
        m.nonPersistent.addAll(nonPersistent);
        return m;
    }

    /** {@code Module.register_buffer(name, tensor, persistent=True)}. */
    void registerBuffer(String name, Object tensor, boolean persistent) {
        if (name.contains(".")) {
            throw Errors.make(gradpad.kernel.runtime.Types.KEY_ERROR, "buffer name can't contain \".\"");
        }
        if (name.isEmpty()) {
            throw Errors.make(gradpad.kernel.runtime.Types.KEY_ERROR, "buffer name can't be empty string \"\"");
        }
        if ((dict.containsKey(name) || parameters.containsKey(name) || modules.containsKey(name))
                && !buffers.containsKey(name)) {
            throw Errors.make(gradpad.kernel.runtime.Types.KEY_ERROR, "attribute '" + name + "' already exists");
        }
        if (tensor != PyNone.NONE && !(tensor instanceof Tensor)) {
            throw Errors.typeError("cannot assign '" + typeString(tensor) + "' object to buffer '" + name
                    + "' (torch Tensor or None required)");
        }
        buffers.put(name, tensor);
        if (persistent) {
            nonPersistent.remove(name);
        } else {
            nonPersistent.add(name);
        }
    }

    private void requireInit(String what) {
        if (!initialized) {
            throw Errors.attributeError("cannot assign " + (what.equals("parameters") ? "parameters" : "module")
                    + " before Module.__init__() call");
        }
    }

    private static String typeString(Object v) {
        if (v instanceof Tensor) {
            return "torch." + ((Tensor) v).dtype().scalarTypeName() + "Tensor";
        }
        return Runtime.typeName(v);
    }
}
