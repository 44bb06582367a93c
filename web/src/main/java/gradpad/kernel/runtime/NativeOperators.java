package gradpad.kernel.runtime;

import gradpad.kernel.syntax.Expr.Operator;

/** A Java-implemented value with its own binary operators ({@code Counter + Counter}). */
public interface NativeOperators {
    /** {@code self op other}, or null when not supported (Python's NotImplemented). */
    Object binary(Operator op, Object other);
}
