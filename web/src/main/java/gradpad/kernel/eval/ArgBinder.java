package gradpad.kernel.eval;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.syntax.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Binds a call's arguments to a def's parameters, with CPython's TypeError messages. */
final class ArgBinder {
    private ArgBinder() {
    }

    static void bind(PyFunction f, Object[] args, String[] kwNames, Map<String, Object> locals) {
        Ast.Arguments spec = f.args;
        List<Ast.Arg> positional = new ArrayList<>(spec.posonlyargs);
        positional.addAll(spec.args);
        int npos = args.length - kwNames.length;
        int nparams = positional.size();
        Object[] slots = new Object[nparams];
        for (int i = 0; i < npos && i < nparams; i++) {
            slots[i] = args[i];
        }
        if (npos > nparams) {
            if (spec.vararg == null) {
                throw tooMany(f, nparams, npos, kwNames.length);
            }
            Object[] rest = new Object[npos - nparams];
            System.arraycopy(args, nparams, rest, 0, rest.length);
            locals.put(spec.vararg.arg, new PyTuple(rest));
        } else if (spec.vararg != null) {
            locals.put(spec.vararg.arg, PyTuple.EMPTY);
        }
        PyDict extra = spec.kwarg != null ? new PyDict() : null;
        Object[] kwSlots = new Object[spec.kwonlyargs.size()];
        for (int k = 0; k < kwNames.length; k++) {
            String name = kwNames[k];
            Object value = args[npos + k];
            int p = indexOf(positional, name);
            if (p >= spec.posonlyargs.size()) {
                if (slots[p] != null) {
                    throw Errors.typeError(f.qualname + "() got multiple values for argument '" + name + "'");
                }
                slots[p] = value;
                continue;
            }
            int q = indexOf(spec.kwonlyargs, name);
            if (q >= 0) {
                kwSlots[q] = value;
                continue;
            }
            if (extra == null) {
                throw Errors.typeError(f.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            extra.put(name, value);
        }
        int firstDefault = nparams - f.defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < nparams; i++) {
            if (slots[i] == null) {
                if (i >= firstDefault) {
                    slots[i] = f.defaults[i - firstDefault];
                } else {
                    missing.add(positional.get(i).arg);
                }
            }
            locals.put(positional.get(i).arg, slots[i]);
        }
        if (!missing.isEmpty()) {
            throw missing(f, missing, "positional");
        }
        missing.clear();
        for (int i = 0; i < kwSlots.length; i++) {
            Object v = kwSlots[i] != null ? kwSlots[i] : f.kwDefaults[i];
            if (v == null) {
                missing.add(spec.kwonlyargs.get(i).arg);
            }
            locals.put(spec.kwonlyargs.get(i).arg, v);
        }
        if (!missing.isEmpty()) {
            throw missing(f, missing, "keyword-only");
        }
        if (extra != null) {
            locals.put(spec.kwarg.arg, extra);
        }
    }

    private static int indexOf(List<Ast.Arg> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).arg.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static gradpad.kernel.runtime.PyException tooMany(PyFunction f, int nparams, int given, int kwGiven) {
        int required = nparams - f.defaults.length;
        String takes = required == nparams ? String.valueOf(nparams) : "from " + required + " to " + nparams;
        String plural = nparams == 1 && required == nparams ? "" : "s";
        return Errors.typeError(f.qualname + "() takes " + takes + " positional argument" + plural + " but " + given
                + (given == 1 ? " was" : " were") + " given");
    }

    private static gradpad.kernel.runtime.PyException missing(PyFunction f, List<String> names, String kind) {
        return Errors.typeError(f.qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + gradpad.kernel.runtime.Strings.quotedNames(names));
    }
}
