package gradpad.kernel.syntax;

import java.util.List;

/** Statement nodes, named after Python's {@code ast}; lists are never null, optional parts may be. */
public abstract class Stmt extends Node {
    public abstract <R> R accept(Visitor<R> v);

    public interface Visitor<R> {
        R visitFunctionDef(FunctionDef s);
        R visitClassDef(ClassDef s);
        R visitReturn(Return s);
        R visitDelete(Delete s);
        R visitAssign(Assign s);
        R visitAugAssign(AugAssign s);
        R visitAnnAssign(AnnAssign s);
        R visitFor(For s);
        R visitWhile(While s);
        R visitIf(If s);
        R visitWith(With s);
        R visitRaise(Raise s);
        R visitTry(Try s);
        R visitAssert(Assert s);
        R visitImport(Import s);
        R visitImportFrom(ImportFrom s);
        R visitGlobal(Global s);
        R visitNonlocal(Nonlocal s);
        R visitExpr(ExprStmt s);
        R visitPass(Pass s);
        R visitBreak(Break s);
        R visitContinue(Continue s);
    }

    /** Its span starts at {@code def} (not at a decorator), as in CPython 3.8+. */
    public static final class FunctionDef extends Stmt {
        public final String name;
        public final Ast.Arguments args;
        public final List<Stmt> body;
        public final List<Expr> decorators;
        public final Expr returns;
        public FunctionDef(String name, Ast.Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns) {
            this.name = name; this.args = args; this.body = body; this.decorators = decorators; this.returns = returns;
        }
        public <R> R accept(Visitor<R> v) { return v.visitFunctionDef(this); }
    }

    public static final class ClassDef extends Stmt {
        public final String name;
        public final List<Expr> bases;
        public final List<Ast.Keyword> keywords;
        public final List<Stmt> body;
        public final List<Expr> decorators;
        public ClassDef(String name, List<Expr> bases, List<Ast.Keyword> keywords, List<Stmt> body, List<Expr> decorators) {
            this.name = name; this.bases = bases; this.keywords = keywords; this.body = body; this.decorators = decorators;
        }
        public <R> R accept(Visitor<R> v) { return v.visitClassDef(this); }
    }

    public static final class Return extends Stmt {
        public final Expr value;
        public Return(Expr value) { this.value = value; }
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    public static final class Delete extends Stmt {
        public final List<Expr> targets;
        public Delete(List<Expr> targets) { this.targets = targets; }
        public <R> R accept(Visitor<R> v) { return v.visitDelete(this); }
    }

    /** {@code t1 = t2 = value}: targets in source order. */
    public static final class Assign extends Stmt {
        public final List<Expr> targets;
        public final Expr value;
        public Assign(List<Expr> targets, Expr value) { this.targets = targets; this.value = value; }
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    public static final class AugAssign extends Stmt {
        public final Expr target;
        public final Expr.Operator op;
        public final Expr value;
        public AugAssign(Expr target, Expr.Operator op, Expr value) { this.target = target; this.op = op; this.value = value; }
        public <R> R accept(Visitor<R> v) { return v.visitAugAssign(this); }
    }

    /** {@code target: annotation = value}; value may be null; simple = target is a bare name. */
    public static final class AnnAssign extends Stmt {
        public final Expr target;
        public final Expr annotation;
        public final Expr value;
        public final boolean simple;
        public AnnAssign(Expr target, Expr annotation, Expr value, boolean simple) {
            this.target = target; this.annotation = annotation; this.value = value; this.simple = simple;
        }
        public <R> R accept(Visitor<R> v) { return v.visitAnnAssign(this); }
    }

    public static final class For extends Stmt {
        public final Expr target;
        public final Expr iter;
        public final List<Stmt> body;
        public final List<Stmt> orelse;
        public For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
            this.target = target; this.iter = iter; this.body = body; this.orelse = orelse;
        }
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    public static final class While extends Stmt {
        public final Expr test;
        public final List<Stmt> body;
        public final List<Stmt> orelse;
        public While(Expr test, List<Stmt> body, List<Stmt> orelse) { this.test = test; this.body = body; this.orelse = orelse; }
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    /** {@code elif} is an If nested alone in {@code orelse}, as in Python's ast. */
    public static final class If extends Stmt {
        public final Expr test;
        public final List<Stmt> body;
        public final List<Stmt> orelse;
        public If(Expr test, List<Stmt> body, List<Stmt> orelse) { this.test = test; this.body = body; this.orelse = orelse; }
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    public static final class With extends Stmt {
        public final List<Ast.WithItem> items;
        public final List<Stmt> body;
        public With(List<Ast.WithItem> items, List<Stmt> body) { this.items = items; this.body = body; }
        public <R> R accept(Visitor<R> v) { return v.visitWith(this); }
    }

    public static final class Raise extends Stmt {
        public final Expr exc;
        public final Expr cause;
        public Raise(Expr exc, Expr cause) { this.exc = exc; this.cause = cause; }
        public <R> R accept(Visitor<R> v) { return v.visitRaise(this); }
    }

    public static final class Try extends Stmt {
        public final List<Stmt> body;
        public final List<Ast.ExceptHandler> handlers;
        public final List<Stmt> orelse;
        public final List<Stmt> finalbody;
        public Try(List<Stmt> body, List<Ast.ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
            this.body = body; this.handlers = handlers; this.orelse = orelse; this.finalbody = finalbody;
        }
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    public static final class Assert extends Stmt {
        public final Expr test;
        public final Expr msg;
        public Assert(Expr test, Expr msg) { this.test = test; this.msg = msg; }
        public <R> R accept(Visitor<R> v) { return v.visitAssert(this); }
    }

    public static final class Import extends Stmt {
        public final List<Ast.Alias> names;
        public Import(List<Ast.Alias> names) { this.names = names; }
        public <R> R accept(Visitor<R> v) { return v.visitImport(this); }
    }

    /** {@code from module import names}; module is null for {@code from . import x}. */
    public static final class ImportFrom extends Stmt {
        public final String module;
        public final List<Ast.Alias> names;
        public final int level;
        public ImportFrom(String module, List<Ast.Alias> names, int level) { this.module = module; this.names = names; this.level = level; }
        public <R> R accept(Visitor<R> v) { return v.visitImportFrom(this); }
    }

    public static final class Global extends Stmt {
        public final List<String> names;
        public Global(List<String> names) { this.names = names; }
        public <R> R accept(Visitor<R> v) { return v.visitGlobal(this); }
    }

    public static final class Nonlocal extends Stmt {
        public final List<String> names;
        public Nonlocal(List<String> names) { this.names = names; }
        public <R> R accept(Visitor<R> v) { return v.visitNonlocal(this); }
    }

    /** Python's {@code ast.Expr}: an expression evaluated for its effect (or a docstring). */
    public static final class ExprStmt extends Stmt {
        public final Expr value;
        public ExprStmt(Expr value) { this.value = value; }
        public <R> R accept(Visitor<R> v) { return v.visitExpr(this); }
    }

    public static final class Pass extends Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitPass(this); }
    }

    public static final class Break extends Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitBreak(this); }
    }

    public static final class Continue extends Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitContinue(this); }
    }
}
