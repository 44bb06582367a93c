package gradpad.kernel.runtime;

/**
 * The methods built-in classes contribute to user classes through inheritance, so that
 * {@code super().__init__(...)} and {@code Exception.__init__(self, msg)} work:
 * {@code object.__init__} and {@code BaseException.__init__}.
 */
public final class Descriptors {
    private Descriptors() {
    }

    /** A built-in method stored in a class dict: binds to instances like a def does. */
    public static final class NativeMethod implements Instances.Function, PyObj {
        private final String name;
        private final String owner;
        private final Builtin.Body body;

        NativeMethod(String name, String owner, Builtin.Body body) {
            this.name = name;
            this.owner = owner;
            this.body = body;
        }

        @Override
        public Object call(Object[] args, String[] kwNames) {
            if (args.length - kwNames.length < 1) {
                throw Errors.typeError("descriptor '" + name + "' of '" + owner + "' object needs an argument");
            }
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
            return "<slot wrapper '" + name + "' of '" + owner + "' objects>";
        }
    }

    public static final NativeMethod OBJECT_INIT = new NativeMethod("__init__", "object", (a, kw) -> {
        if (a.length > 1) {
            throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        return PyNone.NONE;
    });

    public static final NativeMethod EXCEPTION_INIT = new NativeMethod("__init__", "BaseException", (a, kw) -> {
        if (kw.length > 0) {
            throw Errors.typeError(Runtime.typeName(a[0]) + "() takes no keyword arguments");
        }
        if (a[0] instanceof PyBaseException) {
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            ((PyBaseException) a[0]).setArgs(new PyTuple(rest));
        }
        return PyNone.NONE;
    });

    /** Puts the methods into the built-in classes (once; the classes are shared by all kernels). */
    public static void install() {
        Types.OBJECT.dict.put("__init__", OBJECT_INIT);
        Types.BASE_EXCEPTION.dict.put("__init__", EXCEPTION_INIT);
    }
}
