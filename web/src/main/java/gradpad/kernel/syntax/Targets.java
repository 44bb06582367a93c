package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.Constant;

/** Assignment-target checks and expression names, after CPython's {@code pegen.c} helpers. */
final class Targets {
    static final int STAR = 0;
    static final int DEL = 1;
    static final int FOR = 2;

    private Targets() {
    }

    /** CPython's {@code _PyPegen_get_invalid_target}: the first sub-expression that cannot be a target. */
    static Expr invalidTarget(Expr e, int kind) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.ListExpr) {
            for (Expr x : ((Expr.ListExpr) e).elts) {
                Expr bad = invalidTarget(x, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Expr.Tuple) {
            for (Expr x : ((Expr.Tuple) e).elts) {
                Expr bad = invalidTarget(x, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Expr.Starred) {
            return kind == DEL ? e : invalidTarget(((Expr.Starred) e).value, kind);
        }
        if (e instanceof Expr.Compare) {
            // `for a in b` may arrive parsed as a comparison: look at its left side.
            if (kind == FOR) {
                Expr.Compare c = (Expr.Compare) e;
                return c.ops.get(0) == Expr.CmpOp.In ? invalidTarget(c.left, kind) : null;
            }
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    /** CPython's {@code _PyPegen_get_expr_name}, used in "cannot assign to %s". */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.ListExpr) {
            return "list";
        } else if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.Dict) {
            return "dict literal";
        } else if (e instanceof Expr.Set) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Constant) {
            Constant c = (Constant) e;
            switch (c.kind) {
                case NONE:
                    return "None";
                case BOOL:
                    return c.intValue != 0 ? "True" : "False";
                case ELLIPSIS:
                    return "ellipsis";
                default:
                    return "literal";
            }
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    /** True if e is what CPython's {@code bitwise_or} rule yields (no comparison, not, and/or, if-else, lambda). */
    static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
            || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr || e instanceof Expr.Starred
            || (e instanceof Expr.Tuple && !((Expr.Tuple) e).parenthesized)
            || (e instanceof Expr.UnaryOp && ((Expr.UnaryOp) e).op == Expr.UnaryOperator.Not));
    }

    /** The atom an expression starts with (the left end of operators and trailers). */
    static Expr leftmost(Expr e) {
        for (;;) {
            Expr next;
            if (e instanceof Expr.BinOp) {
                next = ((Expr.BinOp) e).left;
            } else if (e instanceof Expr.Attribute) {
                next = ((Expr.Attribute) e).value;
            } else if (e instanceof Expr.Subscript) {
                next = ((Expr.Subscript) e).value;
            } else if (e instanceof Expr.Call) {
                next = ((Expr.Call) e).func;
            } else if (e instanceof Expr.Compare) {
                next = ((Expr.Compare) e).left;
            } else if (e instanceof Expr.BoolOp) {
                next = ((Expr.BoolOp) e).values.get(0);
            } else {
                return e;
            }
            if (next.line != e.line || next.col != e.col) {
                return e;
            }
            e = next;
        }
    }

    /** CPython's {@code !(list|tuple|genexp|'True'|'None'|'False')} lookahead before "cannot assign ... here". */
    static boolean startsWithDisplayOrSingleton(Expr e) {
        Expr l = leftmost(e);
        if (l.line != e.line || l.col != e.col) {
            return false;
        }
        if (l instanceof Expr.ListExpr || l instanceof Expr.GeneratorExp) {
            return true;
        }
        if (l instanceof Expr.Tuple) {
            return ((Expr.Tuple) l).parenthesized;
        }
        if (l instanceof Constant) {
            Constant.Kind k = ((Constant) l).kind;
            return k == Constant.Kind.NONE || k == Constant.Kind.BOOL;
        }
        return false;
    }
}
