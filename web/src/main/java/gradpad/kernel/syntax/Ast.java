package gradpad.kernel.syntax;

import java.util.List;

/** The small non-expression, non-statement nodes of Python's {@code ast}. */
public final class Ast {
    private Ast() {
    }

    /** Parameters of a def or lambda. {@code kwDefaults} parallels {@code kwonlyargs} (null = none). */
    public static final class Arguments {
        public final List<Arg> posonlyargs;
        public final List<Arg> args;
        public final Arg vararg;
        public final List<Arg> kwonlyargs;
        public final List<Expr> kwDefaults;
        public final Arg kwarg;
        /** Defaults of the last {@code defaults.size()} positional parameters (posonly then args). */
        public final List<Expr> defaults;

        public Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                         List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
            this.posonlyargs = posonlyargs;
            this.args = args;
            this.vararg = vararg;
            this.kwonlyargs = kwonlyargs;
            this.kwDefaults = kwDefaults;
            this.kwarg = kwarg;
            this.defaults = defaults;
        }
    }

    public static final class Arg extends Node {
        public final String arg;
        public final Expr annotation;
        public Arg(String arg, Expr annotation) { this.arg = arg; this.annotation = annotation; }
    }

    /** {@code arg=value} in a call or class header; {@code arg == null} means {@code **value}. */
    public static final class Keyword extends Node {
        public final String arg;
        public final Expr value;
        public Keyword(String arg, Expr value) { this.arg = arg; this.value = value; }
    }

    /** One {@code for target in iter if ifs...} clause of a comprehension. */
    public static final class Comprehension {
        public final Expr target;
        public final Expr iter;
        public final List<Expr> ifs;
        public Comprehension(Expr target, Expr iter, List<Expr> ifs) { this.target = target; this.iter = iter; this.ifs = ifs; }
    }

    /** {@code except type as name: body}; type and name may be null. */
    public static final class ExceptHandler extends Node {
        public final Expr type;
        public final String name;
        public final List<Stmt> body;
        public ExceptHandler(Expr type, String name, List<Stmt> body) { this.type = type; this.name = name; this.body = body; }
    }

    /** {@code import name as asname}; name may be dotted ({@code a.b}) or {@code *}. */
    public static final class Alias extends Node {
        public final String name;
        public final String asname;
        public Alias(String name, String asname) { this.name = name; this.asname = asname; }
    }

    public static final class WithItem {
        public final Expr contextExpr;
        public final Expr optionalVars;
        public WithItem(Expr contextExpr, Expr optionalVars) { this.contextExpr = contextExpr; this.optionalVars = optionalVars; }
    }
}
