package gradpad.kernel.runtime;

/** A function implemented in Java: {@code len}, {@code torch.randn}, {@code list.append}... */
public final class Builtin implements PyCallable, PyObj {
    /** The Java body. */
    public interface Body {
        Object call(Object[] args, String[] kwNames);
    }

    private final String name;
    private final Object self;
    private final Body body;

    public Builtin(String name, Body body) {
        this(name, null, body);
    }

    /** A method bound to {@code self}, for its repr ({@code <built-in method append of list object>}). */
    public Builtin(String name, Object self, Body body) {
        this.name = name;
        this.self = self;
        this.body = body;
    }

    public String name() {
        return name;
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
        if (attr.equals("__name__")) {
            return name;
        }
        return null;
    }

    @Override
    public boolean setAttr(String attr, Object value) {
        return false;
    }

    @Override
    public String toString() {
        if (self != null) {
            return "<built-in method " + name + " of " + Runtime.typeName(self) + " object at "
                    + Runtime.address(self) + ">";
        }
        return "<built-in function " + name + ">";
    }
}
