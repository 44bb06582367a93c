package gradpad.kernel.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public API as the interpreter uses it: entry points, node fields, positions, visitors. */
class SyntaxApiTest {

    private static String expr(String src) {
        return AstDump.dump(Parser.parseExpression(src), false);
    }

    @Test
    void powerBindsTighterThanUnaryMinusOnItsLeft() {
        assertEquals("(UnaryOp USub (BinOp (Constant 2) Pow (Constant 2)))", expr("-2**2"));
        assertEquals("(BinOp (Constant 2) Pow (UnaryOp USub (Constant 1)))", expr("2**-1"));
        assertEquals("(BinOp (Constant 2) Pow (BinOp (Constant 3) Pow (Constant 2)))", expr("2**3**2"));
    }

    @Test
    void expressionEntryPoint() {
        assertEquals("(Tuple [(Name a) (Name b)])", expr("a, b"));
        assertEquals("(Subscript (Name x) (Tuple [(Slice _ _ _) (Constant 1)]))", expr("x[:, 1]"));
        assertEquals("(Subscript (Name x) (Tuple [(Constant ...) (Constant 0)]))", expr("x[..., 0]"));
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseExpression("1 +"));
        assertEquals("SyntaxError", e.pythonType);
        assertEquals("invalid syntax", e.msg);
    }

    private static Expr.Constant constant(String src) {
        return (Expr.Constant) Parser.parseExpression(src);
    }

    @Test
    void integerLiterals() {
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807").intValue);
        assertEquals(Expr.Constant.Kind.BIG_INT, constant("9223372036854775808").kind);
        assertEquals("9223372036854775808", constant("9223372036854775808").text);
        assertEquals("1208925819614629174706175", constant("0xFFFFFFFFFFFFFFFFFFFF").text);
        assertEquals(31, constant("0x1F").intValue);
        assertEquals(15, constant("0o17").intValue);
        assertEquals(11, constant("0b1011").intValue);
        assertEquals(1_000_000, constant("1_000_000").intValue);
    }

    @Test
    void floatAndStringLiterals() {
        assertEquals(1.0, constant("1.").floatValue);
        assertEquals(0.5, constant(".5").floatValue);
        assertEquals(0.001, constant("1e-3").floatValue);
        assertEquals(1000.0, constant("1_000.0").floatValue);
        assertEquals(Double.POSITIVE_INFINITY, constant("1e400").floatValue);
        assertEquals("ab\n\u00e9", constant("'a' \"b\" '\\n\\u00e9'").text);
        assertEquals("\\n", constant("r'\\n'").text);
        assertEquals(Expr.Constant.Kind.BYTES, constant("b'\\xff'").kind);
        assertEquals("\u00ff", constant("b'\\xff'").text);
    }

    @Test
    void fStringParts() {
        Expr.JoinedStr j = (Expr.JoinedStr) Parser.parseExpression("f\"{loss.item():.4f} {x!r}\"");
        Expr.FormattedValue first = (Expr.FormattedValue) j.values.get(0);
        assertEquals(-1, first.conversion);
        assertEquals(".4f", ((Expr.Constant) first.formatSpec.values.get(0)).text);
        assertEquals('r', ((Expr.FormattedValue) j.values.get(2)).conversion);
    }

    @Test
    void positionsNameTheLine() {
        Module m = Parser.parse("import torch\n\n@torch.no_grad()\ndef f(x):\n    return x * 2\ny = f(1)\n");
        Stmt.FunctionDef f = (Stmt.FunctionDef) m.body.get(1);
        assertEquals(4, f.line); // the def line, not the decorator's (as in CPython 3.8+)
        assertEquals(5, f.endLine);
        Stmt.Return r = (Stmt.Return) f.body.get(0);
        assertEquals(5, r.line);
        assertEquals(5, r.col);
        Expr.BinOp mul = (Expr.BinOp) r.value;
        assertEquals(12, mul.col);
        assertEquals(17, mul.endCol);
        assertEquals(6, m.body.get(2).line);
    }

    @Test
    void errorsCarryLineOffsetAndText() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = 1\nfor i in range(3)\n    pass\n"));
        assertEquals("SyntaxError", e.pythonType);
        assertEquals("expected ':'", e.msg);
        assertEquals(2, e.line);
        assertEquals(18, e.offset);
        assertEquals("for i in range(3)", e.text);
        PySyntaxError i = assertThrows(PySyntaxError.class, () -> Parser.parse("if x:\npass\n"));
        assertEquals("IndentationError", i.pythonType);
        assertEquals("expected an indented block after 'if' statement on line 1", i.msg);
        assertTrue(e instanceof RuntimeException);
    }

    @Test
    void tokenizerProducesIndentationTokens() {
        List<Token> t = Tokenizer.tokenize("if x:\n    y = (1,\n  2)\n");
        StringBuilder sb = new StringBuilder();
        for (Token k : t) {
            sb.append(k.type == Token.Type.OP || k.type == Token.Type.NAME || k.type == Token.Type.NUMBER ? k.text
                : k.type.name()).append(' ');
        }
        assertEquals("if x : NEWLINE INDENT y = ( 1 , 2 ) NEWLINE DEDENT ENDMARKER ", sb.toString());
        assertEquals(3, t.get(11).line); // the '2' inside the brackets
    }

    /** A visitor in the style the interpreter uses: fold integer arithmetic. */
    static final class Folder extends BaseVisitor {
        @Override
        public Long visitConstant(Expr.Constant e) {
            return e.intValue;
        }

        @Override
        public Long visitBinOp(Expr.BinOp e) {
            long a = e.left.accept(this);
            long b = e.right.accept(this);
            switch (e.op) {
                case Add: return a + b;
                case Mult: return a * b;
                case Sub: return a - b;
                default: throw new IllegalStateException(e.op.symbol);
            }
        }

        @Override
        public Long visitUnaryOp(Expr.UnaryOp e) {
            return -e.operand.accept(this);
        }
    }

    @Test
    void visitorWalksTheTree() {
        assertEquals(7L, Parser.parseExpression("1 + 2 * 3").accept(new Folder()));
        assertEquals(-9L, Parser.parseExpression("-(1 + 2) * 3").accept(new Folder()));
    }

    /** Unimplemented visits fail loudly. */
    abstract static class BaseVisitor implements Expr.Visitor<Long> {
        private Long no(Expr e) {
            throw new UnsupportedOperationException(e.getClass().getSimpleName());
        }

        public Long visitBoolOp(Expr.BoolOp e) { return no(e); }
        public Long visitNamedExpr(Expr.NamedExpr e) { return no(e); }
        public Long visitBinOp(Expr.BinOp e) { return no(e); }
        public Long visitUnaryOp(Expr.UnaryOp e) { return no(e); }
        public Long visitLambda(Expr.Lambda e) { return no(e); }
        public Long visitIfExp(Expr.IfExp e) { return no(e); }
        public Long visitDict(Expr.Dict e) { return no(e); }
        public Long visitSet(Expr.Set e) { return no(e); }
        public Long visitListComp(Expr.ListComp e) { return no(e); }
        public Long visitSetComp(Expr.SetComp e) { return no(e); }
        public Long visitDictComp(Expr.DictComp e) { return no(e); }
        public Long visitGeneratorExp(Expr.GeneratorExp e) { return no(e); }
        public Long visitYield(Expr.Yield e) { return no(e); }
        public Long visitYieldFrom(Expr.YieldFrom e) { return no(e); }
        public Long visitCompare(Expr.Compare e) { return no(e); }
        public Long visitCall(Expr.Call e) { return no(e); }
        public Long visitFormattedValue(Expr.FormattedValue e) { return no(e); }
        public Long visitJoinedStr(Expr.JoinedStr e) { return no(e); }
        public Long visitConstant(Expr.Constant e) { return no(e); }
        public Long visitAttribute(Expr.Attribute e) { return no(e); }
        public Long visitSubscript(Expr.Subscript e) { return no(e); }
        public Long visitStarred(Expr.Starred e) { return no(e); }
        public Long visitName(Expr.Name e) { return no(e); }
        public Long visitList(Expr.ListExpr e) { return no(e); }
        public Long visitTuple(Expr.Tuple e) { return no(e); }
        public Long visitSlice(Expr.Slice e) { return no(e); }
    }
}
