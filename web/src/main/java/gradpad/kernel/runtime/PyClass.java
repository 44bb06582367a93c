package gradpad.kernel.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: built-in types ({@code int}, {@code torch.Tensor}), exception classes and
 * classes defined in a cell. Calling it constructs an instance.
 */
public class PyClass implements PyObj, PyCallable {
    private final String name;
    private final String module;
    private final PyClass[] bases;
    private final List<PyClass> mro;
    public final Map<String, Object> dict = new LinkedHashMap<>();
    /** Built-in constructor; null for classes defined in Python (they create PyInstance). */
    private PyCallable constructor;

    public PyClass(String name, String module, PyClass[] bases, PyCallable constructor) {
        this.name = name;
        this.module = module;
        this.bases = bases;
        this.constructor = constructor;
        this.mro = computeMro();
    }

    /** C3 linearisation, as CPython: TypeError when the bases admit no consistent order. */
    private List<PyClass> computeMro() {
        List<List<PyClass>> seqs = new ArrayList<>();
        for (PyClass b : bases) {
            seqs.add(new ArrayList<>(b.mro));
        }
        List<PyClass> direct = new ArrayList<>();
        for (PyClass b : bases) {
            direct.add(b);
        }
        seqs.add(direct);
        List<PyClass> out = new ArrayList<>();
        out.add(this);
        while (true) {
            boolean any = false;
            for (List<PyClass> s : seqs) {
                any |= !s.isEmpty();
            }
            if (!any) {
                return out;
            }
            PyClass next = null;
            for (List<PyClass> s : seqs) {
                if (s.isEmpty()) {
                    continue;
                }
                PyClass head = s.get(0);
                boolean inTail = false;
                for (List<PyClass> t : seqs) {
                    if (t.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                StringBuilder names = new StringBuilder();
                List<PyClass> seen = new ArrayList<>();
                for (List<PyClass> s : seqs) {
                    if (!s.isEmpty() && !seen.contains(s.get(0))) {
                        seen.add(s.get(0));
                        names.append(names.length() == 0 ? "" : ", ").append(s.get(0).name);
                    }
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            out.add(next);
            for (List<PyClass> s : seqs) {
                if (!s.isEmpty() && s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }

    public String name() {
        return name;
    }

    public String module() {
        return module;
    }

    public PyClass[] bases() {
        return bases;
    }

    public List<PyClass> mro() {
        return mro;
    }

    public void setConstructor(PyCallable constructor) {
        this.constructor = constructor;
    }

    public PyCallable constructor() {
        return constructor;
    }

    public boolean isSubclassOf(PyClass other) {
        return mro.contains(other);
    }

    /** Looks a name up along the MRO. */
    public Object lookup(String attr) {
        for (PyClass c : mro) {
            Object v = c.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** {@code <class 'torch.Tensor'>}, {@code <class '__main__.Net'>}. */
    public String qualifiedName() {
        return module == null || module.equals("builtins") ? name : module + "." + name;
    }

    @Override
    public PyClass cls() {
        return Types.TYPE;
    }

    @Override
    public Object getAttr(String attr) {
        if (attr.equals("__name__")) {
            return name;
        }
        if (attr.equals("__module__")) {
            return module == null ? "builtins" : module;
        }
        if (attr.equals("__qualname__")) {
            return name;
        }
        if (attr.equals("__bases__")) {
            return new PyTuple(bases.clone());
        }
        if (attr.equals("__mro__")) {
            return new PyTuple(mro.toArray());
        }
        if (attr.equals("__doc__")) {
            Object d = dict.get("__doc__");
            return d == null ? PyNone.NONE : d;
        }
        Object v = lookup(attr);
        if (v == null && module != null && module.equals("builtins")) {
            return gradpad.kernel.builtins.Methods.unbound(this, attr);
        }
        if (v instanceof Instances.StaticMethod) {
            return ((Instances.StaticMethod) v).function;
        }
        if (v instanceof Instances.ClassMethod) {
            return new BoundMethod(this, (PyCallable) ((Instances.ClassMethod) v).function);
        }
        return v;
    }

    @Override
    public boolean setAttr(String attr, Object value) {
        dict.put(attr, value);
        return true;
    }

    @Override
    public Object call(Object[] args, String[] kwNames) {
        if (constructor != null) {
            return constructor.call(args, kwNames);
        }
        return Instances.construct(this, args, kwNames);
    }

    @Override
    public String toString() {
        return "<class '" + qualifiedName() + "'>";
    }
}
