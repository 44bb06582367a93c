package gradpad.kernel.eval;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Instances;
import gradpad.kernel.runtime.Operators;
import gradpad.kernel.runtime.PyBaseException;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyException;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Ast;
import gradpad.kernel.syntax.Expr;
import gradpad.kernel.syntax.Stmt;
import java.util.List;

/** Executes statements. Control flow is returned as a signal, not thrown: loops stay cheap. */
final class StmtExec implements Stmt.Visitor<Integer> {
    static final Integer NORMAL = 0;
    static final Integer BREAK = 1;
    static final Integer CONTINUE = 2;
    static final Integer RETURN = 3;

    private final Interpreter in;

    StmtExec(Interpreter in) {
        this.in = in;
    }

    Integer exec(Stmt s) {
        Frame f = in.frame;
        f.line = s.line;
        in.host.checkInterrupt();
        try {
            return s.accept(this);
        } catch (RuntimeException | StackOverflowError e) {
            throw in.traced(e);
        }
    }

    Integer block(List<Stmt> body) {
        for (int i = 0, n = body.size(); i < n; i++) {
            Integer sig = exec(body.get(i));
            if (sig != NORMAL) {
                return sig;
            }
        }
        return NORMAL;
    }

    private Object eval(Expr e) {
        return in.expr.eval(e);
    }

    @Override
    public Integer visitExpr(Stmt.ExprStmt s) {
        eval(s.value);
        return NORMAL;
    }

    @Override
    public Integer visitAssign(Stmt.Assign s) {
        Object value = eval(s.value);
        for (Expr t : s.targets) {
            Targets.assign(in, t, value);
        }
        return NORMAL;
    }

