package gradpad.kernel.torch;

import gradpad.engine.GradMode;
import gradpad.kernel.runtime.Builtin;
import gradpad.kernel.runtime.PyCallable;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyObj;
import gradpad.kernel.runtime.Types;

/**
 * {@code torch.no_grad()}, {@code torch.enable_grad()}, {@code torch.set_grad_enabled(b)}: a
 * context manager (saving and restoring the mode, so they nest) that also works as a decorator.
 */
public final class GradModeContext implements PyObj, PyCallable {
    static final PyClass NO_GRAD = new PyClass("no_grad", "torch.autograd.grad_mode", new PyClass[] {Types.OBJECT},
            null);
    static final PyClass ENABLE_GRAD = new PyClass("enable_grad", "torch.autograd.grad_mode",
            new PyClass[] {Types.OBJECT}, null);
    static final PyClass INFERENCE_MODE = new PyClass("inference_mode", "torch.autograd.grad_mode",
            new PyClass[] {Types.OBJECT}, null);
    static final PyClass SET_GRAD_ENABLED = new PyClass("set_grad_enabled", "torch.autograd.grad_mode",
            new PyClass[] {Types.OBJECT}, null);

    private final PyClass cls;
    private final boolean mode;
    private final java.util.ArrayList<Boolean> saved = new java.util.ArrayList<>();

    GradModeContext(PyClass cls, boolean mode) {
        this.cls = cls;
        this.mode = mode;
    }

    /**
     * {@code torch.no_grad()} is the context manager; {@code torch.no_grad(f)}, which is what the
     * bare decorator {@code @torch.no_grad} calls, is f wrapped to run in that mode (PyTorch 2.x's
     * {@code _NoParamDecoratorContextManager}).
     */
    static Object contextOrDecorated(PyClass cls, boolean mode, Object[] args) {
        GradModeContext context = new GradModeContext(cls, mode);
        if (args.length > 1) {
            throw gradpad.kernel.runtime.Errors.typeError(cls.name() + ".__new__() takes from 1 to 2 positional "
                    + "arguments but " + (args.length + 1) + " were given");
        }
        return args.length == 1 ? context.call(args, null) : context;
    }

    private boolean immediate;
    private boolean before;

    /** {@code torch.set_grad_enabled(b)} takes effect when called; leaving its block restores the old mode. */
    void enterImmediately() {
        immediate = true;
        before = GradMode.set(mode);
    }

    public void enter() {
        if (!immediate) {
            saved.add(GradMode.set(mode));
        }
    }

    public void exit() {
        if (immediate) {
            GradMode.set(before);
        } else {
            GradMode.set(saved.remove(saved.size() - 1));
        }
    }

    /** Used as a decorator: the function runs in this mode. */
    @Override
    public Object call(Object[] args, String[] kwNames) {
        Object f = args[0];
        return new Builtin(String.valueOf(gradpad.kernel.runtime.Runtime.lookupAttr(f, "__name__")), (a, kw) -> {
            boolean previous = GradMode.set(mode);
            try {
                return gradpad.kernel.runtime.Runtime.call(f, a, kw);
            } finally {
                GradMode.set(previous);
            }
        });
    }

    @Override
    public PyClass cls() {
        return cls;
    }

    @Override
    public Object getAttr(String name) {
        if (name.equals("__enter__")) {
            return new Builtin(name, this, (a, kw) -> {
                enter();
                return gradpad.kernel.runtime.PyNone.NONE;
            });
        }
        if (name.equals("__exit__")) {
            return new Builtin(name, this, (a, kw) -> {
                exit();
                return false;
            });
        }
        return null;
    }

    @Override
    public boolean setAttr(String name, Object value) {
        return false;
    }

    @Override
    public String toString() {
        return "<" + cls.qualifiedName() + " object at " + gradpad.kernel.runtime.Runtime.address(this) + ">";
    }
}
