package gradpad.kernel.eval;

import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Ast;
import gradpad.kernel.syntax.Stmt;
import java.util.List;

/** A function defined by {@code def} or {@code lambda} in a cell. */
final class PyFunction implements Instances.Function, PyObj {
    final String name;
    final String qualname;
    final Ast.Arguments args;
    final List<Stmt> body;
    final Object[] defaults;
    final Object[] kwDefaults;
    final Frame closure;
    final Scope scope;
    final Interpreter interpreter;
    final String file;
    final int line;
    /** The class whose body defined this function (CPython's __class__ cell), for zero-argument super(). */
    PyClass owner;

    PyFunction(String name, String qualname, Ast.Arguments args, List<Stmt> body, Object[] defaults,
            Object[] kwDefaults, Frame closure, Scope scope, Interpreter interpreter, String file, int line) {
        this.name = name;
        this.qualname = qualname;
        this.args = args;
        this.body = body;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.scope = scope;
        this.interpreter = interpreter;
        this.file = file;
        this.line = line;
    }

    @Override
    public Object call(Object[] a, String[] kwNames) {
        return interpreter.callFunction(this, a, kwNames);
    }

    @Override
    public PyClass cls() {
        return Types.FUNCTION;
    }

    @Override
    public Object getAttr(String attr) {
        switch (attr) {
            case "__name__":
                return name;
            case "__qualname__":
                return qualname;
            case "__module__":
                return "__main__";
            case "__doc__":
                return docstring();
            default:
                return null;
        }
    }

    private Object docstring() {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt) {
            Object v = ((Stmt.ExprStmt) body.get(0)).value;
            if (v instanceof gradpad.kernel.syntax.Expr.Constant
                    && ((gradpad.kernel.syntax.Expr.Constant) v).kind == gradpad.kernel.syntax.Expr.Constant.Kind.STR) {
                return ((gradpad.kernel.syntax.Expr.Constant) v).text;
            }
        }
        return gradpad.kernel.runtime.PyNone.NONE;
    }

    @Override
    public boolean setAttr(String attr, Object value) {
        return false;
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at " + Runtime.address(this) + ">";
    }
}
