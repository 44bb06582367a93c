package gradpad.kernel.eval;

import gradpad.kernel.builtins.Formatting;
import gradpad.kernel.runtime.Ellipsis;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Operators;
import gradpad.kernel.runtime.PyDict;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PySet;
import gradpad.kernel.runtime.PySlice;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.Ast;
import gradpad.kernel.syntax.Expr;
import gradpad.kernel.syntax.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Evaluates expressions to Python values. */
final class ExprEval implements Expr.Visitor<Object> {
    private final Interpreter in;

    ExprEval(Interpreter in) {
        this.in = in;
    }

    Object eval(Expr e) {
        return e.accept(this);
    }

    @Override
    public Object visitConstant(Expr.Constant c) {
        switch (c.kind) {
            case NONE: return PyNone.NONE;
            case BOOL: return c.intValue != 0;
            case INT: return c.intValue;
            case FLOAT: return c.floatValue;
            case STR: return c.text;
            case ELLIPSIS: return Ellipsis.INSTANCE;
            case BIG_INT:
                throw Errors.overflow("int too large: gradpad's ints are 64-bit (" + c.text + ")");
            default:
                throw Errors.valueError("gradpad does not support " + (c.kind == Expr.Constant.Kind.IMAG
                        ? "complex numbers" : "bytes literals"));
        }
    }

    @Override
    public Object visitName(Expr.Name e) {
        return in.loadName(e.id);
    }

    @Override
    public Object visitBinOp(Expr.BinOp e) {
        Object a = eval(e.left);
        Object b = eval(e.right);
        return Operators.binary(e.op, a, b);
    }

    @Override
    public Object visitUnaryOp(Expr.UnaryOp e) {
        return Operators.unary(e.op, eval(e.operand));
    }

    @Override
    public Object visitBoolOp(Expr.BoolOp e) {
        int last = e.values.size() - 1;
        for (int i = 0; i < last; i++) {
            Object v = eval(e.values.get(i));
            boolean t = Runtime.truthy(v);
            if (e.op == Expr.BoolOperator.And ? !t : t) {
                return v;
            }
        }
        // Python never asks the last operand for its truth value: `0 or torch.ones(3)` is the tensor.
        return eval(e.values.get(last));
    }

