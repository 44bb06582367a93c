package gradpad.kernel.runtime;

/**
 * Binds a call's positional and keyword arguments to named parameters, with Python's TypeErrors.
 * Parameters are written as in a def: {@code "x"}, {@code "dim=None"} (optional), {@code "*size"},
 * {@code "*"} (keyword-only follow), {@code "**kwargs"}. Unsupplied optional slots are null.
 */
public final class Signature {
    private final String function;
    private final String[] names;
    private final boolean[] optional;
    private final int varargs;
    private final int kwargs;
    private final int positionalCount;
    /** PyTorch's C++ argument parser words a missing argument differently from Python. */
    private boolean torchStyle;

    public Signature(String function, String... params) {
        this.function = function;
        int n = 0;
        int va = -1;
        int kw = -1;
        int posCount = -1;
        String[] ns = new String[params.length];
        boolean[] opt = new boolean[params.length];
        for (String p : params) {
            if (p.equals("*")) {
                if (posCount < 0) {
                    posCount = n;
                }
                continue;
            }
            if (p.startsWith("**")) {
                kw = n;
                ns[n++] = p.substring(2);
            } else if (p.startsWith("*")) {
                va = n;
                if (posCount < 0) {
                    posCount = n;
                }
                ns[n++] = p.substring(1);
            } else {
                int eq = p.indexOf('=');
                opt[n] = eq >= 0;
                ns[n++] = eq >= 0 ? p.substring(0, eq) : p;
            }
        }
        this.names = java.util.Arrays.copyOf(ns, n);
        this.optional = java.util.Arrays.copyOf(opt, n);
        this.varargs = va;
        this.kwargs = kw;
        this.positionalCount = posCount < 0 ? (kw >= 0 ? kw : n) : posCount;
    }

    /** A signature of a PyTorch builtin: {@code missing 1 required positional arguments: "shape"}. */
    public static Signature torch(String function, String... params) {
        Signature s = new Signature(function, params);
        s.torchStyle = true;
        return s;
    }

    public Object[] bind(Object[] args, String[] kwNames) {
        Object[] slots = new Object[names.length];
        int nkw = kwNames.length;
        int npos = args.length - nkw;
        int p = 0;
        for (; p < npos && p < positionalCount; p++) {
            slots[p] = args[p];
        }
        if (npos > positionalCount) {
            if (varargs < 0) {
                throw Errors.typeError(function + "() takes " + (positionalCount == 1 ? "1 positional argument"
                        : positionalCount + " positional arguments") + " but " + npos + " were given");
            }
            Object[] rest = new Object[npos - positionalCount];
            System.arraycopy(args, positionalCount, rest, 0, rest.length);
            slots[varargs] = new PyTuple(rest);
        } else if (varargs >= 0) {
            slots[varargs] = PyTuple.EMPTY;
        }
        PyDict extra = kwargs >= 0 ? new PyDict() : null;
        for (int k = 0; k < nkw; k++) {
            String name = kwNames[k];
            Object value = args[npos + k];
            int slot = indexOf(name);
            if (slot < 0) {
                slot = indexOf(numpyAlias(name));
            }
            if (slot < 0 || slot == varargs || slot == kwargs) {
                if (extra == null) {
                    throw Errors.typeError(function + "() got an unexpected keyword argument '" + name + "'");
                }
                extra.put(name, value);
                continue;
            }
            if (slots[slot] != null) {
                throw Errors.typeError(function + "() got multiple values for argument '" + name + "'");
            }
            slots[slot] = value;
        }
        if (kwargs >= 0) {
            slots[kwargs] = extra;
        }
        java.util.List<String> missing = new java.util.ArrayList<>();
        boolean keywordOnly = false;
        for (int i = 0; i < names.length; i++) {
            if (slots[i] == null && !optional[i] && i != varargs && i != kwargs) {
                if (torchStyle) { // PyTorch's parser names the first one only
                    throw Errors.typeError(function + "() missing 1 required positional arguments: \"" + names[i]
                            + "\"");
                }
                if (!missing.isEmpty() && keywordOnly != (i >= positionalCount)) {
                    break; // CPython reports the positional ones first
                }
                keywordOnly = i >= positionalCount;
                missing.add(names[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw Errors.typeError(function + "() missing " + missing.size() + " required "
                    + (keywordOnly ? "keyword-only" : "positional") + " argument" + (missing.size() > 1 ? "s" : "")
                    + ": " + Strings.quotedNames(missing));
        }
        return slots;
    }

    /**
     * PyTorch's argument parser also takes NumPy's names for two parameters: {@code axis} for
     * {@code dim} and {@code keepdims} for {@code keepdim} ({@code P.sum(1, keepdims=True)}).
     * Only builtins with those parameters (torch's) can match.
     */
    private static String numpyAlias(String name) {
        switch (name) {
            case "axis": return "dim";
            case "keepdims": return "keepdim";
            default: return name;
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public static final String[] NO_KW = new String[0];
}
