package gradpad.kernel.runtime;

/**
 * Argument-count checks for built-in functions and methods, worded as CPython words them
 * (the wording differs between argument-clinic functions and older ones).
 */
public final class Arity {
    private Arity() {
    }

    private static void noKeywords(String name, String[] kw) {
        if (kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** Argument clinic: {@code hasattr expected 2 arguments, got 1}, {@code get expected at least 1 argument, got 0}. */
    public static void expected(String name, Object[] a, String[] kw, int min, int max) {
        noKeywords(name, kw);
        int n = a.length;
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            throw Errors.typeError(name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n < min) {
            throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + n);
        }
        throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got "
                + n);
    }

    /** Older style: {@code list.remove() takes exactly one argument (0 given)}, {@code count() takes at least 1 argument (0 given)}. */
    public static void takes(String name, Object[] a, String[] kw, int min, int max) {
        noKeywords(name, kw);
        int n = a.length;
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            throw Errors.typeError(name + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments") + " ("
                    + n + " given)");
        }
        if (n < min) {
            throw Errors.typeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + n
                    + " given)");
        }
        throw Errors.typeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + n
                + " given)");
    }
}
