package gradpad.kernel.runtime;

/** An instance of {@code BaseException} or a subclass: the Python value of an exception. */
public class PyBaseException extends PyInstance {
    private PyTuple args;

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
        return super.getAttr(name);
    }
}
