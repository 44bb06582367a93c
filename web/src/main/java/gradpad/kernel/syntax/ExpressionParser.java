package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.BinOp;
import gradpad.kernel.syntax.Expr.Name;
import gradpad.kernel.syntax.Expr.Starred;
import gradpad.kernel.syntax.Expr.Tuple;
import java.util.List;

/**
 * Recursive descent over CPython 3.11's expression grammar (rule names in comments). CPython's
 * second-pass {@code invalid_*} rules are checked in place where they can only match failing input,
 * so the same specific messages come out; they are skipped while {@link #noInvalid} is set.
 */
class ExpressionParser extends AtomParser {
    private final Hints hints = new Hints(this);

    ExpressionParser(List<Token> tokens, String src, int[] lineStarts) {
        super(tokens, src, lineStarts);
    }

    // ---- lists of expressions -----------------------------------------------------------------

    /** Can this token begin an expression? (Used where a comma may be a trailing one.) */
    final boolean startsExpression(Token t) {
        switch (t.type) {
            case NAME:
                return !isKeyword(t.text) || t.text.equals("None") || t.text.equals("True")
                    || t.text.equals("False") || t.text.equals("not") || t.text.equals("lambda")
                    || t.text.equals("await");
            case NUMBER:
            case STRING:
                return true;
            case OP:
                return "([{-+~*".indexOf(t.text.charAt(0)) >= 0 && !t.text.equals("*=") && !t.text.equals("+=")
                    && !t.text.equals("-=") && !t.text.equals("**=") || t.text.equals("...");
            default:
                return false;
        }
    }

