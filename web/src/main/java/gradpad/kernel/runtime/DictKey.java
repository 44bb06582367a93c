package gradpad.kernel.runtime;

/**
 * A dict or set key with Python's equality and hashing ({@code 1 == 1.0 == True} share a slot),
 * remembering the key object first inserted, as Python does.
 */
final class DictKey {
    final Object key;
    private final int hash;

    DictKey(Object key) {
        this.key = key;
        this.hash = Runtime.hash(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DictKey && (((DictKey) o).key == key || Runtime.eq(key, ((DictKey) o).key));
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
