package gradpad.kernel.syntax;

import java.math.BigDecimal;
import java.util.List;

/**
 * Compact s-expression dump, e.g. {@code (Assign [(Name x)] (BinOp (Name y) Add (Constant 2)))}: one
 * line per top-level statement, lists in brackets, absent optional fields as {@code _}. The test
 * generator prints Python's own {@code ast} in the same form. With positions, each node carries
 * {@code @line:col-endLine:endCol} (1-based columns).
 */
public final class AstDump implements Expr.Visitor<Void>, Stmt.Visitor<Void> {
    private final StringBuilder sb = new StringBuilder();
    private final boolean positions;

    private AstDump(boolean positions) {
        this.positions = positions;
    }

    public static String dump(Module m, boolean positions) {
        AstDump d = new AstDump(positions);
        for (int i = 0; i < m.body.size(); i++) {
            if (i > 0) {
                d.sb.append('\n');
            }
            m.body.get(i).accept(d);
        }
        return d.sb.toString();
    }

    public static String dump(Expr e, boolean positions) {
        AstDump d = new AstDump(positions);
        e.accept(d);
        return d.sb.toString();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void open(String type, Node n) {
        sb.append('(').append(type);
        if (positions && n != null) {
            sb.append('@').append(n.line).append(':').append(n.col).append('-').append(n.endLine).append(':')
                .append(n.endCol);
        }
    }

    private void close() {
        sb.append(')');
    }

    private void expr(Expr e) {
        sb.append(' ');
        if (e == null) {
            sb.append('_');
        } else {
            e.accept(this);
        }
    }

    private void exprs(List<Expr> es) {
        sb.append(" [");
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            Expr e = es.get(i);
            if (e == null) {
                sb.append('_');
            } else {
                e.accept(this);
            }
        }
        sb.append(']');
    }

    private void stmts(List<Stmt> ss) {
        sb.append(" [");
        for (int i = 0; i < ss.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            ss.get(i).accept(this);
        }
        sb.append(']');
    }

    private void ident(String s) {
        sb.append(' ').append(s == null ? "_" : s);
    }

    private void names(List<String> names) {
        sb.append(" [");
        for (int i = 0; i < names.size(); i++) {
            sb.append(i > 0 ? " " : "").append(names.get(i));
        }
        sb.append(']');
    }

    private void arg(Ast.Arg a) {
        sb.append(' ');
        argItem(a);
    }

    private void argItem(Ast.Arg a) {
        if (a == null) {
            sb.append('_');
            return;
        }
        open("arg", a);
        ident(a.arg);
        expr(a.annotation);
        close();
    }

    private void arguments(Ast.Arguments a) {
        sb.append(" (arguments");
        argList(a.posonlyargs);
        argList(a.args);
        arg(a.vararg);
        argList(a.kwonlyargs);
        exprs(a.kwDefaults);
        arg(a.kwarg);
        exprs(a.defaults);
        close();
    }