    @Override
    public Integer visitAugAssign(Stmt.AugAssign s) {
        Expr t = s.target;
        if (t instanceof Expr.Name) {
            String name = ((Expr.Name) t).id;
            Object cur = in.loadName(name);
            in.storeName(name, Operators.inPlace(s.op, cur, eval(s.value)));
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) t;
            Object obj = eval(a.value);
            Object cur = Runtime.getAttr(obj, a.attr);
            Object updated = Operators.inPlace(s.op, cur, eval(s.value));
            if (updated != cur || !(cur instanceof gradpad.engine.Tensor)) {
                Runtime.setAttr(obj, a.attr, updated);
            }
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript sub = (Expr.Subscript) t;
            Object obj = eval(sub.value);
            Object key = in.expr.subscriptKey(sub.slice);
            Object cur = Runtime.getItem(obj, key);
            Object updated = Operators.inPlace(s.op, cur, eval(s.value));
            Runtime.setItem(obj, key, updated);
        } else {
            throw Errors.make(Types.SYNTAX_ERROR, "'" + "expression" + "' is an illegal expression for augmented "
                    + "assignment");
        }
        return NORMAL;
    }

    @Override
    public Integer visitAnnAssign(Stmt.AnnAssign s) {
        if (s.value != null) {
            Targets.assign(in, s.target, eval(s.value));
        }
        return NORMAL;
    }

    @Override
    public Integer visitIf(Stmt.If s) {
        if (Runtime.truthy(eval(s.test))) {
            return block(s.body);
        }
        return block(s.orelse);
    }

    @Override
    public Integer visitWhile(Stmt.While s) {
        while (Runtime.truthy(eval(s.test))) {
            Integer sig = block(s.body);
            if (sig == BREAK) {
                return NORMAL;
            }
            if (sig == RETURN) {
                return sig;
            }
            in.frame.line = s.line;
        }
        return block(s.orelse);
    }

    @Override
    public Integer visitFor(Stmt.For s) {
        PyIterator it = Runtime.iter(eval(s.iter));
        while (it.hasNext()) {
            Targets.assign(in, s.target, it.next());
            Integer sig = block(s.body);
            if (sig == BREAK) {
                return NORMAL;
            }
            if (sig == RETURN) {
                return sig;
            }
            in.frame.line = s.line;
            in.host.checkInterrupt();
        }
        return block(s.orelse);
    }

    @Override
    public Integer visitBreak(Stmt.Break s) {
        return BREAK;
    }

    @Override
    public Integer visitContinue(Stmt.Continue s) {
        return CONTINUE;
    }

    @Override
    public Integer visitPass(Stmt.Pass s) {
        return NORMAL;
    }

    @Override
    public Integer visitReturn(Stmt.Return s) {
        in.frame.returnValue = s.value == null ? PyNone.NONE : eval(s.value);
        return RETURN;
    }

    @Override
    public Integer visitFunctionDef(Stmt.FunctionDef s) {
        Object f = in.expr.makeFunction(s.name, s.args, s.body, s.line);
        for (int i = s.decorators.size() - 1; i >= 0; i--) {
            f = Runtime.call(eval(s.decorators.get(i)), f);
        }
        in.storeName(s.name, f);
        return NORMAL;
    }

    @Override
    public Integer visitClassDef(Stmt.ClassDef s) {
        PyClass[] bases = new PyClass[Math.max(1, s.bases.size())];
        if (s.bases.isEmpty()) {
            bases[0] = Types.OBJECT;
        }
        for (int i = 0; i < s.bases.size(); i++) {
            Object b = eval(s.bases.get(i));
            if (!(b instanceof PyClass)) {
                throw Errors.typeError("bases must be types");
            }
            bases[i] = (PyClass) b;
        }
        Frame outer = in.frame;
        Frame body = new Frame(outer, null, s.name, outer.file, true);
        in.frame = body;
        try {
            block(s.body);
        } finally {
            in.frame = outer;
        }
        PyClass cls = new PyClass(s.name, "__main__", bases, null);
        String doc = docstring(s.body);
        if (doc != null) {
            cls.dict.put("__doc__", doc);
        }
        for (java.util.Map.Entry<String, Object> e : body.locals.entrySet()) {
            cls.dict.put(e.getKey(), e.getValue());
        }
        if (body.classFunctions != null) {
            for (PyFunction fn : body.classFunctions) {
                fn.owner = cls;
            }
        }
        Object result = cls;
        for (int i = s.decorators.size() - 1; i >= 0; i--) {
            result = Runtime.call(eval(s.decorators.get(i)), result);
        }
        in.storeName(s.name, result);
        return NORMAL;
    }

    /** The body's docstring: a leading string constant expression. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt) {
            Expr v = ((Stmt.ExprStmt) body.get(0)).value;
            if (v instanceof Expr.Constant && ((Expr.Constant) v).kind == Expr.Constant.Kind.STR) {
                return ((Expr.Constant) v).text;
            }
        }
        return null;
    }

    @Override
    public Integer visitDelete(Stmt.Delete s) {
        for (Expr t : s.targets) {
            Targets.delete(in, t);
        }
        return NORMAL;
    }

    @Override
    public Integer visitGlobal(Stmt.Global s) {
        return NORMAL;
    }

    @Override
    public Integer visitNonlocal(Stmt.Nonlocal s) {
        return NORMAL;
    }

    @Override
    public Integer visitAssert(Stmt.Assert s) {
        if (!Runtime.truthy(eval(s.test))) {
            if (s.msg == null) {
                throw Errors.make(Types.ASSERTION_ERROR, null);
            }
            Object msg = eval(s.msg);
            throw new PyException(new PyBaseException(Types.ASSERTION_ERROR, PyTuple.of(msg)));
        }
        return NORMAL;
    }

    @Override
    public Integer visitRaise(Stmt.Raise s) {
        if (s.exc == null) {
            if (in.handling == null) {
                throw Errors.runtimeError("No active exception to reraise");
            }
            throw in.handling;
        }
        PyBaseException value = exceptionValue(eval(s.exc));
        if (s.cause != null) {
            Object cause = eval(s.cause);
            if (cause != PyNone.NONE) {
                cause = exceptionValue(cause);
            }
            value.cause = cause;
            value.suppressContext = true;
        }
        if (in.handling != null && in.handling.value != value && value.context == PyNone.NONE) {
            value.context = in.handling.value;
        }
        throw new PyException(value);
    }

    static PyBaseException exceptionValue(Object v) {
        if (v instanceof PyClass && ((PyClass) v).isSubclassOf(Types.BASE_EXCEPTION)) {
            v = Runtime.call(v);
        }
        if (!(v instanceof PyBaseException)) {
            throw Errors.typeError("exceptions must derive from BaseException");
        }
        return (PyBaseException) v;
    }

    @Override
    public Integer visitTry(Stmt.Try s) {
        Integer result;
        try {
            try {
                result = block(s.body);
            } catch (PyException e) {
                Ast.ExceptHandler h = match(s.handlers, e);
                if (h == null) {
                    throw e;
                }
                return handle(h, e, s);
            }
            if (result == NORMAL && !s.orelse.isEmpty()) {
                result = block(s.orelse);
            }
        } finally {
            if (!s.finalbody.isEmpty()) {
                Integer sig = block(s.finalbody);
                if (sig != NORMAL) {
                    return sig;
                }
            }
        }
        return result;
    }

    private Integer handle(Ast.ExceptHandler h, PyException e, Stmt.Try s) {
        PyException saved = in.handling;
        in.handling = e;
        try {
            if (h.name != null) {
                in.storeName(h.name, e.value);
            }
            Integer sig = block(h.body);
            if (h.name != null) {
                try {
                    in.deleteName(h.name);
                } catch (PyException ignored) {
                    // already deleted by the handler body
                }
            }
            return sig;
        } finally {
            in.handling = saved;
        }
    }

    Ast.ExceptHandler match(List<Ast.ExceptHandler> handlers, PyException e) {
        for (Ast.ExceptHandler h : handlers) {
            if (h.type == null) {
                return h;
            }
            in.frame.line = h.line;
            Object t = eval(h.type);
            Object[] types = t instanceof PyTuple ? ((PyTuple) t).items() : new Object[] {t};
            for (Object type : types) {
                if (!(type instanceof PyClass) || !((PyClass) type).isSubclassOf(Types.BASE_EXCEPTION)) {
                    throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
                }
                if (Runtime.isInstance(e.value, (PyClass) type)) {
                    return h;
                }
            }
        }
        return null;
    }

    @Override
    public Integer visitWith(Stmt.With s) {
        return withItem(s, 0);
    }

    private Integer withItem(Stmt.With s, int i) {
        if (i == s.items.size()) {
            return block(s.body);
        }
        Ast.WithItem item = s.items.get(i);
        Object ctx = eval(item.contextExpr);
        Object enter = Runtime.lookupAttr(ctx, "__enter__");
        Object exit = Runtime.lookupAttr(ctx, "__exit__");
        if (enter == null || exit == null) {
            throw Errors.typeError("'" + Runtime.typeName(ctx) + "' object does not support the context manager "
                    + "protocol");
        }
        Object value = Runtime.call(enter);
        if (item.optionalVars != null) {
            Targets.assign(in, item.optionalVars, value);
        }
        Integer sig;
        try {
            sig = withItem(s, i + 1);
        } catch (PyException e) {
            Object suppress = Runtime.call(exit, e.value.cls(), e.value, PyNone.NONE);
            if (Runtime.truthy(suppress)) {
                return NORMAL;
            }
            throw e;
        }
        Runtime.call(exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        return sig;
    }

    @Override
    public Integer visitImport(Stmt.Import s) {
        for (Ast.Alias a : s.names) {
            Imports.importName(in, a.name, a.asname);
        }
        return NORMAL;
    }

    @Override
    public Integer visitImportFrom(Stmt.ImportFrom s) {
        Imports.importFrom(in, s.module, s.names, s.level);
        return NORMAL;
    }

}
