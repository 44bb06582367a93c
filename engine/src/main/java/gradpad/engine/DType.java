package gradpad.engine;

/** The tensor element types gradpad supports, named as PyTorch names them. */
public enum DType {
    BOOL("bool", "Bool", false),
    INT64("int64", "Long", false),
    FLOAT32("float32", "Float", true),
    FLOAT64("float64", "Double", true);

    private final String pythonName;
    private final String scalarTypeName;
    private final boolean floatingPoint;

    DType(String pythonName, String scalarTypeName, boolean floatingPoint) {
        this.pythonName = pythonName;
        this.scalarTypeName = scalarTypeName;
        this.floatingPoint = floatingPoint;
    }

    /** {@code float32}, as in {@code torch.float32}. */
    public String pythonName() {
        return pythonName;
    }

    /** c10's ScalarType name ({@code Float}, {@code Long}), used in PyTorch's error messages. */
    public String scalarTypeName() {
        return scalarTypeName;
    }

    public boolean isFloatingPoint() {
        return floatingPoint;
    }

    /** {@code torch.float32}: the repr of the dtype object. */
    @Override
    public String toString() {
        return "torch." + pythonName;
    }
}
