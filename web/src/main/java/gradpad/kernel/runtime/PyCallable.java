package gradpad.kernel.runtime;

/**
 * Anything Python can call. {@code kwNames} names the last {@code kwNames.length} entries of
 * {@code args} (CPython's vectorcall layout), so the common call without keywords allocates
 * nothing extra; it is an empty array when there are none.
 */
public interface PyCallable {
    Object call(Object[] args, String[] kwNames);
}
