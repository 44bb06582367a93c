package gradpad.engine;

/**
 * The tensor element types, named as PyTorch names them. The engine computes in four storage
 * kinds (bool, int64, float32, float64); the narrower types (int32, uint8, float16...) are stored
 * in their kind's array with every value wrapped or rounded to the narrow type, see
 * {@link Tensor#narrowTo}.
 */
public enum DType {
    BOOL("bool", "Bool", false),
    INT64("int64", "Long", false),
    FLOAT32("float32", "Float", true),
    FLOAT64("float64", "Double", true),
    UINT8("uint8", "Byte", false),
    INT8("int8", "Char", false),
    INT16("int16", "Short", false),
    INT32("int32", "Int", false),
    FLOAT16("float16", "Half", true),
    BFLOAT16("bfloat16", "BFloat16", true);

    private final String pythonName;
    private final String scalarTypeName;
    private final boolean floatingPoint;

    DType(String pythonName, String scalarTypeName, boolean floatingPoint) {
        this.pythonName = pythonName;
        this.scalarTypeName = scalarTypeName;
        this.floatingPoint = floatingPoint;
    }

    /** The storage kind this type lives in: BOOL, INT64, FLOAT32 or FLOAT64. */
    public DType kind() {
        switch (this) {
            case UINT8: case INT8: case INT16: case INT32: return INT64;
            case FLOAT16: case BFLOAT16: return FLOAT32;
            default: return this;
        }
    }

    /** Whether values must be wrapped or rounded to fit this type (its kind is wider). */
    public boolean isNarrow() {
        return kind() != this;
    }

    /** Bits of the value (for promotion between narrow types). */
    int bits() {
        switch (this) {
            case BOOL: return 1;
            case UINT8: case INT8: return 8;
            case INT16: case FLOAT16: case BFLOAT16: return 16;
            case INT32: case FLOAT32: return 32;
            default: return 64;
        }
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
