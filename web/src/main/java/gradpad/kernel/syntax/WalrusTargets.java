package gradpad.kernel.syntax;

import java.util.Set;

/**
 * What an expression inside a function body binds there: the targets of its {@code :=}, at any
 * depth, comprehensions included (PEP 572: they bind in the enclosing function), lambdas not
 * (their own scope); and whether it yields.
 */
public final class WalrusTargets extends TreeWalker {
    private final Set<String> targets;
    private boolean yields;

    private WalrusTargets(Set<String> targets) {
        this.targets = targets;
    }

    /** Adds e's walrus targets to {@code targets}; returns whether e contains a yield. */
    public static boolean scan(Expr e, Set<String> targets) {
        WalrusTargets w = new WalrusTargets(targets);
        w.expr(e);
        return w.yields;
    }

    @Override
    void function(Ast.Arguments args, java.util.List<Stmt> body, Expr lambdaBody) {
        // a lambda's body is its own scope
    }

    @Override
    void walrus(Expr.NamedExpr e) {
        super.walrus(e);
        targets.add(e.target.id);
    }

    @Override
    void yielded(Expr e) {
        yields = true;
        super.yielded(e);
    }
}
