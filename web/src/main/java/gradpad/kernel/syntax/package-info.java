/**
 * The kernel's front end: Python 3.11 source text to an AST, with CPython's SyntaxErrors.
 *
 * <p>Entry points: {@link gradpad.kernel.syntax.Parser#parse(String)} gives a
 * {@link gradpad.kernel.syntax.Module}; {@link gradpad.kernel.syntax.Parser#parseExpression(String)}
 * one expression; {@link gradpad.kernel.syntax.Tokenizer#tokenize(String)} the tokens. Both parse
 * methods throw {@link gradpad.kernel.syntax.PySyntaxError}, whose {@code pythonType}, {@code msg},
 * {@code line} and {@code offset} are those of {@code compile(src, '<cell>', 'exec')} in CPython 3.11.
 *
 * <p>Nodes follow Python's {@code ast} names: {@link gradpad.kernel.syntax.Stmt} subclasses,
 * {@link gradpad.kernel.syntax.Expr} subclasses and the small parts in
 * {@link gradpad.kernel.syntax.Ast}; every node has a 1-based line and column span
 * ({@link gradpad.kernel.syntax.Node}). Walk them with {@code Stmt.Visitor} / {@code Expr.Visitor}.
 * A returned tree is at most about 250 levels deep, so a recursive evaluator cannot overflow.
 *
 * <p>Pipeline, one stage per file: {@code Tokenizer} (on {@code NumberScanner} and
 * {@code ScannerBase}) makes tokens; {@code StatementParser} (on {@code SimpleStatementParser},
 * {@code ExpressionParser}, {@code AtomParser}, {@code ParserBase}, with helpers {@code Displays},
 * {@code Parameters}, {@code Imports}, {@code Hints}, {@code AssignmentCheck}) builds the tree;
 * {@code StringParser} and {@code Escapes} decode literals and f-strings; {@code Checker} and
 * {@code Symtable} raise the errors CPython's compiler raises after parsing. {@code AstDump} prints
 * the s-expressions that the tests compare with CPython's own {@code ast}.
 */
package gradpad.kernel.syntax;
