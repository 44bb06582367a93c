package gradpad.kernel.runtime;

/** Creating instances of cell-defined classes, binding their methods, and calling dunders. */
public final class Instances {
    private Instances() {
    }

    /** {@code Cls(args)}: {@code __new__} is not modelled; a fresh instance gets {@code __init__}. */
    public static Object construct(PyClass cls, Object[] args, String[] kwNames) {
        PyInstance self;
        if (cls.isSubclassOf(Types.BASE_EXCEPTION)) {
            int npos = args.length - kwNames.length;
            Object[] pos = new Object[npos];
            System.arraycopy(args, 0, pos, 0, npos);
            self = new PyBaseException(cls, new PyTuple(pos));
        } else {
            PyCallable factory = nativeFactory(cls);
            self = factory != null ? (PyInstance) factory.call(new Object[] {cls}, Signature.NO_KW)
                    : new PyInstance(cls);
        }
        Object init = cls.lookup("__init__");
        if (init == Descriptors.OBJECT_INIT && args.length > 0 && !cls.isSubclassOf(Types.BASE_EXCEPTION)) {
            throw Errors.typeError(cls.name() + "() takes no arguments");
        }
        if (init instanceof PyCallable) {
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            Object r = ((PyCallable) init).call(all, kwNames);
            if (r != PyNone.NONE && r != null) {
                throw Errors.typeError("__init__() should return None, not '" + Runtime.typeName(r) + "'");
            }
        } else if (args.length > 0 && !cls.isSubclassOf(Types.BASE_EXCEPTION)) {
            throw Errors.typeError(cls.name() + "() takes no arguments");
        }
        return self;
    }

    /** A built-in base class (such as {@code nn.Module}) may supply the Java object behind instances. */
    private static PyCallable nativeFactory(PyClass cls) {
        for (PyClass c : cls.mro()) {
            Object f = c.dict.get("__gradpad_new__");
            if (f instanceof PyCallable) {
                return (PyCallable) f;
            }
        }
        return null;
    }

    /** Functions found on a class become bound methods when read through an instance. */
    public static Object bindIfFunction(Object attr, Object self) {
        if (attr instanceof Function) {
            return new BoundMethod(self, (PyCallable) attr);
        }
        if (attr instanceof StaticMethod) {
            return ((StaticMethod) attr).function;
        }
        if (attr instanceof ClassMethod) {
            return new BoundMethod(Runtime.typeOf(self), (PyCallable) ((ClassMethod) attr).function);
        }
        if (attr instanceof Property) {
            return ((Property) attr).get(self);
        }
        return attr;
    }

    /** Calls {@code obj.name(args)} when the class defines it; null otherwise. */
    public static Object callDunder(PyInstance obj, String name, Object... args) {
        Object f = obj.cls().lookup(name);
        if (!(f instanceof PyCallable)) {
            return null;
        }
        Object[] all = new Object[args.length + 1];
        all[0] = obj;
        System.arraycopy(args, 0, all, 1, args.length);
        return ((PyCallable) f).call(all, Signature.NO_KW);
    }

    /** Marker for Python-level functions, which bind as methods (builtins do not). */
    public interface Function extends PyCallable {
    }

    /** {@code @staticmethod}. */
    public static final class StaticMethod implements PyObj {
        public final Object function;

        public StaticMethod(Object function) {
            this.function = function;
        }

        @Override
        public PyClass cls() {
            return Types.STATICMETHOD;
        }

        @Override
        public Object getAttr(String name) {
            return name.equals("__func__") ? function : null;
        }

        @Override
        public boolean setAttr(String name, Object value) {
            return false;
        }
    }

    /** {@code @classmethod}: binds to the class, whether read through the class or an instance. */
    public static final class ClassMethod implements PyObj {
        public final Object function;

        public ClassMethod(Object function) {
            if (!(function instanceof PyCallable)) {
                throw Errors.typeError("'" + Runtime.typeName(function) + "' object is not callable");
            }
            this.function = function;
        }

        @Override
        public PyClass cls() {
            return Types.CLASSMETHOD;
        }

        @Override
        public Object getAttr(String name) {
            return name.equals("__func__") ? function : null;
        }

        @Override
        public boolean setAttr(String name, Object value) {
            return false;
        }
    }
}
