package gradpad.kernel.runtime;

/**
 * A value whose repr is its own though it is stored as a built-in container: a
 * {@code defaultdict}, {@code Counter} or named tuple is a PyDict or PyTuple for everything else.
 */
public interface CustomRepr {
    String repr();
}
