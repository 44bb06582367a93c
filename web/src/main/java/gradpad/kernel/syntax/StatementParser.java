package gradpad.kernel.syntax;

import gradpad.kernel.syntax.Expr.Name;
import java.util.List;

/** Compound statements of CPython 3.11's grammar, with its block and missing-colon messages. */
class StatementParser extends SimpleStatementParser {

    StatementParser(List<Token> tokens, String src, int[] lineStarts) {
        super(tokens, src, lineStarts);
    }

    /** file: [statements] ENDMARKER. */
    final List<Stmt> file() {
        List<Stmt> body = list();
        while (!checkType(Token.Type.ENDMARKER)) {
            statement(body);
        }
        return body;
    }

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.type == Token.Type.NAME) {
            switch (t.text) {
                case "if":
                    out.add(ifStmt());
                    return;
                case "while":
                    out.add(whileStmt());
                    return;
                case "for":
                    out.add(forStmt());
                    return;
                case "try":
                    out.add(tryStmt());
                    return;
                case "with":
                    out.add(withStmt());
                    return;
                case "def":
                    out.add(funcDef(list()));
                    return;
                case "class":
                    out.add(classDef(list()));
                    return;
                default:
                    break;
            }
        } else if (t.type == Token.Type.OP && t.text.equals("@")) {
            out.add(decorated());
            return;
        }
        simpleStmts(out);
    }

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts, or "expected an indented block after ...". */
    private List<Stmt> block(String after, int line) {
        List<Stmt> body = list();
        if (!checkType(Token.Type.NEWLINE)) {
            simpleStmts(body);
            return body;
        }
        advance();
        if (!checkType(Token.Type.INDENT)) {
            Token t = peek();
            throw error("IndentationError", "expected an indented block after " + after + " on line " + line,
                t.line, t.col, t.endLine, endOffset(t));
        }
        advance();
        enter();
        try {
            while (!checkType(Token.Type.DEDENT)) {
                statement(body);
            }
        } finally {
            leave();
        }
        advance();
        return body;
    }

    /** A compound statement spans from its keyword to the end of its last nested statement. */
    private static <T extends Stmt> T spanTo(T s, Token start, List<Stmt> lastBlock) {
        Stmt last = lastBlock.get(lastBlock.size() - 1);
        return span(s, start, last);
    }

    /** The non-forced ':' of if/while/for/with/class/elif/except: "expected ':'" only before a NEWLINE. */
    private void colon() {
        if (check(":")) {
            advance();
            return;
        }
        if (checkType(Token.Type.NEWLINE)) {
            throw errorAt(peek(), "expected ':'");
        }
        throw invalidSyntax();
    }

    private Stmt ifStmt() {
        Token kw = advance();
        Expr test = namedExpression();
        colon();
        List<Stmt> body = block("'" + kw.text + "' statement", kw.line);
        List<Stmt> orelse = list();
        if (check("elif")) {
            orelse.add(ifStmt());
        } else if (check("else")) {
            orelse = elseBlock();
        }
        return spanTo(new Stmt.If(test, body, orelse), kw, orelse.isEmpty() ? body : orelse);
    }

    private List<Stmt> elseBlock() {
        Token e = advance();
        expectForced(":");
        return block("'else' statement", e.line);
    }

    private Stmt whileStmt() {
        Token kw = advance();
        Expr test = namedExpression();
        colon();
        List<Stmt> body = block("'while' statement", kw.line);
        List<Stmt> orelse = check("else") ? elseBlock() : list();
        return spanTo(new Stmt.While(test, body, orelse), kw, orelse.isEmpty() ? body : orelse);
    }

    private Stmt forStmt() {
        Token kw = advance();
        Expr target = targetList(Targets.FOR);
        if (!check("in")) {
            throw invalidSyntax();
        }
        advance();
        Expr iter = starExpressions();
        colon();
        List<Stmt> body = block("'for' statement", kw.line);
        List<Stmt> orelse = check("else") ? elseBlock() : list();
        return spanTo(new Stmt.For(target, iter, body, orelse), kw, orelse.isEmpty() ? body : orelse);
    }

    private Stmt tryStmt() {
        Token kw = advance();
        expectForced(":");
        List<Stmt> body = block("'try' statement", kw.line);
        List<Ast.ExceptHandler> handlers = list();
        while (check("except")) {
            handlers.add(exceptBlock());
        }
        if (handlers.isEmpty() && !check("finally")) {
            throw errorAt(peek(), "expected 'except' or 'finally' block");
        }
        List<Stmt> orelse = !handlers.isEmpty() && check("else") ? elseBlock() : list();
        List<Stmt> finalbody = list();
        if (check("finally")) {
            Token f = advance();
            expectForced(":");
            finalbody = block("'finally' statement", f.line);
        }
        Stmt.Try s = new Stmt.Try(body, handlers, orelse, finalbody);
        if (!finalbody.isEmpty()) {
            return spanTo(s, kw, finalbody);
        }
        if (!orelse.isEmpty()) {
            return spanTo(s, kw, orelse);
        }
        Ast.ExceptHandler h = handlers.get(handlers.size() - 1);
        return span(s, kw, h);
    }

    private Ast.ExceptHandler exceptBlock() {
        Token ex = advance();
        Expr type = null;
        String name = null;
        if (!check(":")) {
            if (checkType(Token.Type.NEWLINE)) {
                throw errorAt(peek(), "expected ':'");
            }
            type = expression();
            if (check(",") && noInvalid == 0) {
                int save = pos;
                Expr lastType = type;
                while (match(",")) {
                    if (!startsExpression(peek())) {
                        break;
                    }
                    lastType = expression();
                }
                if (match("as")) {
                    expectName();
                }
                if (check(":")) {
                    throw errorRange(type, lastType, "multiple exception types must be parenthesized");
                }
                pos = save;
                throw invalidSyntax();
            }
            if (match("as")) {
                name = expectName().text;
            }
            colon();
        } else {
            advance();
        }
        List<Stmt> body = block("'except' statement", ex.line);
        return span(new Ast.ExceptHandler(type, name, body), ex, body.get(body.size() - 1));
    }

    private Stmt withStmt() {
        Token kw = advance();
        List<Ast.WithItem> items = null;
        Token colonMissing = null;
        if (check("(")) {
            // 3.9+ parenthesized items; if that reading fails, it is an ordinary expression.
            int save = pos;
            noInvalid++;
            try {
                advance();
                List<Ast.WithItem> tryItems = list();
                tryItems.add(withItem());
                while (match(",")) {
                    if (check(")")) {
                        break;
                    }
                    tryItems.add(withItem());
                }
                expect(")");
                if (checkType(Token.Type.NEWLINE)) {
                    colonMissing = peek();
                }
                if (!check(":")) {
                    throw invalidSyntax();
                }
                items = tryItems;
            } catch (PySyntaxError e) {
                if (e.fromTokenizer) {
                    throw e;
                }
                pos = save;
            } finally {
                noInvalid--;
            }
            if (colonMissing != null) {
                throw errorAt(colonMissing, "expected ':'");
            }
        }
        if (items == null) {
            items = list();
            items.add(withItem());
            while (match(",")) {
                items.add(withItem());
            }
        }
        colon();
        List<Stmt> body = block("'with' statement", kw.line);
        return spanTo(new Stmt.With(items, body), kw, body);
    }

    private Ast.WithItem withItem() {
        Expr e = expression();
        if (!match("as")) {
            return new Ast.WithItem(e, null);
        }
        Expr target = check("*") ? starExpression() : expression();
        Expr bad = Targets.invalidTarget(target, Targets.STAR);
        if (bad != null) {
            throw errorAt(bad, "cannot assign to " + Targets.exprName(bad));
        }
        return new Ast.WithItem(e, target);
    }

    private Stmt decorated() {
        List<Expr> decorators = list();
        while (check("@")) {
            advance();
            decorators.add(namedExpression());
            if (!checkType(Token.Type.NEWLINE)) {
                throw invalidSyntax();
            }
            advance();
        }
        if (check("def")) {
            return funcDef(decorators);
        }
        if (check("class")) {
            return classDef(decorators);
        }
        throw invalidSyntax();
    }

    private Stmt funcDef(List<Expr> decorators) {
        Token kw = advance();
        Token name = expectName();
        expectForced("(");
        Ast.Arguments args = new Parameters(this, false).parse();
        expect(")");
        Expr returns = match("->") ? expression() : null;
        expectForced(":");
        List<Stmt> body = block("function definition", kw.line);
        return spanTo(new Stmt.FunctionDef(mangle(name.text), args, body, decorators, returns), kw, body);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = advance();
        Token name = expectName();
        List<Expr> bases = list();
        List<Ast.Keyword> keywords = list();
        if (check("(")) {
            Expr.Call c = (Expr.Call) call(span(new Name(name.text), name, name), name);
            bases = c.args;
            keywords = c.keywords;
        }
        colon();
        String outer = privateClass;
        privateClass = name.text;
        List<Stmt> body;
        try {
            body = block("class definition", kw.line);
        } finally {
            privateClass = outer;
        }
        return spanTo(new Stmt.ClassDef(mangle(name.text), bases, keywords, body, decorators), kw, body);
    }

    private static <T extends Node> T span(T n, Token from, Token to) {
        n.line = from.line;
        n.col = from.col;
        n.endLine = to.endLine;
        n.endCol = to.endCol;
        return n;
    }

}