    @Override
    public Object visitCompare(Expr.Compare e) {
        Object left = eval(e.left);
        Object result = true;
        for (int i = 0; i < e.ops.size(); i++) {
            Object right = eval(e.comparators.get(i));
            result = Operators.compare(e.ops.get(i), left, right);
            if (i < e.ops.size() - 1 && !Runtime.truthy(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }

    @Override
    public Object visitIfExp(Expr.IfExp e) {
        return Runtime.truthy(eval(e.test)) ? eval(e.body) : eval(e.orelse);
    }

    @Override
    public Object visitNamedExpr(Expr.NamedExpr e) {
        Object v = eval(e.value);
        in.storeWalrusTarget(e.target.id, v);
        return v;
    }

    @Override
    public Object visitAttribute(Expr.Attribute e) {
        return Runtime.getAttr(eval(e.value), e.attr);
    }

    @Override
    public Object visitSubscript(Expr.Subscript e) {
        Object obj = eval(e.value);
        return Runtime.getItem(obj, subscriptKey(e.slice));
    }

    /** The key of a subscript: slices become slice objects, tuples of them tuples. */
    Object subscriptKey(Expr s) {
        if (s instanceof Expr.Slice) {
            return visitSlice((Expr.Slice) s);
        }
        if (s instanceof Expr.Tuple) {
            List<Expr> elts = ((Expr.Tuple) s).elts;
            Object[] items = new Object[elts.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = subscriptKey(elts.get(i));
            }
            return new PyTuple(items);
        }
        return eval(s);
    }

    @Override
    public Object visitSlice(Expr.Slice e) {
        return new PySlice(e.lower == null ? PyNone.NONE : eval(e.lower), e.upper == null ? PyNone.NONE
                : eval(e.upper), e.step == null ? PyNone.NONE : eval(e.step));
    }

    @Override
    public Object visitCall(Expr.Call e) {
        Object f = eval(e.func);
        List<Expr> args = e.args;
        List<Ast.Keyword> kws = e.keywords;
        if (kws.isEmpty()) {
            boolean simple = true;
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i) instanceof Expr.Starred) {
                    simple = false;
                    break;
                }
            }
            if (simple) {
                Object[] a = new Object[args.size()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = eval(args.get(i));
                }
                return Runtime.call(f, a, Signature.NO_KW);
            }
        }
        List<Object> values = new ArrayList<>();
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                PyIterator it = Runtime.iter(eval(((Expr.Starred) a).value));
                while (it.hasNext()) {
                    values.add(it.next());
                }
            } else {
                values.add(eval(a));
            }
        }
        List<String> names = new ArrayList<>();
        for (Ast.Keyword k : kws) {
            if (k.arg != null) {
                if (names.contains(k.arg)) {
                    throw Errors.typeError(describe(f) + " got multiple values for keyword argument '" + k.arg + "'");
                }
                names.add(k.arg);
                values.add(eval(k.value));
            } else {
                Object m = eval(k.value);
                if (!(m instanceof PyDict)) {
                    throw Errors.typeError(describe(f) + " argument after ** must be a mapping, not "
                            + Runtime.typeName(m));
                }
                for (Object[] entry : ((PyDict) m).entries()) {
                    if (!(entry[0] instanceof String)) {
                        throw Errors.typeError("keywords must be strings");
                    }
                    if (names.contains(entry[0])) {
                        throw Errors.typeError(describe(f) + " got multiple values for keyword argument '"
                                + entry[0] + "'");
                    }
                    names.add((String) entry[0]);
                    values.add(entry[1]);
                }
            }
        }
        return Runtime.call(f, values.toArray(), names.toArray(new String[0]));
    }

    private static String describe(Object f) {
        Object n = Runtime.lookupAttr(f, "__qualname__");
        if (n == null) {
            n = Runtime.lookupAttr(f, "__name__");
        }
        return (n == null ? Runtime.typeName(f) : Runtime.str(n)) + "()";
    }

    @Override
    public Object visitList(Expr.ListExpr e) {
        return new PyList(elements(e.elts));
    }

    @Override
    public Object visitTuple(Expr.Tuple e) {
        return new PyTuple(elements(e.elts).toArray());
    }

    @Override
    public Object visitSet(Expr.Set e) {
        PySet s = new PySet();
        if (e.elts.size() > 2 && allConstant(e.elts)) {
            // CPython compiles a constant display to a frozenset constant, which the compiler's
            // constant merging rebuilds once from its own iteration order; the set then copies it.
            PySet first = new PySet();
            for (Expr x : e.elts) {
                first.add(eval(x));
            }
            PySet constant = new PySet();
            for (Object v : first.items()) {
                constant.add(v);
            }
            s.update(constant);
            return s;
        }
        for (Expr x : e.elts) {
            if (x instanceof Expr.Starred) {
                s.update(eval(((Expr.Starred) x).value));
            } else {
                s.add(eval(x));
            }
        }
        return s;
    }

    /** What CPython's AST optimiser folds to a constant: literals, signed numbers, tuples of them. */
    private static boolean allConstant(List<Expr> elts) {
        for (Expr x : elts) {
            if (!isConstant(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConstant(Expr x) {
        if (x instanceof Expr.Constant) {
            return true;
        }
        if (x instanceof Expr.UnaryOp) {
            Expr.UnaryOp u = (Expr.UnaryOp) x;
            return u.op != Expr.UnaryOperator.Not && u.operand instanceof Expr.Constant;
        }
        return x instanceof Expr.Tuple && allConstant(((Expr.Tuple) x).elts);
    }

    private List<Object> elements(List<Expr> elts) {
        List<Object> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                PyIterator it = Runtime.iter(eval(((Expr.Starred) x).value));
                while (it.hasNext()) {
                    out.add(it.next());
                }
            } else {
                out.add(eval(x));
            }
        }
        return out;
    }

    @Override
    public Object visitDict(Expr.Dict e) {
        PyDict d = new PyDict();
        for (int i = 0; i < e.keys.size(); i++) {
            Expr k = e.keys.get(i);
            if (k == null) {
                Object m = eval(e.values.get(i));
                if (!(m instanceof PyDict)) {
                    throw Errors.typeError("'" + Runtime.typeName(m) + "' object is not a mapping");
                }
                for (Object[] entry : ((PyDict) m).entries()) {
                    d.put(entry[0], entry[1]);
                }
            } else {
                Object key = eval(k);
                d.put(key, eval(e.values.get(i)));
            }
        }
        return d;
    }

    @Override
    public Object visitStarred(Expr.Starred e) {
        throw Errors.make(Types.SYNTAX_ERROR, "can't use starred expression here");
    }

    @Override
    public Object visitJoinedStr(Expr.JoinedStr e) {
        StringBuilder sb = new StringBuilder();
        for (Expr part : e.values) {
            if (part instanceof Expr.Constant) {
                sb.append(((Expr.Constant) part).text);
            } else {
                sb.append((String) visitFormattedValue((Expr.FormattedValue) part));
            }
        }
        return sb.toString();
    }

    @Override
    public Object visitFormattedValue(Expr.FormattedValue e) {
        Object v = eval(e.value);
        if (e.conversion == 'r') {
            v = Runtime.repr(v);
        } else if (e.conversion == 's') {
            v = Runtime.str(v);
        } else if (e.conversion == 'a') {
            v = Runtime.repr(v);
        }
        String spec = e.formatSpec == null ? "" : (String) visitJoinedStr(e.formatSpec);
        return Formatting.format(v, spec);
    }

    @Override
    public Object visitLambda(Expr.Lambda e) {
        Stmt.Return body = new Stmt.Return(e.body);
        body.line = e.line;
        return makeFunction("<lambda>", e.args, Collections.singletonList(body), e.line);
    }

    /** A def or lambda evaluated now: defaults are computed once, as in Python. */
    PyFunction makeFunction(String name, Ast.Arguments args, List<Stmt> body, int line) {
        Object[] defaults = new Object[args.defaults.size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = eval(args.defaults.get(i));
        }
        Object[] kwDefaults = new Object[args.kwonlyargs.size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = args.kwDefaults.get(i);
            kwDefaults[i] = d == null ? null : eval(d);
        }
        Scope scope = Scope.ofFunction(args, body);
        Frame f = in.frame;
        String qualname = f.isModule() ? name : f.classBody ? f.name + "." + name : f.name + ".<locals>." + name;
        PyFunction fn = new PyFunction(name, qualname, args, body, defaults, kwDefaults, f.closureFrame(), scope, in,
                f.file, line);
        if (f.classBody) {
            if (f.classFunctions == null) {
                f.classFunctions = new ArrayList<>();
            }
            f.classFunctions.add(fn);
        }
        return fn;
    }

    // ---- comprehensions: their own scope, evaluated eagerly ------------------------------------

    @Override
    public Object visitListComp(Expr.ListComp e) {
        List<Object> out = new ArrayList<>();
        Comprehensions.run(in, e.generators, () -> out.add(eval(e.elt)));
        return new PyList(out);
    }

    @Override
    public Object visitSetComp(Expr.SetComp e) {
        PySet out = new PySet();
        Comprehensions.run(in, e.generators, () -> out.add(eval(e.elt)));
        return out;
    }

    @Override
    public Object visitDictComp(Expr.DictComp e) {
        PyDict out = new PyDict();
        Comprehensions.run(in, e.generators, () -> {
            Object k = eval(e.key);
            out.put(k, eval(e.value));
        });
        return out;
    }

    @Override
    public Object visitGeneratorExp(Expr.GeneratorExp e) {
        return new GeneratorExpression(in, e);
    }

    @Override
    public Object visitYield(Expr.Yield e) {
        throw Errors.make(Types.exceptionByName("NotImplementedError"), "gradpad supports yield only as a statement (yield x, y = yield x, yield from it)");
    }

    @Override
    public Object visitYieldFrom(Expr.YieldFrom e) {
        throw Errors.make(Types.exceptionByName("NotImplementedError"), "gradpad supports yield only as a statement (yield x, y = yield x, yield from it)");
    }
}
