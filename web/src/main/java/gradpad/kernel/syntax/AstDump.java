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

    // ---- helpers (fluent, so that each visit method is one line) ------------------------------

    private AstDump open(String type, Node n) {
        sb.append('(').append(type);
        if (positions && n != null) {
            sb.append('@').append(n.line).append(':').append(n.col).append('-').append(n.endLine).append(':')
                .append(n.endCol);
        }
        return this;
    }

    private Void end() {
        sb.append(')');
        return null;
    }

    private AstDump item(Expr e) {
        if (e == null) {
            sb.append('_');
        } else {
            e.accept(this);
        }
        return this;
    }

    private AstDump e(Expr e) {
        sb.append(' ');
        return item(e);
    }

    private AstDump es(List<Expr> es) {
        sb.append(" [");
        for (int i = 0; i < es.size(); i++) {
            sb.append(i > 0 ? " " : "");
            item(es.get(i));
        }
        sb.append(']');
        return this;
    }

    private AstDump ss(List<Stmt> ss) {
        sb.append(" [");
        for (int i = 0; i < ss.size(); i++) {
            sb.append(i > 0 ? " " : "");
            ss.get(i).accept(this);
        }
        sb.append(']');
        return this;
    }

    private AstDump id(String s) {
        sb.append(' ').append(s == null ? "_" : s);
        return this;
    }

    private AstDump names(List<String> names) {
        sb.append(" [").append(String.join(" ", names)).append(']');
        return this;
    }

    private AstDump argItem(Ast.Arg a) {
        if (a == null) {
            sb.append('_');
            return this;
        }
        open("arg", a).id(a.arg).e(a.annotation).end();
        return this;
    }

    private AstDump arg(Ast.Arg a) {
        sb.append(' ');
        return argItem(a);
    }

    private AstDump args(List<Ast.Arg> args) {
        sb.append(" [");
        for (int i = 0; i < args.size(); i++) {
            sb.append(i > 0 ? " " : "");
            argItem(args.get(i));
        }
        sb.append(']');
        return this;
    }

    private AstDump arguments(Ast.Arguments a) {
        sb.append(" (arguments");
        args(a.posonlyargs).args(a.args).arg(a.vararg).args(a.kwonlyargs).es(a.kwDefaults).arg(a.kwarg)
            .es(a.defaults).end();
        return this;
    }

    private AstDump keywords(List<Ast.Keyword> kws) {
        sb.append(" [");
        for (int i = 0; i < kws.size(); i++) {
            sb.append(i > 0 ? " " : "");
            open("keyword", kws.get(i)).id(kws.get(i).arg).e(kws.get(i).value).end();
        }
        sb.append(']');
        return this;
    }

    private AstDump generators(List<Ast.Comprehension> gens) {
        sb.append(" [");
        for (int i = 0; i < gens.size(); i++) {
            Ast.Comprehension c = gens.get(i);
            sb.append(i > 0 ? " " : "");
            open("comprehension", null).e(c.target).e(c.iter).es(c.ifs).end();
        }
        sb.append(']');
        return this;
    }

    private AstDump aliases(List<Ast.Alias> names) {
        sb.append(" [");
        for (int i = 0; i < names.size(); i++) {
            sb.append(i > 0 ? " " : "");
            open("alias", names.get(i)).id(names.get(i).name).id(names.get(i).asname).end();
        }
        sb.append(']');
        return this;
    }

    private AstDump withItems(List<Ast.WithItem> items) {
        sb.append(" [");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i > 0 ? " " : "");
            open("withitem", null).e(items.get(i).contextExpr).e(items.get(i).optionalVars).end();
        }
        sb.append(']');
        return this;
    }

    private AstDump handlers(List<Ast.ExceptHandler> hs) {
        sb.append(" [");
        for (int i = 0; i < hs.size(); i++) {
            Ast.ExceptHandler h = hs.get(i);
            sb.append(i > 0 ? " " : "");
            open("ExceptHandler", h).e(h.type).id(h.name).ss(h.body).end();
        }
        sb.append(']');
        return this;
    }

    private AstDump cmpops(List<Expr.CmpOp> ops) {
        sb.append(" [");
        for (int i = 0; i < ops.size(); i++) {
            sb.append(i > 0 ? " " : "").append(ops.get(i).name());
        }
        sb.append(']');
        return this;
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

    // ---- visitors ---------------------------------------------------------------------------

    public Void visitFunctionDef(Stmt.FunctionDef s) {
        return open("FunctionDef", s).id(s.name).arguments(s.args).ss(s.body).es(s.decorators).e(s.returns).end();
    }

    public Void visitClassDef(Stmt.ClassDef s) {
        return open("ClassDef", s).id(s.name).es(s.bases).keywords(s.keywords).ss(s.body).es(s.decorators).end();
    }

    public Void visitReturn(Stmt.Return s) {
        return open("Return", s).e(s.value).end();
    }

    public Void visitDelete(Stmt.Delete s) {
        return open("Delete", s).es(s.targets).end();
    }

    public Void visitAssign(Stmt.Assign s) {
        return open("Assign", s).es(s.targets).e(s.value).end();
    }

    public Void visitAugAssign(Stmt.AugAssign s) {
        return open("AugAssign", s).e(s.target).id(s.op.name()).e(s.value).end();
    }

    public Void visitAnnAssign(Stmt.AnnAssign s) {
        return open("AnnAssign", s).e(s.target).e(s.annotation).e(s.value).id(s.simple ? "1" : "0").end();
    }

    public Void visitFor(Stmt.For s) {
        return open("For", s).e(s.target).e(s.iter).ss(s.body).ss(s.orelse).end();
    }

    public Void visitWhile(Stmt.While s) {
        return open("While", s).e(s.test).ss(s.body).ss(s.orelse).end();
    }

    public Void visitIf(Stmt.If s) {
        return open("If", s).e(s.test).ss(s.body).ss(s.orelse).end();
    }

    public Void visitWith(Stmt.With s) {
        return open("With", s).withItems(s.items).ss(s.body).end();
    }

    public Void visitRaise(Stmt.Raise s) {
        return open("Raise", s).e(s.exc).e(s.cause).end();
    }

    public Void visitTry(Stmt.Try s) {
        return open("Try", s).ss(s.body).handlers(s.handlers).ss(s.orelse).ss(s.finalbody).end();
    }

    public Void visitAssert(Stmt.Assert s) {
        return open("Assert", s).e(s.test).e(s.msg).end();
    }

    public Void visitImport(Stmt.Import s) {
        return open("Import", s).aliases(s.names).end();
    }

    public Void visitImportFrom(Stmt.ImportFrom s) {
        return open("ImportFrom", s).id(s.module).aliases(s.names).id(Integer.toString(s.level)).end();
    }

    public Void visitGlobal(Stmt.Global s) {
        return open("Global", s).names(s.names).end();
    }

    public Void visitNonlocal(Stmt.Nonlocal s) {
        return open("Nonlocal", s).names(s.names).end();
    }

    public Void visitExpr(Stmt.ExprStmt s) {
        return open("Expr", s).e(s.value).end();
    }

    public Void visitPass(Stmt.Pass s) {
        return open("Pass", s).end();
    }

    public Void visitBreak(Stmt.Break s) {
        return open("Break", s).end();
    }

    public Void visitContinue(Stmt.Continue s) {
        return open("Continue", s).end();
    }

    public Void visitBoolOp(Expr.BoolOp x) {
        return open("BoolOp", x).id(x.op.name()).es(x.values).end();
    }

    public Void visitNamedExpr(Expr.NamedExpr x) {
        return open("NamedExpr", x).e(x.target).e(x.value).end();
    }

    public Void visitBinOp(Expr.BinOp x) {
        return open("BinOp", x).e(x.left).id(x.op.name()).e(x.right).end();
    }

    public Void visitUnaryOp(Expr.UnaryOp x) {
        return open("UnaryOp", x).id(x.op.name()).e(x.operand).end();
    }

    public Void visitLambda(Expr.Lambda x) {
        return open("Lambda", x).arguments(x.args).e(x.body).end();
    }

    public Void visitIfExp(Expr.IfExp x) {
        return open("IfExp", x).e(x.test).e(x.body).e(x.orelse).end();
    }

    public Void visitDict(Expr.Dict x) {
        return open("Dict", x).es(x.keys).es(x.values).end();
    }

    public Void visitSet(Expr.Set x) {
        return open("Set", x).es(x.elts).end();
    }

    public Void visitListComp(Expr.ListComp x) {
        return open("ListComp", x).e(x.elt).generators(x.generators).end();
    }

    public Void visitSetComp(Expr.SetComp x) {
        return open("SetComp", x).e(x.elt).generators(x.generators).end();
    }

    public Void visitDictComp(Expr.DictComp x) {
        return open("DictComp", x).e(x.key).e(x.value).generators(x.generators).end();
    }

    public Void visitGeneratorExp(Expr.GeneratorExp x) {
        return open("GeneratorExp", x).e(x.elt).generators(x.generators).end();
    }

    public Void visitYield(Expr.Yield x) {
        return open("Yield", x).e(x.value).end();
    }

    public Void visitYieldFrom(Expr.YieldFrom x) {
        return open("YieldFrom", x).e(x.value).end();
    }

    public Void visitCompare(Expr.Compare x) {
        return open("Compare", x).e(x.left).cmpops(x.ops).es(x.comparators).end();
    }

    public Void visitCall(Expr.Call x) {
        return open("Call", x).e(x.func).es(x.args).keywords(x.keywords).end();
    }

    public Void visitFormattedValue(Expr.FormattedValue x) {
        return open("FormattedValue", x).e(x.value).id(Integer.toString(x.conversion)).e(x.formatSpec).end();
    }

    public Void visitJoinedStr(Expr.JoinedStr x) {
        return open("JoinedStr", x).es(x.values).end();
    }

    public Void visitConstant(Expr.Constant x) {
        return open("Constant", x).id(constant(x)).end();
    }

    public Void visitAttribute(Expr.Attribute x) {
        return open("Attribute", x).e(x.value).id(x.attr).end();
    }

    public Void visitSubscript(Expr.Subscript x) {
        return open("Subscript", x).e(x.value).e(x.slice).end();
    }

    public Void visitStarred(Expr.Starred x) {
        return open("Starred", x).e(x.value).end();
    }

    public Void visitName(Expr.Name x) {
        return open("Name", x).id(x.id).end();
    }

    public Void visitList(Expr.ListExpr x) {
        return open("List", x).es(x.elts).end();
    }

    public Void visitTuple(Expr.Tuple x) {
        return open("Tuple", x).es(x.elts).end();
    }

    public Void visitSlice(Expr.Slice x) {
        return open("Slice", x).e(x.lower).e(x.upper).e(x.step).end();
    }

    private static String constant(Expr.Constant x) {
        switch (x.kind) {
            case NONE: return "None";
            case BOOL: return x.intValue != 0 ? "True" : "False";
            case ELLIPSIS: return "...";
            case INT: return Long.toString(x.intValue);
            case BIG_INT: return x.text;
            case FLOAT: return exactFloat(x.floatValue);
            case IMAG: return exactFloat(x.floatValue) + "j";
            case STR: return quote(x.text);
            default: return "b" + quote(x.text);
        }
    }
}
