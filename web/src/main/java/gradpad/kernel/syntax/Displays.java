package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.Starred;
import java.util.List;

/** Brace atoms: dict | set | dictcomp | setcomp, with CPython's dict-specific messages. */
final class Displays {
    private final AtomParser p;

    Displays(AtomParser p) {
        this.p = p;
    }

    Expr braceAtom() {
        Token open = p.advance();
        if (p.match("}")) {
            return p.finish(new Expr.Dict(ParserBase.list(), ParserBase.list()), open);
        }
        List<Expr> keys = ParserBase.list();
        List<Expr> values = ParserBase.list();
        if (p.check("**")) {
            Token dstar = p.advance();
            Expr v = p.bitwiseOr();
            if (p.check("for") && p.noInvalid == 0) {
                throw p.errorAt(dstar, "dict unpacking cannot be used in dict comprehension");
            }
            keys.add(null);
            values.add(v);
            return dictRest(open, keys, values);
        }
        Expr first = p.starNamedExpression();
        if (p.check(":") && !(first instanceof Starred)) {
            Expr value = dictValue();
            if (p.check("for")) {
                List<Ast.Comprehension> gens = p.forIfClauses();
                p.expect("}");
                return p.finish(new Expr.DictComp(first, value, gens), open);
            }
            keys.add(first);
            values.add(value);
            return dictRest(open, keys, values);
        }
        if (p.check("for")) {
            if (first instanceof Starred && p.noInvalid == 0) {
                throw p.errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Ast.Comprehension> gens = p.forIfClauses();
            p.expect("}");
            return p.finish(new Expr.SetComp(first, gens), open);
        }
        List<Expr> elts = ParserBase.list();
        elts.add(first);
        p.elementsThenCheckComprehension(elts, "}");
        p.expect("}");
        return p.finish(new Expr.Set(elts), open);
    }

    /** After a key: ':' and the value, or CPython's invalid_kvpair messages. */
    private Expr dictValue() {
        Token colon = p.advance();
        if (p.noInvalid == 0) {
            if (p.check("}") || p.check(",")) {
                throw p.errorAt(colon, "expression expected after dictionary key and ':'");
            }
            if (p.check("*")) {
                Token star = p.advance();
                Expr v = p.bitwiseOr();
                throw p.errorRange(star, v, "cannot use a starred expression in a dictionary value");
            }
        }
        return p.expression();
    }

    private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
        while (p.match(",")) {
            if (p.check("}")) {
                break;
            }
            if (p.check("**")) {
                p.advance();
                keys.add(null);
                values.add(p.bitwiseOr());
                continue;
            }
            Expr k = p.expression();
            if (!p.check(":")) {
                if (p.noInvalid == 0) {
                    throw p.error("SyntaxError", "':' expected after dictionary key", k.line, k.endCol - 1,
                        k.endLine, 0);
                }
                throw p.invalidSyntax();
            }
            keys.add(k);
            values.add(dictValue());
        }
        p.expect("}");
        return p.finish(new Expr.Dict(keys, values), open);
    }
}
