package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.Name;
import gradpad.kernel.syntax.Expr.Tuple;
import java.util.List;

/**
 * Rejects invalid targets of {@code t1 = t2 = value} the way CPython 3.11's invalid_assignment does:
 * first its "cannot assign to X here. Maybe you meant '=='" hint on the first target, then
 * "cannot assign to X" / "assignment to yield expression not possible" at the first bad target.
 */
final class AssignmentCheck {
    private final ExpressionParser p;

    AssignmentCheck(ExpressionParser p) {
        this.p = p;
    }

    void check(List<Expr> targets, Expr value) {
        int bad = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (Targets.invalidTarget(targets.get(i), Targets.STAR) != null) {
                bad = i;
                break;
            }
        }
        if (bad < 0) {
            return;
        }
        hereHint(targets, value);
        Expr t = targets.get(bad);
        if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom) {
            throw p.errorAt(t, "assignment to yield expression not possible");
        }
        Expr invalid = Targets.invalidTarget(t, Targets.STAR);
        throw p.errorAt(invalid, "cannot assign to " + Targets.exprName(invalid));
    }

    /** invalid_named_expression, reached through the first target's last element. */
    private void hereHint(List<Expr> targets, Expr value) {
        Expr first = targets.get(0);
        Expr elem = first;
        if (first instanceof Tuple && !((Tuple) first).parenthesized) {
            List<Expr> elts = ((Tuple) first).elts;
            elem = elts.get(elts.size() - 1);
        }
        if (!Targets.isBitwiseOrLevel(elem) || Targets.startsWithDisplayOrSingleton(elem)) {
            return;
        }
        Expr next = targets.size() > 1 ? targets.get(1) : value;
        if (!startsBitwiseOr(next) || (targets.size() > 1 && Targets.isBitwiseOrLevel(next))) {
            return;
        }
        if (elem instanceof Name) {
            throw p.errorRange(elem, bitwisePrefix(next), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (Targets.invalidTarget(elem, Targets.STAR) == null) {
            return;
        }
        throw p.errorAt(elem, "cannot assign to " + Targets.exprName(elem) + " here. Maybe you meant '==' instead of '='?");
    }

    private static boolean startsBitwiseOr(Expr e) {
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.Starred
            || e instanceof Expr.Lambda) {
            return false;
        }
        if (e instanceof Expr.UnaryOp && ((Expr.UnaryOp) e).op == Expr.UnaryOperator.Not) {
            return false;
        }
        if (e instanceof Tuple && !((Tuple) e).parenthesized) {
            return startsBitwiseOr(((Tuple) e).elts.get(0));
        }
        if (e instanceof Expr.BoolOp) {
            return startsBitwiseOr(((Expr.BoolOp) e).values.get(0));
        }
        if (e instanceof Expr.IfExp) {
            return startsBitwiseOr(((Expr.IfExp) e).body);
        }
        return true;
    }

    private static Expr bitwisePrefix(Expr e) {
        for (;;) {
            if (e instanceof Tuple && !((Tuple) e).parenthesized) {
                e = ((Tuple) e).elts.get(0);
            } else if (e instanceof Expr.BoolOp) {
                e = ((Expr.BoolOp) e).values.get(0);
            } else if (e instanceof Expr.IfExp) {
                e = ((Expr.IfExp) e).body;
            } else if (e instanceof Expr.Compare) {
                e = ((Expr.Compare) e).left;
            } else {
                return e;
            }
        }
    }
}
