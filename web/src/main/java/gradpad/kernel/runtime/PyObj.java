package gradpad.kernel.runtime;

/** A Python object implemented in Java with its own type and attributes. */
public interface PyObj {
    PyClass cls();

    /** The attribute, or null when there is none (the caller raises AttributeError). */
    Object getAttr(String name);

    /** Sets an attribute; returns false when the object does not allow it. */
    boolean setAttr(String name, Object value);
}
