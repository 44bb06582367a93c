package gradpad.kernel.eval;

import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;
import java.util.List;

/** {@code super()}: attribute lookup that starts after the defining class in the instance's MRO. */
final class Super implements PyObj {
    private static final PyClass SUPER = new PyClass("super", "builtins", new PyClass[] {Types.OBJECT}, null);

    private final PyClass start;
    private final Object self;

    private Super(PyClass start, Object self) {
        this.start = start;
        this.self = self;
    }

    /** The {@code super} builtin; the zero-argument form reads the calling frame. */
    static Builtin builtin(Interpreter in) {
        return new Builtin("super", (a, kw) -> {
            if (a.length == 2) {
                return new Super((PyClass) a[0], a[1]);
            }
            Frame f = in.frame;
            if (f == null || f.function == null || f.function.owner == null) {
                throw Errors.runtimeError("super(): no arguments");
            }
            List<gradpad.kernel.syntax.Ast.Arg> params = f.function.args.args;
            if (params.isEmpty()) {
                throw Errors.runtimeError("super(): no arguments");
            }
            Object self = f.locals.get(params.get(0).arg);
            return new Super(f.function.owner, self);
        });
    }

    @Override
    public PyClass cls() {
        return SUPER;
    }

    @Override
    public Object getAttr(String name) {
        List<PyClass> mro = Runtime.typeOf(self).mro();
        int i = mro.indexOf(start);
        for (int k = i + 1; k < mro.size(); k++) {
            Object v = mro.get(k).dict.get(name);
            if (v != null) {
                return Instances.bindIfFunction(v, self);
            }
        }
        if (name.equals("__init__")) {
            return new Builtin("__init__", (a, kw) -> gradpad.kernel.runtime.PyNone.NONE);
        }
        return null;
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }
}
