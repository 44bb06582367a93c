package gradpad.kernel.syntax;

import java.util.List;

/**
 * Expression nodes, named after Python's {@code ast} module. Fields are public and final (except the
 * span in {@link Node}); list fields are never null, optional children are null when absent.
 * Evaluation context (Load/Store/Del) is not recorded: the statement that holds a target knows it.
 */
public abstract class Expr extends Node {
    public abstract <R> R accept(Visitor<R> v);

    /** Classic visitor: TeaVM compiles it to a virtual call, and Java 17 has no pattern switch. */
    public interface Visitor<R> {
        R visitBoolOp(BoolOp e);
        R visitNamedExpr(NamedExpr e);
        R visitBinOp(BinOp e);
        R visitUnaryOp(UnaryOp e);
        R visitLambda(Lambda e);
        R visitIfExp(IfExp e);
        R visitDict(Dict e);
        R visitSet(Set e);
        R visitListComp(ListComp e);
        R visitSetComp(SetComp e);
        R visitDictComp(DictComp e);
        R visitGeneratorExp(GeneratorExp e);
        R visitYield(Yield e);
        R visitYieldFrom(YieldFrom e);
        R visitCompare(Compare e);
        R visitCall(Call e);
        R visitFormattedValue(FormattedValue e);
        R visitJoinedStr(JoinedStr e);
        R visitConstant(Constant e);
        R visitAttribute(Attribute e);
        R visitSubscript(Subscript e);
        R visitStarred(Starred e);
        R visitName(Name e);
        R visitList(ListExpr e);
        R visitTuple(Tuple e);
        R visitSlice(Slice e);
    }

    public enum BoolOperator { And, Or }

    public enum Operator {
        Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"), LShift("<<"),
        RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");
        public final String symbol;
        Operator(String symbol) { this.symbol = symbol; }
    }

    public enum UnaryOperator {
        Invert("~"), Not("not"), UAdd("+"), USub("-");
        public final String symbol;
        UnaryOperator(String symbol) { this.symbol = symbol; }
    }

    public enum CmpOp {
        Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"),
        In("in"), NotIn("not in");
        public final String symbol;
        CmpOp(String symbol) { this.symbol = symbol; }
    }

    public static final class BoolOp extends Expr {
        public final BoolOperator op;
        public final List<Expr> values;
        public BoolOp(BoolOperator op, List<Expr> values) { this.op = op; this.values = values; }
        public <R> R accept(Visitor<R> v) { return v.visitBoolOp(this); }
    }

    /** {@code target := value}. */
    public static final class NamedExpr extends Expr {
        public final Name target;
        public final Expr value;
        public NamedExpr(Name target, Expr value) { this.target = target; this.value = value; }
        public <R> R accept(Visitor<R> v) { return v.visitNamedExpr(this); }
    }

    public static final class BinOp extends Expr {
        public final Expr left;
        public final Operator op;
        public final Expr right;
        public BinOp(Expr left, Operator op, Expr right) { this.left = left; this.op = op; this.right = right; }
        public <R> R accept(Visitor<R> v) { return v.visitBinOp(this); }
    }

    public static final class UnaryOp extends Expr {
        public final UnaryOperator op;
        public final Expr operand;
        public UnaryOp(UnaryOperator op, Expr operand) { this.op = op; this.operand = operand; }
        public <R> R accept(Visitor<R> v) { return v.visitUnaryOp(this); }
    }

    public static final class Lambda extends Expr {
        public final Ast.Arguments args;
        public final Expr body;
        public Lambda(Ast.Arguments args, Expr body) { this.args = args; this.body = body; }
        public <R> R accept(Visitor<R> v) { return v.visitLambda(this); }
    }

    /** {@code body if test else orelse}. */
    public static final class IfExp extends Expr {
        public final Expr test;
        public final Expr body;
        public final Expr orelse;
        public IfExp(Expr test, Expr body, Expr orelse) { this.test = test; this.body = body; this.orelse = orelse; }
        public <R> R accept(Visitor<R> v) { return v.visitIfExp(this); }
    }

    /** A {@code null} key stands for {@code **value} unpacking, as in Python's ast. */
    public static final class Dict extends Expr {
        public final List<Expr> keys;
        public final List<Expr> values;
        public Dict(List<Expr> keys, List<Expr> values) { this.keys = keys; this.values = values; }
        public <R> R accept(Visitor<R> v) { return v.visitDict(this); }
    }

    public static final class Set extends Expr {
        public final List<Expr> elts;
        public Set(List<Expr> elts) { this.elts = elts; }
        public <R> R accept(Visitor<R> v) { return v.visitSet(this); }
    }

    public static final class ListComp extends Expr {
        public final Expr elt;
        public final List<Ast.Comprehension> generators;
        public ListComp(Expr elt, List<Ast.Comprehension> generators) { this.elt = elt; this.generators = generators; }
        public <R> R accept(Visitor<R> v) { return v.visitListComp(this); }
    }

    public static final class SetComp extends Expr {
        public final Expr elt;
        public final List<Ast.Comprehension> generators;
        public SetComp(Expr elt, List<Ast.Comprehension> generators) { this.elt = elt; this.generators = generators; }
        public <R> R accept(Visitor<R> v) { return v.visitSetComp(this); }
    }

    public static final class DictComp extends Expr {
        public final Expr key;
        public final Expr value;
        public final List<Ast.Comprehension> generators;
        public DictComp(Expr key, Expr value, List<Ast.Comprehension> generators) {
            this.key = key; this.value = value; this.generators = generators;
        }
        public <R> R accept(Visitor<R> v) { return v.visitDictComp(this); }
    }

