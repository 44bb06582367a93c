package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.BinOp;
import gradpad.kernel.syntax.Expr.Constant;
import gradpad.kernel.syntax.Expr.Name;
import gradpad.kernel.syntax.Expr.Starred;
import gradpad.kernel.syntax.Expr.Tuple;
import java.util.List;

/**
 * Recursive descent over CPython 3.11's expression grammar (rule names in comments). CPython's
 * second-pass {@code invalid_*} rules are checked in place where they can only match failing input,
 * so the same specific messages come out; they are skipped while {@link #noInvalid} is set.
 */
class ExpressionParser extends ParserBase {

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
            invalidNamedAssignment(a, startIdx);
        }
        return a;
    }

    private Name finishName(Token n) {
        Name name = new Name(n.text);
        name.line = n.line;
        name.col = n.col;
        name.endLine = n.endLine;
        name.endCol = n.endCol;
        return name;
    }

    /** {@code a = b} where an expression is expected: CPython suggests '==' (or ':=' for a bare name). */
    final void invalidNamedAssignment(Expr a, int startIdx) {
        boolean bareName = a instanceof Name && pos == startIdx + 1;
        if (!bareName && (!Targets.isBitwiseOrLevel(a) || Targets.startsWithDisplayOrSingleton(a))) {
            return;
        }
        int save = pos;
        advance();
        Expr b;
        noInvalid++;
        try {
            b = bitwiseOr();
        } catch (PySyntaxError e) {
            if (e.fromTokenizer) {
                throw e;
            }
            pos = save;
            return;
        } finally {
            noInvalid--;
        }
        if (check("=") || check(":=")) {
            pos = save;
            return;
        }
        if (bareName) {
            throw errorRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        throw errorAt(a, "cannot assign to " + Targets.exprName(a) + " here. Maybe you meant '==' instead of '='?");
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
                invalidExpression(startIdx, a);
            }
            return a;
        } finally {
            leave();
        }
    }

    /** Tokens that can start an expression but cannot continue the one before them. */
    private boolean startsJuxtaposed(Token t) {
        if (t.type == Token.Type.OP) {
            return t.text.equals("{") || t.text.equals("~") || t.text.equals("...");
        }
        return startsExpression(t);
    }

    /** invalid_expression / invalid_legacy_expression: two expressions side by side. */
    private void invalidExpression(int startIdx, Expr a) {
        if (!startsJuxtaposed(peek())) {
            return;
        }
        Token first = tokens.get(startIdx);
        boolean bareName = a instanceof Name && pos == startIdx + 1;
        if (bareName && (first.text.equals("print") || first.text.equals("exec"))) {
            int save = pos;
            Expr b;
            noInvalid++;
            try {
                b = starExpressions();
            } catch (PySyntaxError e) {
                if (e.fromTokenizer) {
                    throw e;
                }
                pos = save;
                return;
            } finally {
                noInvalid--;
            }
            String id = first.text;
            throw errorRange(a, b, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
        }
        boolean nameString = first.type == Token.Type.NAME && tokens.get(startIdx + 1).type == Token.Type.STRING;
        boolean softKeyword = first.type == Token.Type.NAME
            && (first.text.equals("match") || first.text.equals("case") || first.text.equals("_"));
        if (nameString || softKeyword) {
            return;
        }
        int save = pos;
        Expr b;
        noInvalid++;
        try {
            b = expression();
        } catch (PySyntaxError e) {
            if (e.fromTokenizer) {
                throw e;
            }
            pos = save;
            return;
        } finally {
            noInvalid--;
        }
        if (previous().level == 0) {
            pos = save;
            return;
        }
        throw errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
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

    // ---- primaries ----------------------------------------------------------------------------

    final Expr primary() {
        Token start = peek();
        Expr e = atom();
        for (;;) {
            if (check(".")) {
                advance();
                Token n = expectName();
                e = finish(new Expr.Attribute(e, n.text), start);
            } else if (check("(")) {
                e = call(e, start);
            } else if (check("[")) {
                advance();
                Expr s = slices();
                expect("]");
                e = finish(new Expr.Subscript(e, s), start);
            } else {
                return e;
            }
        }
    }

    private Expr slices() {
        Token start = peek();
        Expr first = sliceOrStarred();
        if (!check(",")) {
            if (first instanceof Starred) {
                // slices: a lone starred expression still makes a tuple (PEP 646)
                List<Expr> one = list();
                one.add(first);
                return finish(new Tuple(one, false), start);
            }
            return first;
        }
        List<Expr> elts = list();
        elts.add(first);
        while (match(",")) {
            if (!startsExpression(peek()) && !check(":")) {
                break;
            }
            elts.add(sliceOrStarred());
        }
        return finish(new Tuple(elts, false), start);
    }

    private Expr sliceOrStarred() {
        if (check("*")) {
            Token star = advance();
            Expr v = expression();
            return finish(new Starred(v), star);
        }
        Token start = peek();
        Expr lower = null;
        if (!check(":")) {
            lower = namedExpression();
            if (!check(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = startsExpression(peek()) ? expression() : null;
        Expr step = null;
        if (match(":")) {
            step = startsExpression(peek()) ? expression() : null;
        }
        return finish(new Expr.Slice(lower, upper, step), start);
    }

    /** Call arguments, with invalid_arguments / invalid_kwarg messages. */
    final Expr call(Expr func, Token start) {
        int openIdx = pos;
        Token open = advance();
        List<Expr> args = list();
        List<Ast.Keyword> keywords = list();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        String positionalError = null;
        while (!check(")")) {
            Token t = peek();
            if (t.is("*") && t.type == Token.Type.OP) {
                advance();
                if (noInvalid == 0 && pos - 1 > openIdx + 1 && (sawDoubleStar || !startsExpression(peek()))) {
                    // invalid_arguments: args ',' '*' -- reported at the start of the arguments
                    throw errorAt(tokens.get(openIdx + 1), "iterable argument unpacking follows keyword argument unpacking");
                }
                Expr v = expression();
                args.add(finish(new Starred(v), t));
            } else if (t.is("**") && t.type == Token.Type.OP) {
                advance();
                Expr v = expression();
                keywords.add(finish(new Ast.Keyword(null, v), t));
                sawDoubleStar = true;
            } else if (t.type == Token.Type.NAME && peek(1).is("=") && peek(1).type == Token.Type.OP) {
                if (t.text.equals("True") || t.text.equals("False") || t.text.equals("None")) {
                    Token eq = peek(1);
                    throw error("SyntaxError", "cannot assign to " + t.text, t.line, t.col, eq.endLine, eq.endCol);
                }
                if (isKeyword(t.text)) {
                    throw invalidSyntax();
                }
                advance();
                Token eq = advance();
                Expr v = expression();
                if (check("for") && noInvalid == 0) {
                    throw error("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        t.line, t.col, eq.endLine, eq.endCol);
                }
                keywords.add(finish(new Ast.Keyword(t.text, v), t));
                sawKeyword = true;
            } else {
                Expr e = checkName() && peek(1).is(":=") ? namedExpression() : expression();
                if (check("=") && noInvalid == 0) {
                    Token eq = peek();
                    throw error("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?",
                        e.line, e.col, eq.endLine, eq.endCol);
                }
                if (check("for")) {
                    List<Ast.Comprehension> gens = forIfClauses();
                    if (args.isEmpty() && keywords.isEmpty() && check(")")) {
                        advance();
                        Expr g = finish(new Expr.GeneratorExp(e, gens), open);
                        args.add(g);
                        return finish(new Expr.Call(func, args, keywords), start);
                    }
                    Expr lastIter = lastNode(gens);
                    throw errorRange(e, lastIter, "Generator expression must be parenthesized");
                }
                if ((sawKeyword || sawDoubleStar) && positionalError == null) {
                    positionalError = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument";
                }
                args.add(e);
            }
            if (!match(",")) {
                break;
            }
        }
        if (positionalError != null && noInvalid == 0) {
            throw errorAt(peek(), positionalError);
        }
        expect(")");
        return finish(new Expr.Call(func, args, keywords), start);
    }

    /** The last expression of a comprehension clause list (for error ranges). */
    static Expr lastNode(List<Ast.Comprehension> gens) {
        Ast.Comprehension c = gens.get(gens.size() - 1);
        return c.ifs.isEmpty() ? c.iter : c.ifs.get(c.ifs.size() - 1);
    }

    // ---- atoms --------------------------------------------------------------------------------

    final Expr atom() {
        Token t = peek();
        switch (t.type) {
            case NAME:
                switch (t.text) {
                    case "None":
                        advance();
                        return finish(new Constant(Constant.Kind.NONE, 0, 0, null), t);
                    case "True":
                        advance();
                        return finish(new Constant(Constant.Kind.BOOL, 1, 0, null), t);
                    case "False":
                        advance();
                        return finish(new Constant(Constant.Kind.BOOL, 0, 0, null), t);
                    default:
                        if (isKeyword(t.text)) {
                            throw invalidSyntax();
                        }
                        advance();
                        return finishName(t);
                }
            case NUMBER:
                advance();
                return finish(Numbers.parse(t.text), t);
            case STRING:
                return strings();
            case OP:
                switch (t.text) {
                    case "(":
                        return parenAtom();
                    case "[":
                        return listAtom();
                    case "{":
                        return new Displays(this).braceAtom();
                    case "...":
                        advance();
                        return finish(new Constant(Constant.Kind.ELLIPSIS, 0, 0, null), t);
                    default:
                        throw invalidSyntax();
                }
            default:
                throw invalidSyntax();
        }
    }

    /** STRING+: adjacent literals are concatenated; f-strings become a JoinedStr. */
    private Expr strings() {
        int first = pos;
        while (peek().type == Token.Type.STRING) {
            pos++;
        }
        Token after = peek();
        return new StringParser(this, tokens.subList(first, pos), after).parse();
    }

    /** tuple | group | genexp. */
    final Expr parenAtom() {
        Token open = advance();
        if (match(")")) {
            return finish(new Tuple(list(), true), open);
        }
        if (check("yield")) {
            Expr y = yieldExpr();
            expect(")");
            return y;
        }
        if (check("**") && noInvalid == 0) {
            Token dstar = advance();
            expression();
            if (check(")")) {
                throw errorAt(dstar, "cannot use double starred expression here");
            }
            throw invalidSyntax();
        }
        Expr first = starNamedExpression();
        if (check("for")) {
            if (first instanceof Starred && noInvalid == 0) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Ast.Comprehension> gens = forIfClauses();
            expect(")");
            return finish(new Expr.GeneratorExp(first, gens), open);
        }
        if (check(",")) {
            List<Expr> elts = list();
            elts.add(first);
            while (match(",")) {
                if (check(")")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            expect(")");
            return finish(new Tuple(elts, true), open);
        }
        if (first instanceof Starred && check(")") && noInvalid == 0) {
            throw errorAt(first, "cannot use starred expression here");
        }
        expect(")");
        return first;
    }

    /** list | listcomp. */
    private Expr listAtom() {
        Token open = advance();
        if (match("]")) {
            return finish(new Expr.ListExpr(list()), open);
        }
        Expr first = starNamedExpression();
        if (check("for")) {
            if (first instanceof Starred && noInvalid == 0) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Ast.Comprehension> gens = forIfClauses();
            expect("]");
            return finish(new Expr.ListComp(first, gens), open);
        }
        List<Expr> elts = list();
        elts.add(first);
        elementsThenCheckComprehension(elts, "]");
        expect("]");
        return finish(new Expr.ListExpr(elts), open);
    }

    /** Parses {@code , x, y} and reports a bare comprehension target like {@code [x, y for ...]}. */
    final void elementsThenCheckComprehension(List<Expr> elts, String close) {
        Token lastComma = null;
        while (check(",")) {
            lastComma = advance();
            if (check(close) || check("for")) {
                break;
            }
            lastComma = null;
            elts.add(starNamedExpression());
        }
        if (check("for") && noInvalid == 0) {
            Expr a = elts.get(0);
            if (lastComma != null && elts.size() == 1) {
                throw error("SyntaxError", "did you forget parentheses around the comprehension target?", a.line,
                    a.col, lastComma.endLine, lastComma.endCol);
            }
            throw errorRange(a, elts.get(elts.size() - 1), "did you forget parentheses around the comprehension target?");
        }
    }

    /** for_if_clauses: {@code for target in disjunction (if disjunction)*}, repeated. */
    final List<Ast.Comprehension> forIfClauses() {
        List<Ast.Comprehension> gens = list();
        while (check("for")) {
            advance();
            Expr target = targetList(Targets.FOR);
            if (!check("in")) {
                throw invalidSyntax();
            }
            advance();
            Expr iter = disjunction();
            List<Expr> ifs = list();
            while (match("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Ast.Comprehension(target, iter, ifs));
        }
        return gens;
    }

    /** star_targets for for-loops and comprehensions: stops before 'in'; rejects non-targets. */
    final Expr targetList(int kind) {
        Token start = peek();
        Expr first = starTarget();
        Expr result = first;
        if (check(",")) {
            List<Expr> elts = list();
            elts.add(first);
            while (match(",")) {
                if (!startsExpression(peek())) {
                    break;
                }
                elts.add(starTarget());
            }
            result = finish(new Tuple(elts, false), start);
        }
        Expr bad = Targets.invalidTarget(result, kind);
        if (bad != null) {
            throw errorAt(bad, "cannot assign to " + Targets.exprName(bad));
        }
        return result;
    }

    private Expr starTarget() {
        if (check("*")) {
            Token star = advance();
            Expr v = bitwiseOr();
            return finish(new Starred(v), star);
        }
        return bitwiseOr();
    }

    /** yield_expr: {@code yield from x} or {@code yield [star_expressions]}. */
    final Expr yieldExpr() {
        Token y = advance();
        if (match("from")) {
            Expr v = expression();
            return finish(new Expr.YieldFrom(v), y);
        }
        if (startsExpression(peek())) {
            Expr v = starExpressions();
            return finish(new Expr.Yield(v), y);
        }
        return finish(new Expr.Yield(null), y);
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
