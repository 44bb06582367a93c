package gradpad.kernel.modules;

import gradpad.kernel.builtins.Methods;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.CustomRepr;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code collections.namedtuple}: a tuple class whose items are also attributes, printed
 * {@code Point(x=1, y=2)}. Cell classes deriving from a named tuple are not supported.
 */
public final class NamedTuples {
    private static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield"};

    private NamedTuples() {
    }

    /** One named tuple: its class holds the field names. */
    static final class Value extends PyTuple implements PyObj, CustomRepr {
        private final PyClass cls;
        private final String[] fields;

        Value(PyClass cls, String[] fields, Object[] items) {
            super(items);
            this.cls = cls;
            this.fields = fields;
        }

        @Override
        public PyClass cls() {
            return cls;
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder(cls.name()).append('(');
            for (int i = 0; i < fields.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(Runtime.repr(get(i)));
            }
            return sb.append(')').toString();
        }

        @Override
        public Object getAttr(String name) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].equals(name)) {
                    return get(i);
                }
            }
            switch (name) {
                case "__class__":
                    return cls;
                case "_asdict":
                    return new Builtin(name, this, (a, kw) -> {
                        PyDict d = new PyDict();
                        for (int i = 0; i < fields.length; i++) {
                            d.put(fields[i], get(i));
                        }
                        return d;
                    });
                case "_replace":
                    return new Builtin(name, this, (a, kw) -> replace(a, kw));
                default:
                    Object v = cls.lookup(name);
                    return v != null ? v : Methods.lookup(this, name);
            }
        }

        private Object replace(Object[] a, String[] kw) {
            if (a.length > kw.length) {
                throw Errors.typeError(cls.name() + "._replace() takes 1 positional argument but "
                        + (a.length - kw.length + 1) + " were given");
            }
            Object[] items = items().clone();
            List<String> unknown = new ArrayList<>();
            for (int k = 0; k < kw.length; k++) {
                int i = indexOf(fields, kw[k]);
                if (i < 0) {
                    unknown.add(kw[k]);
                } else {
                    items[i] = a[k];
                }
            }
            if (!unknown.isEmpty()) {
                List<Object> names = new ArrayList<>(unknown);
                throw Errors.valueError("Got unexpected field names: " + Runtime.repr(new PyList(names)));
            }
            return new Value(cls, fields, items);
        }

        @Override
        public boolean setAttr(String name, Object value) {
            throw Errors.attributeError(indexOf(fields, name) >= 0 ? "can't set attribute"
                    : "'" + cls.name() + "' object has no attribute '" + name + "'");
        }
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** {@code namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)}. */
    static Object namedtuple(Object[] a, String[] kw) {
        Object[] b = new Signature("namedtuple", "typename", "field_names", "*", "rename=False", "defaults=None",
                "module=None").bind(a, kw);
        String typename = Runtime.str(b[0]);
        List<String> names = new ArrayList<>();
        if (b[1] instanceof String) {
            StringBuilder part = new StringBuilder(); // field_names.replace(',', ' ').split(), without regex
            String text = (String) b[1] + " ";
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ',' || Character.isWhitespace(c)) {
                    if (part.length() > 0) {
                        names.add(part.toString());
                        part.setLength(0);
                    }
                } else {
                    part.append(c);
                }
            }
        } else {
            PyIterator it = Runtime.iter(b[1]);
            while (it.hasNext()) {
                names.add(Runtime.str(it.next()));
            }
        }
        List<String> seen = new ArrayList<>();
        for (String n : names) {
            if (!isIdentifier(n) || !isIdentifier(typename)) {
                throw Errors.valueError("Type names and field names must be valid identifiers: "
                        + Runtime.repr(isIdentifier(typename) ? n : typename));
            }
            for (String k : KEYWORDS) {
                if (k.equals(n)) {
                    throw Errors.valueError("Type names and field names cannot be a keyword: " + Runtime.repr(n));
                }
            }
            if (n.startsWith("_")) {
                throw Errors.valueError("Field names cannot start with an underscore: " + Runtime.repr(n));
            }
            if (seen.contains(n)) {
                throw Errors.valueError("Encountered duplicate field name: " + Runtime.repr(n));
            }
            seen.add(n);
        }
        String[] fields = names.toArray(new String[0]);
        Object[] defaults = b[3] == null || b[3] == PyNone.NONE ? new Object[0] : Combinatorics.pool(b[3]);
        if (defaults.length > fields.length) {
            throw Errors.typeError("Got more default values than field names");
        }
        Object module = b[4] == null || b[4] == PyNone.NONE ? "__main__" : b[4];
        return make(typename, Runtime.str(module), fields, defaults);
    }

    /** A named tuple class; also used for {@code CacheInfo}. */
    static PyClass make(String typename, String module, String[] fields, Object[] defaults) {
        PyClass cls = new PyClass(typename, module, new PyClass[] {Types.TUPLE}, null);
        int firstDefault = fields.length - defaults.length;
        cls.setConstructor((a, kw) -> {
            int npos = a.length - kw.length;
            if (npos > fields.length) {
                String takes = defaults.length == 0 ? String.valueOf(fields.length + 1)
                        : "from " + (firstDefault + 1) + " to " + (fields.length + 1);
                throw Errors.typeError(typename + ".__new__() takes " + takes + " positional arguments but "
                        + (npos + 1) + " were given");
            }
            Object[] items = new Object[fields.length];
            System.arraycopy(a, 0, items, 0, npos);
            for (int k = 0; k < kw.length; k++) {
                int i = indexOf(fields, kw[k]);
                if (i < 0) {
                    throw Errors.typeError(typename + ".__new__() got an unexpected keyword argument '" + kw[k] + "'");
                }
                if (items[i] != null) {
                    throw Errors.typeError(typename + ".__new__() got multiple values for argument '" + kw[k] + "'");
                }
                items[i] = a[npos + k];
            }
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                if (items[i] == null && i >= firstDefault) {
                    items[i] = defaults[i - firstDefault];
                } else if (items[i] == null) {
                    missing.add("'" + fields[i] + "'");
                }
            }
            if (!missing.isEmpty()) {
                throw Errors.typeError(typename + ".__new__() missing " + missing.size() + " required positional argument"
                        + (missing.size() == 1 ? "" : "s") + ": " + joinNames(missing));
            }
            return new Value(cls, fields, items);
        });
        Object[] fieldObjects = new Object[fields.length];
        System.arraycopy(fields, 0, fieldObjects, 0, fields.length);
        cls.dict.put("_fields", new PyTuple(fieldObjects));
        PyDict fieldDefaults = new PyDict();
        for (int i = 0; i < defaults.length; i++) {
            fieldDefaults.put(fields[firstDefault + i], defaults[i]);
        }
        cls.dict.put("_field_defaults", fieldDefaults);
        cls.dict.put("_make", new Builtin("_make", (a, kw) -> {
            Object[] items = Combinatorics.pool(new Signature("_make", "iterable").bind(a, kw)[0]);
            if (items.length != fields.length) {
                throw Errors.typeError("Expected " + fields.length + " arguments, got " + items.length);
            }
            return new Value(cls, fields, items);
        }));
        return cls;
    }

    /** Python's wording: {@code 'x'}, {@code 'x' and 'y'}, {@code 'x', 'y', and 'z'}. */
    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "" : i == names.size() - 1 ? ", and " : ", ").append(names.get(i));
        }
        return sb.toString();
    }

    /** Builds a value of a class made by {@link #make} from its items. */
    static Object value(PyClass cls, Object... items) {
        return cls.call(items, Signature.NO_KW);
    }
}
