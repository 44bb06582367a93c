package gradpad.kernel.eval;

import gradpad.kernel.runtime.BoundMethod;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.PyCallable;
import gradpad.kernel.runtime.NotImplemented;
import gradpad.kernel.runtime.PyBaseException;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyInstance;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Ast;
import java.util.List;

/**
 * {@code super()} and {@code super(Cls, obj)}: attribute lookup along the MRO of {@code obj}'s
 * type, starting after {@code Cls}. The zero-argument form takes the class that defined the
 * running method and the method's first argument, as CPython's {@code __class__} cell does.
 */
final class Super implements PyObj {
    private final PyClass start;
    private final Object self;
    /** type(self), or self when super() is used in a classmethod. */
    private final PyClass selfType;

    private Super(PyClass start, Object self, PyClass selfType) {
        this.start = start;
        this.self = self;
        this.selfType = selfType;
    }

    static Super create(Interpreter in, Object[] a, String[] kw) {
        if (kw.length > 0) {
            throw Errors.typeError("super() takes no keyword arguments");
        }
        PyClass cls;
        Object obj;
        if (a.length == 0) {
            Frame f = in.frame;
            PyFunction fn = f == null ? null : f.function;
            if (fn == null || fn.owner == null) {
                throw Errors.runtimeError(fn == null ? "super(): no arguments" : "super(): __class__ cell not found");
            }
            List<Ast.Arg> params = fn.args.posonlyargs.isEmpty() ? fn.args.args : fn.args.posonlyargs;
            Object first = params.isEmpty() ? null : f.locals.get(params.get(0).arg);
            if (first == null) {
                throw Errors.runtimeError("super(): no arguments");
            }
            cls = fn.owner;
            obj = first;
        } else if (a.length == 2) {
            if (!(a[0] instanceof PyClass)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + Runtime.typeName(a[0]));
            }
            cls = (PyClass) a[0];
            obj = a[1];
        } else {
            throw Errors.typeError("super() takes 0 or 2 arguments (" + a.length + " given)");
        }
        if (obj instanceof PyClass && ((PyClass) obj).isSubclassOf(cls)) {
            return new Super(cls, obj, (PyClass) obj);
        }
        if (!Runtime.isInstance(obj, cls)) {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new Super(cls, obj, Runtime.typeOf(obj));
    }

    @Override
    public PyClass cls() {
        return Types.SUPER;
    }

    @Override
    public Object getAttr(String name) {
        if (name.equals("__class__")) {
            return Types.SUPER;
        }
        List<PyClass> mro = selfType.mro();
        int i = mro.indexOf(start);
        for (int k = i + 1; k < mro.size(); k++) {
            Object v = mro.get(k).dict.get(name);
            if (v == null) {
                continue;
            }
            if (v instanceof Instances.ClassMethod) {
                return new BoundMethod(selfType, (PyCallable) ((Instances.ClassMethod) v).function);
            }
            if (self == selfType && v instanceof Instances.Function) {
                return v;
            }
            return Instances.bindIfFunction(v, self);
        }
        return self instanceof PyInstance && self != selfType ? objectDefault(name, (PyInstance) self) : null;
    }

    /**
     * What {@code object} and {@code BaseException} provide when no class in the MRO defines the
     * name, so that {@code super().__str__()} and friends work in overrides.
     */
    private static Object objectDefault(String name, PyInstance self) {
        switch (name) {
            case "__init__":
                return new Builtin(name, (a, kw) -> {
                    if (self instanceof PyBaseException) {
                        ((PyBaseException) self).setArgs(new PyTuple(a.clone()));
                    } else if (a.length > 0) {
                        throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                    }
                    return PyNone.NONE;
                });
            case "__str__":
                return new Builtin(name, (a, kw) -> self instanceof PyBaseException ? ((PyBaseException) self).str()
                        : Runtime.repr(self)); // object.__str__ is type(self).__repr__
            case "__repr__":
                return new Builtin(name, (a, kw) -> {
                    if (self instanceof PyBaseException) {
                        PyBaseException e = (PyBaseException) self;
                        return e.cls().name() + (e.args().size() == 1 ? "(" + Runtime.repr(e.args().get(0)) + ")"
                                : Runtime.repr(e.args()));
                    }
                    return "<" + self.cls().qualifiedName() + " object at " + Runtime.address(self) + ">";
                });
            case "__eq__":
                return new Builtin(name, (a, kw) -> a[0] == self ? Boolean.TRUE : (Object) NotImplemented.INSTANCE);
            case "__ne__":
                return new Builtin(name, (a, kw) -> a[0] == self ? Boolean.FALSE : (Object) NotImplemented.INSTANCE);
            case "__hash__":
                return new Builtin(name, (a, kw) -> gradpad.kernel.runtime.PyHash.pointer(self));
            case "__setattr__":
                return new Builtin(name, (a, kw) -> {
                    self.dict.put(Runtime.str(a[0]), a[1]);
                    return PyNone.NONE;
                });
            default:
                return null;
        }
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }

    @Override
    public String toString() {
        return "<super: <class '" + start.name() + "'>, <" + selfType.name() + " object>>";
    }
}
