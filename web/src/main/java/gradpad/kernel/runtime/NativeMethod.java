package gradpad.kernel.runtime;

/**
 * A method written in Java that lives in a class's dict (such as {@code nn.Module.parameters}):
 * unlike a plain {@link Builtin}, it binds to the instance it is read through.
 */
public final class NativeMethod implements Instances.Function, PyObj {
    private final String name;
    private final Builtin.Body body;

    public NativeMethod(String name, Builtin.Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public Object call(Object[] args, String[] kwNames) {
        return body.call(args, kwNames);
    }

    @Override
    public PyClass cls() {
        return Types.BUILTIN_FUNCTION;
    }

    @Override
    public Object getAttr(String attr) {
        return attr.equals("__name__") || attr.equals("__qualname__") ? name : null;
    }

    @Override
    public boolean setAttr(String attr, Object value) {
        return false;
    }

    @Override
    public String toString() {
        return "<method '" + name + "'>";
    }
}
