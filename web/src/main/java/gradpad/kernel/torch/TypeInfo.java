package gradpad.kernel.torch;

import gradpad.engine.DType;
import gradpad.engine.DefaultDType;
import gradpad.engine.format.FormatSpec;
import gradpad.kernel.runtime.CustomRepr;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;

/**
 * {@code torch.finfo(dtype)} and {@code torch.iinfo(dtype)}: the limits of a dtype, with
 * PyTorch's repr (C++ stream formatting: six significant digits, as {@code %g}).
 */
final class TypeInfo implements PyObj, CustomRepr {
    private static final PyClass FINFO = new PyClass("finfo", "torch", new PyClass[] {Types.OBJECT}, null);
    private static final PyClass IINFO = new PyClass("iinfo", "torch", new PyClass[] {Types.OBJECT}, null);

    private final DType type;
    private final boolean floating;

    private TypeInfo(DType type, boolean floating) {
        this.type = type;
        this.floating = floating;
    }

    static TypeInfo finfo(Object o) {
        DType t = Convert.isNone(o) ? DefaultDType.get() : Convert.dtype(o);
        if (!t.isFloatingPoint()) {
            throw Errors.typeError("torch.finfo() requires a floating point input type. Use torch.iinfo to handle "
                    + "'torch.finfo'");
        }
        return new TypeInfo(t, true);
    }

    static TypeInfo iinfo(Object o) {
        DType t = Convert.dtype(o);
        if (t == DType.BOOL) {
            throw Errors.typeError("torch.bool is not supported by torch.iinfo");
        }
        if (t.isFloatingPoint()) {
            throw Errors.typeError("torch.iinfo() requires an integer input type. Use torch.finfo to handle "
                    + "'torch.iinfo'");
        }
        return new TypeInfo(t, false);
    }

    @Override
    public PyClass cls() {
        return floating ? FINFO : IINFO;
    }

    private int bits() {
        switch (type) {
            case UINT8: case INT8: return 8;
            case INT16: case FLOAT16: case BFLOAT16: return 16;
            case INT32: case FLOAT32: return 32;
            default: return 64;
        }
    }

    private double eps() {
        switch (type) {
            case FLOAT16: return 0.0009765625;
            case BFLOAT16: return 0.0078125;
            case FLOAT32: return 1.1920928955078125e-07;
            default: return 2.220446049250313e-16;
        }
    }

    private double tiny() {
        switch (type) {
            case FLOAT16: return 6.103515625e-05;
            case FLOAT64: return Double.MIN_NORMAL;
            default: return 1.1754943508222875e-38;
        }
    }

    private double resolution() {
        switch (type) {
            case FLOAT16: return 0.001;
            case BFLOAT16: return 0.01;
            case FLOAT32: return 1e-06;
            default: return 1e-15;
        }
    }

    private long imax() {
        switch (type) {
            case UINT8: return 255;
            case INT8: return Byte.MAX_VALUE;
            case INT16: return Short.MAX_VALUE;
            case INT32: return Integer.MAX_VALUE;
            default: return Long.MAX_VALUE;
        }
    }

    private long imin() {
        switch (type) {
            case UINT8: return 0;
            case INT8: return Byte.MIN_VALUE;
            case INT16: return Short.MIN_VALUE;
            case INT32: return Integer.MIN_VALUE;
            default: return Long.MIN_VALUE;
        }
    }

    @Override
    public Object getAttr(String name) {
        switch (name) {
            case "bits": return (long) bits();
            case "dtype": return type.pythonName();
            case "max": return floating ? (Object) gradpad.engine.ops.FloatParts.largest(type) : (Object) imax();
            case "min": return floating ? (Object) (-1.0 * gradpad.engine.ops.FloatParts.largest(type)) : (Object) imin();
            default: break;
        }
        if (!floating) {
            return null;
        }
        switch (name) {
            case "eps": return eps();
            case "tiny":
            case "smallest_normal": return tiny();
            case "resolution": return resolution();
            default: return null;
        }
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }

    private static String g(double v) {
        return FormatSpec.formatFloat(v, "g");
    }

    @Override
    public String repr() {
        if (!floating) {
            return "iinfo(min=" + g(imin()) + ", max=" + g(imax()) + ", dtype=" + type.pythonName() + ")";
        }
        double max = gradpad.engine.ops.FloatParts.largest(type);
        return "finfo(resolution=" + g(resolution()) + ", min=" + g(-1.0 * max) + ", max=" + g(max) + ", eps="
                + g(eps()) + ", smallest_normal=" + g(tiny()) + ", tiny=" + g(tiny()) + ", dtype=" + type.pythonName()
                + ")";
    }

    @Override
    public String toString() {
        return Runtime.repr(this);
    }
}
