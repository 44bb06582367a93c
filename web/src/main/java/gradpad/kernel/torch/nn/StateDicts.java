package gradpad.kernel.torch.nn;

import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.ops.InPlace;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.TorchSize;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code module.load_state_dict(state_dict, strict=True)}, as torch.nn.Module's: each parameter
 * takes its entry's values (copied without recording a graph); missing and unexpected keys and
 * shape mismatches are reported in PyTorch's words.
 */
final class StateDicts {
    private StateDicts() {
    }

    static Object load(Object[] a, String[] kw) {
        Object[] b = new Signature("Module.load_state_dict", "self", "state_dict", "strict=True", "assign=False").bind(a, kw);
        ModuleInstance self = ModuleBase.self(a);
        if (!(b[1] instanceof PyDict)) {
            throw Errors.typeError("Expected state_dict to be dict-like, got " + Runtime.typeOf(b[1]) + ".");
        }
        PyDict source = (PyDict) b[1];
        boolean strict = b[2] == null || Runtime.truthy(b[2]);
        List<String> missing = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Object> known = new ArrayList<>();
        boolean previous = GradMode.set(false);
        try {
            for (Object[] np : ModuleBase.stateEntries(self)) {
                String key = (String) np[0];
                known.add(key);
                if (!source.containsKey(key)) {
                    missing.add(key);
                    continue;
                }
                Object value = source.get(key);
                Tensor param = (Tensor) np[1];
                if (!(value instanceof Tensor)) {
                    errors.add("While copying the parameter named \"" + key + "\", expected torch.Tensor or Tensor-like "
                            + "object from checkpoint but received " + Runtime.typeOf(value));
                    continue;
                }
                Tensor input = (Tensor) value;
                if (!java.util.Arrays.equals(input.shapeRef(), param.shapeRef())) {
                    errors.add("size mismatch for " + key + ": copying a param with shape "
                            + TorchSize.of(input.shapeRef()).repr() + " from checkpoint, the shape in current model is "
                            + TorchSize.of(param.shapeRef()).repr() + ".");
                    continue;
                }
                InPlace.copy_(param, input);
            }
        } finally {
            GradMode.set(previous);
        }
        List<String> unexpected = new ArrayList<>();
        for (Object k : source.keys()) {
            if (!known.contains(k)) {
                unexpected.add(String.valueOf(k));
            }
        }
        if (strict) {
            if (!unexpected.isEmpty()) {
                errors.add(0, "Unexpected key(s) in state_dict: " + quoted(unexpected) + ". ");
            }
            if (!missing.isEmpty()) {
                errors.add(0, "Missing key(s) in state_dict: " + quoted(missing) + ". ");
            }
        }
        if (!errors.isEmpty()) {
            throw Errors.runtimeError("Error(s) in loading state_dict for " + self.cls().name() + ":\n\t"
                    + String.join("\n\t", errors));
        }
        return new IncompatibleKeys(missing, unexpected);
    }

    private static String quoted(List<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            sb.append(sb.length() > 0 ? ", " : "").append('"').append(k).append('"');
        }
        return sb.toString();
    }

    /** torch.nn.modules.module._IncompatibleKeys: what a notebook shows after load_state_dict. */
    static final class IncompatibleKeys {
        final List<String> missing;
        final List<String> unexpected;

        IncompatibleKeys(List<String> missing, List<String> unexpected) {
            this.missing = missing;
            this.unexpected = unexpected;
        }

        @Override
        public String toString() {
            if (missing.isEmpty() && unexpected.isEmpty()) {
                return "<All keys matched successfully>";
            }
            return "_IncompatibleKeys(missing_keys=" + list(missing) + ", unexpected_keys=" + list(unexpected) + ")";
        }

        private static String list(List<String> keys) {
            StringBuilder sb = new StringBuilder("[");
            for (String k : keys) {
                sb.append(sb.length() > 1 ? ", " : "").append('\'').append(k).append('\'');
            }
            return sb.append(']').toString();
        }
    }
}
