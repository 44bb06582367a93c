package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.Constant;
import gradpad.kernel.syntax.Expr.Name;
import gradpad.kernel.syntax.Expr.Starred;
import gradpad.kernel.syntax.Expr.Tuple;
import java.util.List;

/**
 * Primaries and atoms of CPython 3.11's grammar: names, literals, parenthesised forms, lists,
 * comprehensions, calls, subscripts and slices. The operator levels above them live in
 * {@link ExpressionParser}.
 */
abstract class AtomParser extends ParserBase {

    AtomParser(List<Token> tokens, String src, int[] lineStarts) {
        super(tokens, src, lineStarts);
    }

    abstract boolean startsExpression(Token t);

    abstract Expr starExpressions();

    abstract Expr starNamedExpression();

    abstract Expr namedExpression();

    abstract Expr expression();

    abstract Expr disjunction();

    abstract Expr bitwiseOr();

    final Name finishName(Token n) {
        Name name = new Name(mangle(n.text));
        name.line = n.line;
        name.col = n.col;
        name.endLine = n.endLine;
        name.endCol = n.endCol;
        return name;
    }
    // ---- primaries ----------------------------------------------------------------------------

    final Expr primary() {
        Token start = peek();
        Expr e = atom();
        for (;;) {
            if (check(".")) {
                advance();
                Token n = expectName();
                e = finish(new Expr.Attribute(e, mangle(n.text)), start);
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
                    throw error("SyntaxError", "iterable argument unpacking follows keyword argument unpacking",
                        tokens.get(openIdx + 1).line, tokens.get(openIdx + 1).col, tokens.get(pos - 3).endLine,
                        tokens.get(pos - 3).endCol);
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

}
