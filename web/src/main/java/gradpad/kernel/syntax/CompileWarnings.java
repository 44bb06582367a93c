package gradpad.kernel.syntax;

import java.util.List;

/**
 * The SyntaxWarnings CPython's compiler emits for code that parses but is surely a mistake
 * (Python/compile.c: check_caller, check_subscripter, check_index, check_compare, and the
 * always-true assert): {@code None()}, {@code 5[0]}, {@code [1, 2]['a']}, {@code x is 1},
 * {@code assert (x, "msg")}. Reported in compile order, before the code runs.
 */
public final class CompileWarnings extends TreeWalker {
    /** Receives each warning: category, message, line. */
    public interface Sink {
        void warn(String category, String message, int line);
    }

    private final Sink sink;

    private CompileWarnings(Sink sink) {
        this.sink = sink;
    }

    public static void check(Module m, Sink sink) {
        new CompileWarnings(sink).stmts(m.body);
    }

    private void warn(String message, int line) {
        sink.warn("SyntaxWarning", message, line);
    }

    @Override
    void stmt(Stmt s) {
        if (s instanceof Stmt.Assert) {
            Expr test = ((Stmt.Assert) s).test;
            if (test instanceof Expr.Tuple && !((Expr.Tuple) test).elts.isEmpty()) {
                warn("assertion is always true, perhaps remove parentheses?", s.line);
            }
        }
        super.stmt(s);
    }

    @Override
    void expr(Expr e) {
        if (e instanceof Expr.Call) {
            Expr f = ((Expr.Call) e).func;
            if (isConstant(f) || f instanceof Expr.Tuple || f instanceof Expr.ListExpr || f instanceof Expr.ListComp
                    || f instanceof Expr.Dict || f instanceof Expr.DictComp || f instanceof Expr.Set
                    || f instanceof Expr.SetComp || f instanceof Expr.GeneratorExp || f instanceof Expr.JoinedStr
                    || f instanceof Expr.FormattedValue) {
                warn("'" + typeName(f) + "' object is not callable; perhaps you missed a comma?", e.line);
            }
        } else if (e instanceof Expr.Compare) {
            Expr.Compare c = (Expr.Compare) e;
            Expr left = c.left;
            for (int i = 0; i < c.ops.size(); i++) {
                Expr right = c.comparators.get(i);
                Expr.CmpOp op = c.ops.get(i);
                if ((op == Expr.CmpOp.Is || op == Expr.CmpOp.IsNot) && (literal(left) || literal(right))) {
                    warn(op == Expr.CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                            : "\"is not\" with a literal. Did you mean \"!=\"?", e.line);
                }
                left = right;
            }
        } else if (e instanceof Expr.Subscript) {
            checkSubscript((Expr.Subscript) e);
        }
        super.expr(e);
    }

    private void checkSubscript(Expr.Subscript s) {
        Expr v = s.value;
        boolean notSubscriptable = v instanceof Expr.Set || v instanceof Expr.SetComp
                || v instanceof Expr.GeneratorExp || v instanceof Expr.Lambda;
        if (isConstant(v)) {
            String t = typeName(v);
            notSubscriptable = t.equals("NoneType") || t.equals("ellipsis") || t.equals("int") || t.equals("bool")
                    || t.equals("float") || t.equals("complex");
        }
        if (notSubscriptable) {
            warn("'" + typeName(v) + "' object is not subscriptable; perhaps you missed a comma?", s.line);
            return;
        }
        String index = indexType(s.slice);
        if (index == null || index.equals("int") || index.equals("bool") || index.equals("slice")) {
            return;
        }
        boolean sequence = v instanceof Expr.Tuple || v instanceof Expr.ListExpr || v instanceof Expr.ListComp
                || v instanceof Expr.JoinedStr || v instanceof Expr.FormattedValue;
        if (isConstant(v)) {
            String t = typeName(v);
            sequence = t.equals("str") || t.equals("bytes") || t.equals("tuple");
        }
        if (sequence) {
            warn(typeName(v) + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?",
                    s.line);
        }
    }

    /** CPython's infer_type for an index expression, or null when unknown. */
    private static String indexType(Expr e) {
        if (e instanceof Expr.Slice) {
            return "slice";
        }
        if (isConstant(e) || e instanceof Expr.Tuple || e instanceof Expr.ListExpr || e instanceof Expr.ListComp
                || e instanceof Expr.Dict || e instanceof Expr.DictComp || e instanceof Expr.Set
                || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp || e instanceof Expr.Lambda
                || e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return typeName(e);
        }
        return null;
    }

    /** A constant after CPython's AST optimisation: literals, signed numbers, tuples of constants. */
    private static boolean isConstant(Expr e) {
        if (e instanceof Expr.Constant) {
            return true;
        }
        if (e instanceof Expr.UnaryOp) {
            Expr.UnaryOp u = (Expr.UnaryOp) e;
            if (u.op != Expr.UnaryOperator.Not && u.operand instanceof Expr.Constant) {
                Expr.Constant.Kind k = ((Expr.Constant) u.operand).kind;
                return k == Expr.Constant.Kind.INT || k == Expr.Constant.Kind.FLOAT || k == Expr.Constant.Kind.BOOL
                        || k == Expr.Constant.Kind.BIG_INT || k == Expr.Constant.Kind.IMAG;
            }
            return false;
        }
        if (e instanceof Expr.Tuple) {
            List<Expr> elts = ((Expr.Tuple) e).elts;
            for (Expr x : elts) {
                if (!isConstant(x)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** check_is_arg: a constant other than None, True, False and Ellipsis. */
    private static boolean literal(Expr e) {
        if (!isConstant(e)) {
            return false;
        }
        if (e instanceof Expr.Constant) {
            Expr.Constant.Kind k = ((Expr.Constant) e).kind;
            return k != Expr.Constant.Kind.NONE && k != Expr.Constant.Kind.BOOL && k != Expr.Constant.Kind.ELLIPSIS;
        }
        return true;
    }

    /** CPython's infer_type: the type name of a literal or display. */
    private static String typeName(Expr e) {
        if (e instanceof Expr.UnaryOp) {
            Expr.Constant.Kind k = ((Expr.Constant) ((Expr.UnaryOp) e).operand).kind;
            return k == Expr.Constant.Kind.FLOAT ? "float" : k == Expr.Constant.Kind.IMAG ? "complex" : "int";
        }
        if (e instanceof Expr.Constant) {
            switch (((Expr.Constant) e).kind) {
                case NONE: return "NoneType";
                case BOOL: return "bool";
                case ELLIPSIS: return "ellipsis";
                case INT:
                case BIG_INT: return "int";
                case FLOAT: return "float";
                case IMAG: return "complex";
                case BYTES: return "bytes";
                default: return "str";
            }
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.ListExpr || e instanceof Expr.ListComp) {
            return "list";
        }
        if (e instanceof Expr.Dict || e instanceof Expr.DictComp) {
            return "dict";
        }
        if (e instanceof Expr.Set || e instanceof Expr.SetComp) {
            return "set";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator";
        }
        if (e instanceof Expr.Lambda) {
            return "function";
        }
        return "str";
    }
}
