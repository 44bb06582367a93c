package gradpad.kernel.torch;

/** {@code torch.device('cpu')}: gradpad has one device. */
public final class Device {
    static final Device CPU = new Device();

    private Device() {
    }

    @Override
    public String toString() {
        return "device(type='cpu')";
    }
}