    /** star_expressions: {@code a, *b, c} becomes an unparenthesized Tuple. */
    final Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!check(",")) {
            return first;
        }
        List<Expr> elts = list();
        elts.add(first);
        while (match(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(starExpression());
        }
        return finish(new Tuple(elts, false), start);
    }

    final Expr starExpression() {
        if (check("*")) {
            Token star = advance();
            Expr v = bitwiseOr();
            return finish(new Starred(v), star);
        }
        return expression();
    }

    final Expr starNamedExpression() {
        if (check("*")) {
            Token star = advance();
            Expr v = bitwiseOr();
            return finish(new Starred(v), star);
        }
        return namedExpression();
    }

    /** named_expression, with invalid_named_expression's hints about '=' and ':='. */
    final Expr namedExpression() {
        if (checkName() && peek(1).is(":=")) {
            Token n = advance();
            advance();
            Expr v = expression();
            Name target = finishName(n);
            return finish(new Expr.NamedExpr(target, v), n);
        }
        int startIdx = pos;
        Expr a = expression();
        if (check(":=")) {
            if (noInvalid == 0) {
                throw errorAt(a, "cannot use assignment expressions with " + Targets.exprName(a));
            }
            throw invalidSyntax();
        }
        if (check("=") && noInvalid == 0) {
            hints.invalidNamedAssignment(a, startIdx);
        }
        return a;
    }

    // ---- expression and boolean operators -----------------------------------------------------

    final Expr expression() {
        enter();
        try {
            if (check("lambda")) {
                return lambdef();
            }
            int startIdx = pos;
            Token startTok = peek();
            Expr a = disjunction();
            if (check("if")) {
                advance();
                Expr test = disjunction();
                if (!check("else")) {
                    if (noInvalid == 0 && !check(":")) {
                        throw errorRange(a, test, "expected 'else' after 'if' expression");
                    }
                    throw invalidSyntax();
                }
                advance();
                Expr orelse = expression();
                return finish(new Expr.IfExp(test, a, orelse), startTok);
            }
            if (noInvalid == 0) {
                hints.invalidExpression(startIdx, a);
            }
            return a;
        } finally {
            leave();
        }
    }

    final Expr disjunction() {
        Token start = peek();
        Expr a = conjunction();
        if (!check("or")) {
            return a;
        }
        List<Expr> values = list();
        values.add(a);
        while (match("or")) {
            values.add(conjunction());
        }
        return finish(new Expr.BoolOp(Expr.BoolOperator.Or, values), start);
    }

    private Expr conjunction() {
        Token start = peek();
        Expr a = inversion();
        if (!check("and")) {
            return a;
        }
        List<Expr> values = list();
        values.add(a);
        while (match("and")) {
            values.add(inversion());
        }
        return finish(new Expr.BoolOp(Expr.BoolOperator.And, values), start);
    }

    private Expr inversion() {
        if (check("not")) {
            Token t = advance();
            enter();
            try {
                Expr operand = inversion();
                return finish(new Expr.UnaryOp(Expr.UnaryOperator.Not, operand), t);
            } finally {
                leave();
            }
        }
        return comparison();
    }

    private Expr.CmpOp compareOp() {
        Token t = peek();
        if (t.type == Token.Type.OP) {
            switch (t.text) {
                case "==": return Expr.CmpOp.Eq;
                case "!=": return Expr.CmpOp.NotEq;
                case "<": return Expr.CmpOp.Lt;
                case "<=": return Expr.CmpOp.LtE;
                case ">": return Expr.CmpOp.Gt;
                case ">=": return Expr.CmpOp.GtE;
                default: return null;
            }
        }
        if (t.type == Token.Type.NAME) {
            switch (t.text) {
                case "in": return Expr.CmpOp.In;
                case "is": return peek(1).is("not") ? Expr.CmpOp.IsNot : Expr.CmpOp.Is;
                case "not": return peek(1).is("in") ? Expr.CmpOp.NotIn : null;
                default: return null;
            }
        }
        return null;
    }

    private Expr comparison() {
        Token start = peek();
        Expr a = bitwiseOr();
        Expr.CmpOp op = compareOp();
        if (op == null) {
            return a;
        }
        List<Expr.CmpOp> ops = list();
        List<Expr> comparators = list();
        while (op != null) {
            advance();
            if (op == Expr.CmpOp.IsNot || op == Expr.CmpOp.NotIn) {
                advance();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return finish(new Expr.Compare(a, ops, comparators), start);
    }

    // ---- binary operators ---------------------------------------------------------------------

    final Expr bitwiseOr() {
        Token start = peek();
        Expr a = bitwiseXor();
        while (match("|")) {
            Expr b = bitwiseXor();
            a = finish(new BinOp(a, Expr.Operator.BitOr, b), start);
        }
        return a;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr a = bitwiseAnd();
        while (match("^")) {
            Expr b = bitwiseAnd();
            a = finish(new BinOp(a, Expr.Operator.BitXor, b), start);
        }
        return a;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr a = shiftExpr();
        while (match("&")) {
            Expr b = shiftExpr();
            a = finish(new BinOp(a, Expr.Operator.BitAnd, b), start);
        }
        return a;
    }

    private Expr shiftExpr() {
        Token start = peek();
        Expr a = sum();
        for (;;) {
            Expr.Operator op = check("<<") ? Expr.Operator.LShift : check(">>") ? Expr.Operator.RShift : null;
            if (op == null) {
                return a;
            }
            advance();
            Expr b = sum();
            a = finish(new BinOp(a, op, b), start);
        }
    }

    private Expr sum() {
        Token start = peek();
        Expr a = term();
        for (;;) {
            Expr.Operator op = check("+") ? Expr.Operator.Add : check("-") ? Expr.Operator.Sub : null;
            if (op == null) {
                return a;
            }
            advance();
            Expr b = term();
            a = finish(new BinOp(a, op, b), start);
        }
    }

    private Expr term() {
        Token start = peek();
        Expr a = factor();
        for (;;) {
            Expr.Operator op = termOp();
            if (op == null) {
                return a;
            }
            advance();
            Expr b = factor();
            a = finish(new BinOp(a, op, b), start);
        }
    }

    private Expr.Operator termOp() {
        Token t = peek();
        if (t.type != Token.Type.OP) {
            return null;
        }
        switch (t.text) {
            case "*": return Expr.Operator.Mult;
            case "/": return Expr.Operator.Div;
            case "//": return Expr.Operator.FloorDiv;
            case "%": return Expr.Operator.Mod;
            case "@": return Expr.Operator.MatMult;
            default: return null;
        }
    }

    private Expr factor() {
        Token t = peek();
        Expr.UnaryOperator op = t.is("+") ? Expr.UnaryOperator.UAdd : t.is("-") ? Expr.UnaryOperator.USub
            : t.is("~") ? Expr.UnaryOperator.Invert : null;
        if (op == null || t.type != Token.Type.OP) {
            return power();
        }
        advance();
        enter();
        try {
            Expr operand = factor();
            return finish(new Expr.UnaryOp(op, operand), t);
        } finally {
            leave();
        }
    }

    /** power: primary ['**' factor]; right-associative and tighter than a unary minus on its left. */
    private Expr power() {
        Token start = peek();
        Expr a = primary();
        if (!match("**")) {
            return a;
        }
        enter();
        try {
            Expr b = factor();
            return finish(new BinOp(a, Expr.Operator.Pow, b), start);
        } finally {
            leave();
        }
    }

    /** lambdef: {@code lambda params: expression}. */
    private Expr lambdef() {
        Token t = advance();
        Ast.Arguments args = new Parameters(this, true).parse();
        expect(":");
        Expr body = expression();
        return finish(new Expr.Lambda(args, body), t);
    }
}
