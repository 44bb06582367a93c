package gradpad.kernel.eval;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Items;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/** Assignment and deletion targets: names, attributes, subscripts and (starred) unpacking. */
final class Targets {
    private Targets() {
    }

    static void assign(Interpreter in, Expr t, Object value) {
        if (t instanceof Expr.Name) {
            in.storeName(((Expr.Name) t).id, value);
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) t;
            Runtime.setAttr(in.expr.eval(a.value), a.attr, value);
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) t;
            Object obj = in.expr.eval(s.value);
            Runtime.setItem(obj, in.expr.subscriptKey(s.slice), value);
        } else if (t instanceof Expr.Tuple) {
            unpack(in, ((Expr.Tuple) t).elts, value);
        } else if (t instanceof Expr.ListExpr) {
            unpack(in, ((Expr.ListExpr) t).elts, value);
        } else {
            throw Errors.make(gradpad.kernel.runtime.Types.SYNTAX_ERROR, "cannot assign to expression");
        }
    }

    private static void unpack(Interpreter in, List<Expr> targets, Object value) {
        List<Object> values = new ArrayList<>();
        PyIterator it;
        try {
            it = Runtime.iter(value);
        } catch (gradpad.kernel.runtime.PyException e) {
            throw Errors.typeError("cannot unpack non-iterable " + Runtime.typeName(value) + " object");
        }
        int star = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        int n = targets.size();
        while (it.hasNext()) {
            values.add(it.next());
            if (star < 0 && values.size() > n) {
                throw Errors.valueError("too many values to unpack (expected " + n + ")");
            }
        }
        if (star < 0) {
            if (values.size() < n) {
                throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + values.size() + ")");
            }
            for (int i = 0; i < n; i++) {
                assign(in, targets.get(i), values.get(i));
            }
            return;
        }
        int after = n - star - 1;
        if (values.size() < n - 1) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got "
                    + values.size() + ")");
        }
        for (int i = 0; i < star; i++) {
            assign(in, targets.get(i), values.get(i));
        }
        List<Object> middle = new ArrayList<>(values.subList(star, values.size() - after));
        assign(in, ((Expr.Starred) targets.get(star)).value, new PyList(middle));
        for (int i = 0; i < after; i++) {
            assign(in, targets.get(star + 1 + i), values.get(values.size() - after + i));
        }
    }

    static void delete(Interpreter in, Expr t) {
        if (t instanceof Expr.Name) {
            in.deleteName(((Expr.Name) t).id);
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) t;
            Items.delete(in.expr.eval(s.value), in.expr.subscriptKey(s.slice));
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) t;
            Object obj = in.expr.eval(a.value);
            if (obj instanceof gradpad.kernel.runtime.PyInstance
                    && ((gradpad.kernel.runtime.PyInstance) obj).dict.remove(a.attr) != null) {
                return;
            }
            throw Errors.noAttribute(obj, a.attr);
        } else if (t instanceof Expr.Tuple || t instanceof Expr.ListExpr) {
            List<Expr> elts = t instanceof Expr.Tuple ? ((Expr.Tuple) t).elts : ((Expr.ListExpr) t).elts;
            for (Expr e : elts) {
                delete(in, e);
            }
        }
    }

}
