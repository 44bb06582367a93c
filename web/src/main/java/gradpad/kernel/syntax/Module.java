package gradpad.kernel.syntax;

import java.util.List;

/** A parsed cell: Python's {@code ast.Module}. */
public final class Module {
    public final List<Stmt> body;

    public Module(List<Stmt> body) {
        this.body = body;
    }
}
