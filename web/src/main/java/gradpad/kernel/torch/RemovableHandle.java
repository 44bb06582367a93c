package gradpad.kernel.torch;

import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.Types;

/** What {@code register_hook} returns: {@code handle.remove()} takes the hook off again. */
final class RemovableHandle implements PyObj {
    private static final PyClass CLASS = new PyClass("RemovableHandle", "torch.utils.hooks",
            new PyClass[] {Types.OBJECT}, null);
    private final Runnable remove;

    RemovableHandle(Runnable remove) {
        this.remove = remove;
    }

    @Override
    public PyClass cls() {
        return CLASS;
    }

    @Override
    public Object getAttr(String name) {
        return name.equals("remove") ? new Builtin(name, (a, kw) -> {
            remove.run();
            return PyNone.NONE;
        }) : null;
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }
}
