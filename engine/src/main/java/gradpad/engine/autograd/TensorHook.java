package gradpad.engine.autograd;

import gradpad.engine.Tensor;

/**
 * {@code tensor.register_hook(fn)}: called with the tensor's gradient during backward, before
 * its grad_fn runs (or, for a leaf, before the gradient is accumulated into {@code .grad});
 * a non-null result replaces that gradient.
 */
public interface TensorHook {
    Tensor apply(Tensor grad);
}
