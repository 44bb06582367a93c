package gradpad.kernel.runtime;

/** A function bound to an instance: calling it passes the instance as the first argument. */
public final class BoundMethod implements PyCallable, PyObj {
    public final Object self;
    public final PyCallable function;

    public BoundMethod(Object self, PyCallable function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public Object call(Object[] args, String[] kwNames) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return function.call(all, kwNames);
    }

    @Override
    public PyClass cls() {
        return Types.METHOD;
    }

    @Override
    public Object getAttr(String name) {
        if (name.equals("__self__")) {
            return self;
        }
        if (name.equals("__func__")) {
            return function;
        }
        return function instanceof PyObj ? ((PyObj) function).getAttr(name) : null;
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }

    @Override
    public String toString() {
        String fname = function instanceof PyObj ? Runtime.str(((PyObj) function).getAttr("__qualname__")) : "?";
        return "<bound method " + fname + " of " + Runtime.repr(self) + ">";
    }
}