    public static final class GeneratorExp extends Expr {
        public final Expr elt;
        public final List<Ast.Comprehension> generators;
        public GeneratorExp(Expr elt, List<Ast.Comprehension> generators) { this.elt = elt; this.generators = generators; }
        public <R> R accept(Visitor<R> v) { return v.visitGeneratorExp(this); }
    }

    public static final class Yield extends Expr {
        public final Expr value;
        public Yield(Expr value) { this.value = value; }
        public <R> R accept(Visitor<R> v) { return v.visitYield(this); }
    }

    public static final class YieldFrom extends Expr {
        public final Expr value;
        public YieldFrom(Expr value) { this.value = value; }
        public <R> R accept(Visitor<R> v) { return v.visitYieldFrom(this); }
    }

    /** Chained comparison {@code left op0 c0 op1 c1 ...}. */
    public static final class Compare extends Expr {
        public final Expr left;
        public final List<CmpOp> ops;
        public final List<Expr> comparators;
        public Compare(Expr left, List<CmpOp> ops, List<Expr> comparators) {
            this.left = left; this.ops = ops; this.comparators = comparators;
        }
        public <R> R accept(Visitor<R> v) { return v.visitCompare(this); }
    }

    /** {@code args} may hold {@link Starred} ({@code *xs}); a keyword with null name is {@code **kw}. */
    public static final class Call extends Expr {
        public final Expr func;
        public final List<Expr> args;
        public final List<Ast.Keyword> keywords;
        public Call(Expr func, List<Expr> args, List<Ast.Keyword> keywords) {
            this.func = func; this.args = args; this.keywords = keywords;
        }
        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    /** One {@code {value!conversion:spec}} field of an f-string; conversion is -1, 's', 'r' or 'a'. */
    public static final class FormattedValue extends Expr {
        public final Expr value;
        public final int conversion;
        public final JoinedStr formatSpec;
        public FormattedValue(Expr value, int conversion, JoinedStr formatSpec) {
            this.value = value; this.conversion = conversion; this.formatSpec = formatSpec;
        }
        public <R> R accept(Visitor<R> v) { return v.visitFormattedValue(this); }
    }

    /** An f-string: {@link Constant} string pieces and {@link FormattedValue} fields. */
    public static final class JoinedStr extends Expr {
        public final List<Expr> values;
        public JoinedStr(List<Expr> values) { this.values = values; }
        public <R> R accept(Visitor<R> v) { return v.visitJoinedStr(this); }
    }

    /**
     * A literal. Typed fields instead of a boxed Object so the interpreter can switch on {@link #kind}:
     * INT uses {@link #intValue}; BIG_INT (beyond 64 bits) keeps its decimal digits in {@link #text};
     * FLOAT and IMAG (the imaginary part) use {@link #floatValue}; STR and BYTES (chars 0..255) use
     * {@link #text}; BOOL uses {@link #intValue} 0/1.
     */
    public static final class Constant extends Expr {
        public enum Kind { NONE, BOOL, ELLIPSIS, INT, BIG_INT, FLOAT, IMAG, STR, BYTES }

        public final Kind kind;
        public final long intValue;
        public final double floatValue;
        public final String text;

        public Constant(Kind kind, long intValue, double floatValue, String text) {
            this.kind = kind; this.intValue = intValue; this.floatValue = floatValue; this.text = text;
        }

        public static Constant ofStr(String s) { return new Constant(Kind.STR, 0, 0, s); }
        public <R> R accept(Visitor<R> v) { return v.visitConstant(this); }
    }

    public static final class Attribute extends Expr {
        public final Expr value;
        public final String attr;
        public Attribute(Expr value, String attr) { this.value = value; this.attr = attr; }
        public <R> R accept(Visitor<R> v) { return v.visitAttribute(this); }
    }

    /** {@code value[slice]}; {@code x[:, 1]} has a {@link Tuple} slice holding a {@link Slice}. */
    public static final class Subscript extends Expr {
        public final Expr value;
        public final Expr slice;
        public Subscript(Expr value, Expr slice) { this.value = value; this.slice = slice; }
        public <R> R accept(Visitor<R> v) { return v.visitSubscript(this); }
    }

    public static final class Starred extends Expr {
        public final Expr value;
        public Starred(Expr value) { this.value = value; }
        public <R> R accept(Visitor<R> v) { return v.visitStarred(this); }
    }

    public static final class Name extends Expr {
        public final String id;
        public Name(String id) { this.id = id; }
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    /** Python's {@code ast.List} (renamed so it does not clash with {@link java.util.List}). */
    public static final class ListExpr extends Expr {
        public final List<Expr> elts;
        public ListExpr(List<Expr> elts) { this.elts = elts; }
        public <R> R accept(Visitor<R> v) { return v.visitList(this); }
    }

    public static final class Tuple extends Expr {
        public final List<Expr> elts;
        /** Written with its own parentheses; targets like {@code (a, b) = ...} and error hints care. */
        public final boolean parenthesized;
        public Tuple(List<Expr> elts, boolean parenthesized) { this.elts = elts; this.parenthesized = parenthesized; }
        public <R> R accept(Visitor<R> v) { return v.visitTuple(this); }
    }

    /** {@code lower:upper:step}, only inside a subscript; absent parts are null. */
    public static final class Slice extends Expr {
        public final Expr lower;
        public final Expr upper;
        public final Expr step;
        public Slice(Expr lower, Expr upper, Expr step) { this.lower = lower; this.upper = upper; this.step = step; }
        public <R> R accept(Visitor<R> v) { return v.visitSlice(this); }
    }
}
