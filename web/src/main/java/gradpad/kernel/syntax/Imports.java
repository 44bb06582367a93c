package gradpad.kernel.syntax;

import java.util.List;

/** import_name and import_from. */
final class Imports {
    private final ExpressionParser p;

    Imports(ExpressionParser p) {
        this.p = p;
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(p.expectName().text);
        while (p.check(".")) {
            p.advance();
            sb.append('.').append(p.expectName().text);
        }
        return sb.toString();
    }

    private Ast.Alias alias(boolean dotted) {
        Token s = p.peek();
        String name = dotted ? dottedName() : p.expectName().text;
        String asname = p.match("as") ? p.expectName().text : null;
        return p.finish(new Ast.Alias(name, asname), s);
    }

    /** 'import' dotted_as_names. */
    Stmt importName() {
        Token t = p.advance();
        List<Ast.Alias> names = ParserBase.list();
        do {
            names.add(alias(true));
        } while (p.match(","));
        return p.finish(new Stmt.Import(names), t);
    }

    /** 'from' ('.' | '...')* dotted_name 'import' targets. */
    Stmt importFrom() {
        Token t = p.advance();
        int level = 0;
        for (;;) {
            if (p.check(".")) {
                level++;
            } else if (p.check("...")) {
                level += 3;
            } else {
                break;
            }
            p.advance();
        }
        String module = null;
        if (level == 0 || !p.check("import")) {
            module = dottedName();
        }
        p.expect("import");
        List<Ast.Alias> names = ParserBase.list();
        if (p.check("*")) {
            Token star = p.advance();
            names.add(p.finish(new Ast.Alias("*", null), star));
        } else if (p.match("(")) {
            do {
                if (!names.isEmpty() && p.check(")")) {
                    break;
                }
                names.add(alias(false));
            } while (p.match(","));
            p.expect(")");
        } else {
            names.add(alias(false));
            while (p.match(",")) {
                if (p.checkType(Token.Type.NEWLINE)) {
                    throw p.errorAt(p.peek(), "trailing comma not allowed without surrounding parentheses");
                }
                names.add(alias(false));
            }
        }
        return p.finish(new Stmt.ImportFrom(module, names, level), t);
    }
}
