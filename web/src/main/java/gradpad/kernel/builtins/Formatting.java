package gradpad.kernel.builtins;

import gradpad.engine.Tensor;
import gradpad.engine.format.FormatError;
import gradpad.engine.format.FormatSpec;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;

/** Python's {@code format(value, spec)}, behind f-strings, {@code format()} and {@code str.format}. */
public final class Formatting {
    private Formatting() {
    }

    public static String format(Object v, String spec) {
        try {
            if (v instanceof Double) {
                return FormatSpec.formatFloat((Double) v, spec);
            }
            if (v instanceof Boolean) {
                return FormatSpec.formatBool((Boolean) v, spec);
            }
            if (v instanceof Long) {
                return FormatSpec.formatInt((Long) v, spec);
            }
            if (v instanceof String) {
                return FormatSpec.formatString((String) v, spec);
            }
            if (v instanceof Tensor) {
                // Tensor.__format__: a 0-d tensor formats its Python scalar; others only with an empty spec.
                Tensor t = (Tensor) v;
                if (t.dim() == 0) {
                    return format(gradpad.kernel.torch.TorchObjects.item(t), spec);
                }
                if (spec.isEmpty()) {
                    return Runtime.str(v);
                }
                throw Errors.typeError("unsupported format string passed to Tensor.__format__");
            }
            if (v instanceof PyInstance) {
                Object r = Instances.callDunder((PyInstance) v, "__format__", spec);
                if (r instanceof String) {
                    return (String) r;
                }
            }
            return FormatSpec.formatObject(Runtime.str(v), Runtime.typeName(v), spec);
        } catch (FormatError e) {
            throw Errors.make(Types.exceptionByName(e.pythonType()), e.getMessage());
        }
    }
}
