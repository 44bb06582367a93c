package gradpad.kernel.torch;

import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Types;

/**
 * {@code torch.device}. gradpad computes on the CPU only, as a PyTorch build without CUDA does:
 * {@code torch.device('cuda')} can be made and printed, and moving a tensor or a module there
 * raises that build's {@code AssertionError: Torch not compiled with CUDA enabled}.
 */
public final class Device {
    static final Device CPU = new Device("cpu", -1);

    private final String type;
    /** -1: none given. */
    private final long index;

    private Device(String type, long index) {
        this.type = type;
        this.index = index;
    }

    /** {@code torch.device(spec)} or {@code torch.device(type, index)}; spec a str, a device or a CUDA ordinal. */
    static Device of(Object spec, Object index) {
        if (spec instanceof Device && Convert.isNone(index)) {
            return (Device) spec;
        }
        if (spec instanceof Long && Convert.isNone(index)) {
            return new Device("cuda", (Long) spec);
        }
        if (!(spec instanceof String)) {
            throw Errors.typeError("device() received an invalid combination of arguments - got ("
                    + Runtime.typeName(spec) + ")");
        }
        String s = (String) spec;
        String t = s;
        long i = Convert.isNone(index) ? -1 : Runtime.toIndex(index);
        int colon = s.indexOf(':');
        if (colon >= 0) {
            t = s.substring(0, colon);
            try {
                i = Long.parseLong(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw Errors.runtimeError("Invalid device string: '" + s + "'");
            }
        }
        if (!t.equals("cpu") && !t.equals("cuda") && !t.equals("mps") && !t.equals("meta")) {
            throw Errors.runtimeError("Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, "
                    + "fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone device type at start of "
                    + "device string: " + s);
        }
        return t.equals("cpu") && i < 0 ? CPU : new Device(t, i);
    }

    /**
     * The checks of {@code x.to(device)}, {@code module.to(device)} and the factories' {@code device=}:
     * None and the CPU pass; the others fail as they do in PyTorch's CPU-only build.
     */
    public static void requireCpu(Object spec) {
        if (Convert.isNone(spec)) {
            return;
        }
        Device d = of(spec, null);
        if (d.type.equals("cuda")) {
            throw Errors.make(Types.ASSERTION_ERROR, "Torch not compiled with CUDA enabled");
        }
        if (!d.type.equals("cpu")) {
            throw Errors.runtimeError("gradpad computes on the CPU only; there is no '" + d.type + "' device");
        }
    }

    /** str(device): {@code cpu}, {@code cuda:0}. */
    String str() {
        return index < 0 ? type : type + ":" + index;
    }

    Object attr(String name) {
        switch (name) {
            case "type": return type;
            case "index": return index < 0 ? PyNone.NONE : (Object) index;
            default: return null;
        }
    }

    @Override
    public String toString() {
        return index < 0 ? "device(type='" + type + "')" : "device(type='" + type + "', index=" + index + ")";
    }
}
