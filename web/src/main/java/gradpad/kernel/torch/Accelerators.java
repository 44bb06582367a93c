package gradpad.kernel.torch;

import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;

/**
 * {@code torch.cuda}, {@code torch.backends} and {@code torch.accelerator} as a PyTorch build
 * without CUDA has them: tutorials start with
 * {@code device = "cuda" if torch.cuda.is_available() else "cpu"} (or the 2.x
 * {@code torch.accelerator} form), and seeding recipes set {@code torch.backends.cudnn} flags.
 */
final class Accelerators {
    private Accelerators() {
    }

    static void register(PyModule torch) {
        PyModule cuda = new PyModule("torch.cuda");
        cuda.function("is_available", (a, kw) -> false);
        cuda.function("device_count", (a, kw) -> 0L);
        cuda.function("is_initialized", (a, kw) -> false);
        // Without CUDA, PyTorch's cuda seeding is a silent no-op.
        cuda.function("manual_seed", (a, kw) -> PyNone.NONE);
        cuda.function("manual_seed_all", (a, kw) -> PyNone.NONE);
        torch.put("cuda", cuda);

        PyModule accelerator = new PyModule("torch.accelerator");
        accelerator.function("is_available", (a, kw) -> false);
        accelerator.function("device_count", (a, kw) -> 0L);
        accelerator.function("current_accelerator", (a, kw) -> PyNone.NONE);
        torch.put("accelerator", accelerator);

        PyModule backends = new PyModule("torch.backends");
        PyModule mps = new PyModule("torch.backends.mps");
        mps.function("is_available", (a, kw) -> false);
        mps.function("is_built", (a, kw) -> false);
        PyModule cudnn = new PyModule("torch.backends.cudnn");
        cudnn.function("is_available", (a, kw) -> false);
        cudnn.put("enabled", true).put("deterministic", false).put("benchmark", false);
        backends.put("mps", mps).put("cudnn", cudnn);
        torch.put("backends", backends);
    }
}