    private void argList(List<Ast.Arg> args) {
        sb.append(" [");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            argItem(args.get(i));
        }
        sb.append(']');
    }

    private void keywords(List<Ast.Keyword> kws) {
        sb.append(" [");
        for (int i = 0; i < kws.size(); i++) {
            Ast.Keyword k = kws.get(i);
            if (i > 0) {
                sb.append(' ');
            }
            open("keyword", k);
            ident(k.arg);
            expr(k.value);
            close();
        }
        sb.append(']');
    }

    private void comprehensions(List<Ast.Comprehension> gens) {
        sb.append(" [");
        for (int i = 0; i < gens.size(); i++) {
            Ast.Comprehension c = gens.get(i);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append("(comprehension");
            expr(c.target);
            expr(c.iter);
            exprs(c.ifs);
            close();
        }
        sb.append(']');
    }

    private void aliases(List<Ast.Alias> names) {
        sb.append(" [");
        for (int i = 0; i < names.size(); i++) {
            Ast.Alias a = names.get(i);
            if (i > 0) {
                sb.append(' ');
            }
            open("alias", a);
            ident(a.name);
            ident(a.asname);
            close();
        }
        sb.append(']');
    }

    /** Python-like quoting with a fixed escape set the generator reproduces exactly. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\\' || cp == '\'') {
                b.append('\\').append((char) cp);
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append("\\x").append(hex(cp, 2));
            } else if (cp < 0x7f) {
                b.append((char) cp);
            } else if (cp < 0x10000) {
                b.append("\\u").append(hex(cp, 4));
            } else {
                b.append("\\U").append(hex(cp, 8));
            }
        }
        return b.append('\'').toString();
    }

    private static String hex(int v, int width) {
        StringBuilder h = new StringBuilder(Integer.toHexString(v));
        while (h.length() < width) {
            h.insert(0, '0');
        }
        return h.toString();
    }

    /** The exact decimal value of a double (Python: {@code format(Decimal(x), 'f')}). */
    static String exactFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(d).toPlainString();
        return s.indexOf('.') >= 0 ? s : s + ".0";
    }

    // ---- statements ---------------------------------------------------------------------------

    public Void visitFunctionDef(Stmt.FunctionDef s) {
        open("FunctionDef", s);
        ident(s.name);
        arguments(s.args);
        stmts(s.body);
        exprs(s.decorators);
        expr(s.returns);
        close();
        return null;
    }

    public Void visitClassDef(Stmt.ClassDef s) {
        open("ClassDef", s);
        ident(s.name);
        exprs(s.bases);
        keywords(s.keywords);
        stmts(s.body);
        exprs(s.decorators);
        close();
        return null;
    }

    public Void visitReturn(Stmt.Return s) {
        open("Return", s);
        expr(s.value);
        close();
        return null;
    }

    public Void visitDelete(Stmt.Delete s) {
        open("Delete", s);
        exprs(s.targets);
        close();
        return null;
    }

    public Void visitAssign(Stmt.Assign s) {
        open("Assign", s);
        exprs(s.targets);
        expr(s.value);
        close();
        return null;
    }

    public Void visitAugAssign(Stmt.AugAssign s) {
        open("AugAssign", s);
        expr(s.target);
        ident(s.op.name());
        expr(s.value);
        close();
        return null;
    }

    public Void visitAnnAssign(Stmt.AnnAssign s) {
        open("AnnAssign", s);
        expr(s.target);
        expr(s.annotation);
        expr(s.value);
        ident(s.simple ? "1" : "0");
        close();
        return null;
    }

    public Void visitFor(Stmt.For s) {
        open("For", s);
        expr(s.target);
        expr(s.iter);
        stmts(s.body);
        stmts(s.orelse);
        close();
        return null;
    }

    public Void visitWhile(Stmt.While s) {
        open("While", s);
        expr(s.test);
        stmts(s.body);
        stmts(s.orelse);
        close();
        return null;
    }

    public Void visitIf(Stmt.If s) {
        open("If", s);
        expr(s.test);
        stmts(s.body);
        stmts(s.orelse);
        close();
        return null;
    }

    public Void visitWith(Stmt.With s) {
        open("With", s);
        sb.append(" [");
        for (int i = 0; i < s.items.size(); i++) {
            Ast.WithItem item = s.items.get(i);
            sb.append(i > 0 ? " (withitem" : "(withitem");
            expr(item.contextExpr);
            expr(item.optionalVars);
            close();
        }
        sb.append(']');
        stmts(s.body);
        close();
        return null;
    }

    public Void visitRaise(Stmt.Raise s) {
        open("Raise", s);
        expr(s.exc);
        expr(s.cause);
        close();
        return null;
    }

    public Void visitTry(Stmt.Try s) {
        open("Try", s);
        stmts(s.body);
        sb.append(" [");
        for (int i = 0; i < s.handlers.size(); i++) {
            Ast.ExceptHandler h = s.handlers.get(i);
            if (i > 0) {
                sb.append(' ');
            }
            open("ExceptHandler", h);
            expr(h.type);
            ident(h.name);
            stmts(h.body);
            close();
        }
        sb.append(']');
        stmts(s.orelse);
        stmts(s.finalbody);
        close();
        return null;
    }

    public Void visitAssert(Stmt.Assert s) {
        open("Assert", s);
        expr(s.test);
        expr(s.msg);
        close();
        return null;
    }

    public Void visitImport(Stmt.Import s) {
        open("Import", s);
        aliases(s.names);
        close();
        return null;
    }

    public Void visitImportFrom(Stmt.ImportFrom s) {
        open("ImportFrom", s);
        ident(s.module);
        aliases(s.names);
        ident(Integer.toString(s.level));
        close();
        return null;
    }

    public Void visitGlobal(Stmt.Global s) {
        open("Global", s);
        names(s.names);
        close();
        return null;
    }

    public Void visitNonlocal(Stmt.Nonlocal s) {
        open("Nonlocal", s);
        names(s.names);
        close();
        return null;
    }

    public Void visitExpr(Stmt.ExprStmt s) {
        open("Expr", s);
        expr(s.value);
        close();
        return null;
    }

    public Void visitPass(Stmt.Pass s) {
        open("Pass", s);
        close();
        return null;
    }

    public Void visitBreak(Stmt.Break s) {
        open("Break", s);
        close();
        return null;
    }

    public Void visitContinue(Stmt.Continue s) {
        open("Continue", s);
        close();
        return null;
    }

    // ---- expressions --------------------------------------------------------------------------

    public Void visitBoolOp(Expr.BoolOp e) {
        open("BoolOp", e);
        ident(e.op.name());
        exprs(e.values);
        close();
        return null;
    }

    public Void visitNamedExpr(Expr.NamedExpr e) {
        open("NamedExpr", e);
        expr(e.target);
        expr(e.value);
        close();
        return null;
    }

    public Void visitBinOp(Expr.BinOp e) {
        open("BinOp", e);
        expr(e.left);
        ident(e.op.name());
        expr(e.right);
        close();
        return null;
    }

    public Void visitUnaryOp(Expr.UnaryOp e) {
        open("UnaryOp", e);
        ident(e.op.name());
        expr(e.operand);
        close();
        return null;
    }

    public Void visitLambda(Expr.Lambda e) {
        open("Lambda", e);
        arguments(e.args);
        expr(e.body);
        close();
        return null;
    }

    public Void visitIfExp(Expr.IfExp e) {
        open("IfExp", e);
        expr(e.test);
        expr(e.body);
        expr(e.orelse);
        close();
        return null;
    }

    public Void visitDict(Expr.Dict e) {
        open("Dict", e);
        exprs(e.keys);
        exprs(e.values);
        close();
        return null;
    }

    public Void visitSet(Expr.Set e) {
        open("Set", e);
        exprs(e.elts);
        close();
        return null;
    }

    public Void visitListComp(Expr.ListComp e) {
        open("ListComp", e);
        expr(e.elt);
        comprehensions(e.generators);
        close();
        return null;
    }

    public Void visitSetComp(Expr.SetComp e) {
        open("SetComp", e);
        expr(e.elt);
        comprehensions(e.generators);
        close();
        return null;
    }

    public Void visitDictComp(Expr.DictComp e) {
        open("DictComp", e);
        expr(e.key);
        expr(e.value);
        comprehensions(e.generators);
        close();
        return null;
    }

    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        open("GeneratorExp", e);
        expr(e.elt);
        comprehensions(e.generators);
        close();
        return null;
    }

    public Void visitYield(Expr.Yield e) {
        open("Yield", e);
        expr(e.value);
        close();
        return null;
    }

    public Void visitYieldFrom(Expr.YieldFrom e) {
        open("YieldFrom", e);
        expr(e.value);
        close();
        return null;
    }

    public Void visitCompare(Expr.Compare e) {
        open("Compare", e);
        expr(e.left);
        sb.append(" [");
        for (int i = 0; i < e.ops.size(); i++) {
            sb.append(i > 0 ? " " : "").append(e.ops.get(i).name());
        }
        sb.append(']');
        exprs(e.comparators);
        close();
        return null;
    }

    public Void visitCall(Expr.Call e) {
        open("Call", e);
        expr(e.func);
        exprs(e.args);
        keywords(e.keywords);
        close();
        return null;
    }

    public Void visitFormattedValue(Expr.FormattedValue e) {
        open("FormattedValue", e);
        expr(e.value);
        ident(Integer.toString(e.conversion));
        expr(e.formatSpec);
        close();
        return null;
    }

    public Void visitJoinedStr(Expr.JoinedStr e) {
        open("JoinedStr", e);
        exprs(e.values);
        close();
        return null;
    }

    public Void visitConstant(Expr.Constant e) {
        open("Constant", e);
        sb.append(' ');
        switch (e.kind) {
            case NONE: sb.append("None"); break;
            case BOOL: sb.append(e.intValue != 0 ? "True" : "False"); break;
            case ELLIPSIS: sb.append("..."); break;
            case INT: sb.append(e.intValue); break;
            case BIG_INT: sb.append(e.text); break;
            case FLOAT: sb.append(exactFloat(e.floatValue)); break;
            case IMAG: sb.append(exactFloat(e.floatValue)).append('j'); break;
            case STR: sb.append(quote(e.text)); break;
            case BYTES: sb.append('b').append(quote(e.text)); break;
            default: break;
        }
        close();
        return null;
    }

    public Void visitAttribute(Expr.Attribute e) {
        open("Attribute", e);
        expr(e.value);
        ident(e.attr);
        close();
        return null;
    }

    public Void visitSubscript(Expr.Subscript e) {
        open("Subscript", e);
        expr(e.value);
        expr(e.slice);
        close();
        return null;
    }

    public Void visitStarred(Expr.Starred e) {
        open("Starred", e);
        expr(e.value);
        close();
        return null;
    }

    public Void visitName(Expr.Name e) {
        open("Name", e);
        ident(e.id);
        close();
        return null;
    }

    public Void visitList(Expr.ListExpr e) {
        open("List", e);
        exprs(e.elts);
        close();
        return null;
    }

    public Void visitTuple(Expr.Tuple e) {
        open("Tuple", e);
        exprs(e.elts);
        close();
        return null;
    }

    public Void visitSlice(Expr.Slice e) {
        open("Slice", e);
        expr(e.lower);
        expr(e.upper);
        expr(e.step);
        close();
        return null;
    }
}
