package gradpad.kernel.torch;

import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;

/**
 * {@code torch.return_types.max(values=..., indices=...)}: a named tuple whose fields are also
 * attributes, printed on separate lines as PyTorch prints it.
 */
public final class ReturnTypes extends PyTuple {
    private final String name;
    private final String[] fields;

    public ReturnTypes(String name, String[] fields, Object[] values) {
        super(values);
        this.name = name;
        this.fields = fields;
    }

    public String name() {
        return name;
    }

    public Object field(String f) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(f)) {
                return get(i);
            }
        }
        return null;
    }

    public String repr() {
        StringBuilder sb = new StringBuilder("torch.return_types.").append(name).append("(");
        for (int i = 0; i < fields.length; i++) {
            sb.append(i == 0 ? "\n" : ",\n").append(fields[i]).append('=').append(Runtime.repr(get(i)));
        }
        return sb.append(")").toString();
    }
}
