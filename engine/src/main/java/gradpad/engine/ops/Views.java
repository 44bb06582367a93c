package gradpad.engine.ops;

import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import java.util.Arrays;

/**
 * Shape ops that return views sharing storage ({@code view}, {@code transpose}, {@code permute},
 * {@code unsqueeze}, {@code squeeze}, {@code expand}) and {@code reshape}, which views when it can.
 */
public final class Views {
    private Views() {
    }

    /** Resolves one {@code -1} in a requested shape, with PyTorch's error for a bad size. */
    public static int[] inferSize(int[] requested, int numel) {
        int[] shape = requested.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (infer >= 0) {
                    throw TorchException.runtime("only one dimension can be inferred");
                }
                infer = i;
            } else if (shape[i] < 0) {
                throw TorchException.runtime("invalid shape dimension " + shape[i]);
            } else {
                known *= shape[i];
            }
        }
        if (infer >= 0 && known != 0 && numel % known == 0) {
            shape[infer] = (int) (numel / known);
            return shape;
        }
        if (infer < 0 && known == numel) {
            return shape;
        }
        throw TorchException.runtime("shape '" + Shape.list(requested) + "' is invalid for input of size " + numel);
    }

    /** PyTorch's {@code computeStride}: strides for a view of a new shape, or null when impossible. */
    static int[] viewStrides(int[] oldShape, int[] oldStrides, int[] newShape) {
        int[] newStrides = new int[newShape.length];
        if (oldShape.length == 0) { // a 0-d tensor views as any shape of ones
            java.util.Arrays.fill(newStrides, 1);
            return newStrides;
        }
        if (Shape.numel(oldShape) == 0) {
            return Shape.contiguousStrides(newShape);
        }
        int viewD = newShape.length - 1;
        long chunkBase = oldStrides.length == 0 ? 1 : oldStrides[oldStrides.length - 1];
        long tensorNumel = 1;
        long viewNumel = 1;
        for (int d = oldShape.length - 1; d >= 0; d--) {
            tensorNumel *= oldShape[d];
            if (d == 0 || (oldShape[d - 1] != 1 && oldStrides[d - 1] != tensorNumel * chunkBase)) {
                while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1)) {
                    newStrides[viewD] = (int) (viewNumel * chunkBase);
                    viewNumel *= newShape[viewD];
                    viewD--;
                }
                if (viewNumel != tensorNumel) {
                    return null;
                }
                if (d > 0) {
                    chunkBase = oldStrides[d - 1];
                    tensorNumel = 1;
                    viewNumel = 1;
                }
            }
        }
        if (viewD != -1) {
            return null;
        }
        return newStrides;
    }

    public static Tensor view(Tensor x, int[] requested) {
        int[] shape = inferSize(requested, x.numel());
        int[] strides = viewStrides(x.shapeRef(), x.stridesRef(), shape);
        if (strides == null) {
            throw TorchException.runtime("view size is not compatible with input tensor's size and stride (at least "
                    + "one dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        }
        Tensor out = x.alias(x.storageOffset(), shape, strides);
        if (Recording.needsGrad(x)) {
            Recording.record(new ViewBackwards.ReshapeBackward("ViewBackward0", x.shapeRef()), out, x);
        }
        return out;
    }

    /** {@code reshape}: a view when strides allow (ViewBackward0 in PyTorch 2.x), else a copy. */
    public static Tensor reshape(Tensor x, int[] requested) {
        int[] shape = inferSize(requested, x.numel());
        if (viewStrides(x.shapeRef(), x.stridesRef(), shape) != null) {
            return view(x, shape);
        }
        Tensor copy = Conversion.cloneTensor(x);
        Tensor out = copy.alias(0, shape, Shape.contiguousStrides(shape));
        if (Recording.needsGrad(copy)) {
            Recording.record(new ViewBackwards.ReshapeBackward("UnsafeViewBackward0", x.shapeRef()), out, copy);
        }
        return out;
    }

    public static Tensor flatten(Tensor x, int startDim, int endDim) {
        int rank = x.dim();
        if (rank == 0) {
            return reshape(x, new int[] {1});
        }
        int s = Shape.wrapDim(startDim, rank);
        int e = Shape.wrapDim(endDim, rank);
        if (s > e) {
            throw TorchException.runtime("flatten() has invalid args: start_dim cannot come after end_dim");
        }
        if (s == e) {
            return x;
        }
        int[] shape = x.shapeRef();
        int[] out = new int[rank - (e - s)];
        int n = 0;
        for (int d = 0; d < s; d++) {
            out[n++] = shape[d];
        }
        int p = 1;
        for (int d = s; d <= e; d++) {
            p *= shape[d];
        }
        out[n++] = p;
        for (int d = e + 1; d < rank; d++) {
            out[n++] = shape[d];
        }
        return reshape(x, out);
    }

    public static Tensor transpose(Tensor x, int d0, int d1) {
        int rank = x.dim();
        int a = Shape.wrapDim(d0, rank);
        int b = Shape.wrapDim(d1, rank);
        Tensor out = swapped(x, a, b);
        if (Recording.needsGrad(x)) {
            Recording.record(new ViewBackwards.TransposeBackward("TransposeBackward0", a, b), out, x);
        }
        return out;
    }

    /** {@code t()}: 2-D transpose (0-D and 1-D tensors are returned as they are). */
    public static Tensor t(Tensor x) {
        if (x.dim() > 2) {
            throw TorchException.runtime("t() expects a tensor with <= 2 dimensions, but self is " + x.dim() + "D");
        }
        Tensor out = x.dim() < 2 ? x.alias(x.storageOffset(), x.shapeRef(), x.stridesRef()) : swapped(x, 0, 1);
        if (Recording.needsGrad(x)) {
            Recording.record(new ViewBackwards.TransposeBackward("TBackward0", 0, x.dim() < 2 ? 0 : 1), out, x);
        }
        return out;
    }

    /** A transposed view without autograd (negative dims wrap). */
    static Tensor transposeData(Tensor x, int d0, int d1) {
        return swapped(x, Shape.wrapDim(d0, x.dim()), Shape.wrapDim(d1, x.dim()));
    }

    private static Tensor swapped(Tensor x, int a, int b) {
        int[] shape = x.shape();
        int[] strides = x.strides();
        int t = shape[a];
        shape[a] = shape[b];
        shape[b] = t;
        t = strides[a];
        strides[a] = strides[b];
        strides[b] = t;
        return x.alias(x.storageOffset(), shape, strides);
    }

    public static Tensor permute(Tensor x, int[] dims) {
        int rank = x.dim();
        if (dims.length != rank) {
            throw TorchException.runtime("permute(sparse_coo): number of dimensions in the tensor input does not "
                    + "match the length of the desired ordering of dimensions i.e. input.dim() = " + rank
                    + " is not equal to len(dims) = " + dims.length);
        }
        int[] wrapped = new int[rank];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            wrapped[i] = Shape.wrapDim(dims[i], rank);
            if (seen[wrapped[i]]) {
                throw TorchException.runtime("permute(): duplicate dims are not allowed.");
            }
            seen[wrapped[i]] = true;
        }
        Tensor out = permuteData(x, wrapped);
        if (Recording.needsGrad(x)) {
            Recording.record(new ViewBackwards.PermuteBackward0(wrapped), out, x);
        }
        return out;
    }

    /** {@code x.T}: all dimensions reversed. */
    public static Tensor reverseDims(Tensor x) {
        int rank = x.dim();
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = rank - 1 - i;
        }
        return permute(x, dims);
    }

    /** A permuted view without autograd. */
    static Tensor permuteData(Tensor x, int[] dims) {
        int[] shape = new int[dims.length];
        int[] strides = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            shape[i] = x.shapeRef()[dims[i]];
            strides[i] = x.stridesRef()[dims[i]];
        }
        return x.alias(x.storageOffset(), shape, strides);
    }

    public static Tensor unsqueeze(Tensor x, int dim) {
        int d = Shape.wrapDim(dim, x.dim() + 1);
        Tensor out = unsqueezeData(x, d);
        if (Recording.needsGrad(x)) {
            Recording.record(new ViewBackwards.UnsqueezeBackward0(d), out, x);
        }
        return out;
    }

    static Tensor unsqueezeData(Tensor x, int d) {
        int rank = x.dim();
        int[] shape = new int[rank + 1];
        int[] strides = new int[rank + 1];
        for (int i = 0, j = 0; i <= rank; i++) {
            if (i == d) {
                shape[i] = 1;
                strides[i] = d < rank ? x.stridesRef()[d] * x.shapeRef()[d] : 1;
            } else {
                shape[i] = x.shapeRef()[j];
                strides[i] = x.stridesRef()[j];
                j++;
            }
        }
        return x.alias(x.storageOffset(), shape, strides);
    }

    /** {@code squeeze()} (all size-1 dims) or {@code squeeze(dim)}. */
    public static Tensor squeeze(Tensor x, Integer dim) {
        int rank = x.dim();
        boolean[] drop = new boolean[rank];
        if (dim == null) {
            for (int d = 0; d < rank; d++) {
                drop[d] = x.shapeRef()[d] == 1;
            }
        } else {
            int d = Shape.wrapDim(dim, rank);
            if (rank > 0) {
                drop[d] = x.shapeRef()[d] == 1;
            }
        }
        int kept = 0;
        for (boolean b : drop) {
            kept += b ? 0 : 1;
        }
        int[] shape = new int[kept];
        int[] strides = new int[kept];
        for (int d = 0, j = 0; d < rank; d++) {
            if (!drop[d]) {
                shape[j] = x.shapeRef()[d];
                strides[j++] = x.stridesRef()[d];
            }
        }
        Tensor out = x.alias(x.storageOffset(), shape, strides);
        if (Recording.needsGrad(x)) {
            Recording.record(new ViewBackwards.ReshapeBackward(dim == null ? "SqueezeBackward0" : "SqueezeBackward1",
                    x.shapeRef()), out, x);
        }
        return out;
    }

    /** {@code expand}: size-1 dims repeated with stride 0; -1 keeps a size. */
    public static Tensor expand(Tensor x, int[] sizes) {
        int rank = x.dim();
        if (sizes.length < rank) {
            throw TorchException.runtime("expand(torch.FloatTensor{" + Shape.list(x.shapeRef()) + "}, size="
                    + Shape.list(sizes) + "): the number of sizes provided (" + sizes.length + ") must be greater or "
                    + "equal to the number of dimensions in the tensor (" + rank + ")");
        }
        int[] shape = new int[sizes.length];
        int[] strides = new int[sizes.length];
        int lead = sizes.length - rank;
        for (int i = 0; i < sizes.length; i++) {
            int target = sizes[i];
            if (i < lead) {
                if (target < 0) {
                    throw TorchException.runtime("The expanded size of the tensor (" + target + ") isn't allowed in "
                            + "a leading, non-existing dimension " + i);
                }
                shape[i] = target;
                strides[i] = 0;
                continue;
            }
            int src = x.shapeRef()[i - lead];
            if (target == -1) {
                target = src;
            }
            if (src == target) {
                shape[i] = src;
                strides[i] = x.stridesRef()[i - lead];
            } else if (src == 1) {
                shape[i] = target;
                strides[i] = 0;
            } else {
                throw TorchException.runtime("The expanded size of the tensor (" + target + ") must match the "
                        + "existing size (" + src + ") at non-singleton dimension " + i + ".  Target sizes: "
                        + Shape.list(sizes) + ".  Tensor sizes: " + Shape.list(x.shapeRef()));
            }
        }
        if (Arrays.equals(shape, x.shapeRef()) && !Recording.needsGrad(x)) {
            return x.alias(x.storageOffset(), shape, strides);
        }
        Tensor out = x.alias(x.storageOffset(), shape, strides);
        if (Recording.needsGrad(x)) {
            Recording.record(new ViewBackwards.ExpandBackward0(x.shapeRef()), out, x);
        }
        return out;
    }
}
