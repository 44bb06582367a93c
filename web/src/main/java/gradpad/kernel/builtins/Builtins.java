package gradpad.kernel.builtins;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Python's {@code builtins} namespace. */
public final class Builtins {
    private Builtins() {
    }

    public static Map<String, Object> create(Consumer<String> stdout) {
        Map<String, Object> b = new HashMap<>();
        BuiltinTypes.register(b);
        BuiltinFunctions.register(b);
        BuiltinFunctions.put(b, "print", (a, kw) -> {
            Object[] s = new Signature("print", "*values", "sep=None", "end=None", "file=None", "flush=False")
                    .bind(a, kw);
            String sep = textArg(s[1], " ", "sep");
            String end = textArg(s[2], "\n", "end");
            Object[] values = ((gradpad.kernel.runtime.PyTuple) s[0]).items();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Runtime.str(values[i]));
            }
            sb.append(end);
            stdout.accept(sb.toString());
            return PyNone.NONE;
        });
        return b;
    }

    private static String textArg(Object o, String dflt, String name) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        if (!(o instanceof String)) {
            throw Errors.typeError(name + " must be None or a string, not " + Runtime.typeName(o));
        }
        return (String) o;
    }
}
