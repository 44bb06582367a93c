package gradpad.kernel.runtime;

/** An instance of {@code BaseException} or a subclass: the Python value of an exception. */
public class PyBaseException extends PyInstance {
    private PyTuple args;
    /** {@code raise ... from cause}: the cause, or None. */
    public Object cause = PyNone.NONE;
    /** The exception being handled when this one was raised, or None. */
    public Object context = PyNone.NONE;
    public boolean suppressContext;

    public PyBaseException(PyClass cls, PyTuple args) {
        super(cls);
        this.args = args;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** {@code str(e)}: the single argument's str, or the tuple's repr when there are several. */
    public String str() {
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            Object a = args.get(0);
            if (cls() == Types.KEY_ERROR) {
                return Runtime.repr(a);
            }
            return Runtime.str(a);
        }
        return Runtime.repr(args);
    }

    @Override
    public Object getAttr(String name) {
        if (name.equals("args")) {
            return args;
        }
        if (name.equals("__cause__")) {
            return cause;
        }
        if (name.equals("__context__")) {
            return context;
        }
        if (name.equals("__suppress_context__")) {
            return suppressContext;
        }
        return super.getAttr(name);
    }
}
