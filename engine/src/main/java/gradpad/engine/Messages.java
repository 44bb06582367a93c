package gradpad.engine;

/** PyTorch's longer error and warning texts (2.11 wording), in one place. */
public final class Messages {
    private Messages() {
    }

    public static final String NON_LEAF_GRAD = "The .grad attribute of a Tensor that is not a leaf Tensor is being "
            + "accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the "
            + ".grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you "
            + "access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See "
            + "github.com/pytorch/pytorch/pull/30531 for more information. (Triggered internally at "
            + "/pytorch/build/aten/src/ATen/core/TensorBody.h:494.)";

    public static final String BACKWARD_TWICE = "Trying to backward through the graph a second time (or directly "
            + "access saved tensors after they have already been freed). Saved intermediate values of the graph are "
            + "freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward "
            + "through the graph a second time or if you need to access saved tensors after calling backward.";

    public static final String LEAF_IN_PLACE =
            "a leaf Variable that requires grad is being used in an in-place operation.";

    public static final String ANOMALY_HINT = " Hint: enable anomaly detection to find the operation that failed "
            + "to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).";

    public static final String TENSOR_COPY_CONSTRUCT = "To copy construct from a tensor, it is recommended to use "
            + "sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than "
            + "torch.tensor(sourceTensor).";
}
