package gradpad.engine.ops;

import gradpad.engine.DType;
import gradpad.engine.Shape;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/**
 * PyTorch's composite shape functions, built from the ops their ATen versions call so the graph
 * matches: {@code movedim} (permute), {@code atleast_1d/2d/3d} (unsqueeze/reshape),
 * {@code hstack}/{@code vstack}/{@code dstack} (cat), {@code meshgrid} (view + expand),
 * {@code cartesian_prod} (stack), {@code diff} (narrow and sub), {@code repeat_interleave}.
 */
public final class Rearranging {
    private Rearranging() {
    }

    /** {@code movedim(source, destination)}: the other dims keep their order. */
    public static Tensor movedim(Tensor x, int[] source, int[] destination) {
        int rank = x.dim();
        if (source.length != destination.length) {
            throw TorchException.runtime("movedim: Invalid source or destination dims: source (" + Shape.list(source)
                    + " dims) should contain the same number of dims as destination (" + Shape.list(destination)
                    + " dims)");
        }
        int[] src = new int[source.length];
        int[] dst = new int[source.length];
        boolean[] srcUsed = new boolean[Math.max(rank, 1)];
        boolean[] dstUsed = new boolean[Math.max(rank, 1)];
        for (int i = 0; i < source.length; i++) {
            src[i] = Shape.wrapDim(source[i], rank);
            dst[i] = Shape.wrapDim(destination[i], rank);
        }
        checkUnique(src, "source", source);
        checkUnique(dst, "destination", destination);
        if (rank <= 1) {
            // PyTorch returns an alias of a 0-d or 1-d tensor: nothing can move
            return Views.permute(x, rank == 0 ? new int[0] : new int[] {0});
        }
        int[] order = new int[rank];
        java.util.Arrays.fill(order, -1);
        for (int i = 0; i < src.length; i++) {
            order[dst[i]] = src[i];
            srcUsed[src[i]] = true;
            dstUsed[dst[i]] = true;
        }
        int s = 0;
        for (int d = 0; d < rank; d++) {
            if (dstUsed[d]) {
                continue;
            }
            while (srcUsed[s]) {
                s++;
            }
            order[d] = s++;
        }
        return Views.permute(x, order);
    }

    private static void checkUnique(int[] dims, String what, int[] given) {
        for (int i = 0; i < dims.length; i++) {
            for (int j = 0; j < i; j++) {
                if (dims[i] == dims[j]) {
                    throw TorchException.runtime("movedim: repeated dim in `" + what + "` (" + Shape.list(given)
                            + ")");
                }
            }
        }
    }

    public static Tensor atleast1d(Tensor x) {
        return x.dim() == 0 ? Views.reshape(x, new int[] {1}) : x;
    }

    public static Tensor atleast2d(Tensor x) {
        if (x.dim() == 0) {
            return Views.reshape(x, new int[] {1, 1});
        }
        return x.dim() == 1 ? Views.unsqueeze(x, 0) : x;
    }

    public static Tensor atleast3d(Tensor x) {
        switch (x.dim()) {
            case 0: return Views.reshape(x, new int[] {1, 1, 1});
            case 1: return Views.unsqueeze(Views.unsqueeze(x, 0), -1);
            case 2: return Views.unsqueeze(x, -1);
            default: return x;
        }
    }

    /** {@code hstack} (cat along dim 0 of vectors, else 1), {@code vstack} (rows), {@code dstack}. */
    public static Tensor stackAlong(String name, Tensor[] tensors) {
        if (tensors.length == 0) {
            throw TorchException.runtime(name + " expects a non-empty TensorList");
        }
        Tensor[] parts = new Tensor[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            switch (name) {
                case "hstack": parts[i] = atleast1d(tensors[i]); break;
                case "vstack": parts[i] = atleast2d(tensors[i]); break;
                default: parts[i] = atleast3d(tensors[i]);
            }
        }
        int dim = name.equals("hstack") ? (parts[0].dim() == 1 ? 0 : 1) : name.equals("vstack") ? 0 : 2;
        return Joining.cat(parts, dim);
    }

    /** {@code torch.meshgrid(*tensors, indexing=)}: each input viewed along its own dim and expanded. */
    public static Tensor[] meshgrid(Tensor[] tensors, String indexing) {
        if (tensors.length == 0) {
            throw TorchException.runtime("torch.meshgrid: Expected at least one tensor");
        }
        if (!indexing.equals("xy") && !indexing.equals("ij")) {
            throw TorchException.runtime("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: "
                    + indexing);
        }
        int n = tensors.length;
        for (int i = 0; i < n; i++) {
            if (tensors[i].dim() > 1) {
                throw TorchException.runtime("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: "
                        + Shape.sizeRepr(tensors[i].shapeRef()));
            }
            if (tensors[i].dtype() != tensors[0].dtype()) {
                throw TorchException.runtime("torch.meshgrid: Expected all tensors in the tensor list to have the "
                        + "same dtype");
            }
        }
        boolean swap = indexing.equals("xy") && n >= 2;
        Tensor[] ts = tensors.clone();
        if (swap) {
            ts[0] = tensors[1];
            ts[1] = tensors[0];
        }
        int[] shape = new int[n];
        for (int i = 0; i < n; i++) {
            shape[i] = ts[i].numel();
        }
        Tensor[] grids = new Tensor[n];
        for (int i = 0; i < n; i++) {
            int[] viewShape = new int[n];
            java.util.Arrays.fill(viewShape, 1);
            viewShape[i] = -1;
            grids[i] = Views.expand(Views.view(ts[i], viewShape), shape);
        }
        if (swap) {
            // the outputs swapped back: no transposes, as ATen's meshgrid
            Tensor t = grids[0];
            grids[0] = grids[1];
            grids[1] = t;
        }
        return grids;
    }

    /** {@code torch.cartesian_prod}: meshgrid ('ij'), each grid flattened, stacked as columns. */
    public static Tensor cartesianProd(Tensor[] tensors) {
        for (Tensor t : tensors) {
            if (t.dim() != 1) {
                throw TorchException.runtime("Expect a 1D vector, but got shape " + Shape.list(t.shapeRef()));
            }
        }
        if (tensors.length == 1) {
            return tensors[0];
        }
        Tensor[] grids = meshgrid(tensors, "ij");
        for (int i = 0; i < grids.length; i++) {
            grids[i] = Views.flatten(grids[i], 0, -1);
        }
        return Joining.stack(grids, 1);
    }

    /** {@code torch.diff}: n rounds of {@code narrow(1..) - narrow(..-1)} (xor for bool). */
    public static Tensor diff(Tensor x, long n, int dim, Tensor prepend, Tensor append) {
        if (x.dim() < 1) {
            throw TorchException.runtime("diff expects input to be at least one-dimensional");
        }
        if (n < 0) {
            throw TorchException.runtime("order must be non-negative but got " + n);
        }
        int d = Shape.wrapDim(dim, x.dim());
        if (n == 0) {
            // zeros_like(x).copy_(x): a copy, CopyBackwards
            return InPlace.copy_(Creation.zerosLike(x), x);
        }
        Tensor result = x;
        if ((prepend != null || append != null) && n != 0) {
            java.util.List<Tensor> parts = new java.util.ArrayList<>();
            if (prepend != null) {
                parts.add(prepend);
            }
            parts.add(x);
            if (append != null) {
                parts.add(append);
            }
            result = Joining.cat(parts.toArray(new Tensor[0]), d);
        }
        long len = result.shapeRef()[d] - 1;
        long rounds = Math.min(n, result.shapeRef()[d]);
        for (long i = 0; i < rounds; i++) {
            Tensor hi = Indexing.slice(result, d, 1L, 1L + len, 1L);
            Tensor lo = Indexing.slice(result, d, 0L, len, 1L);
            result = result.dtype() == DType.BOOL ? Pointwise.bitwise(BinaryKernel.XOR, hi, lo) : Arithmetic.sub(hi, lo);
            len--;
        }
        return result;
    }

    /** {@code repeat_interleave(int repeats, dim)}: unsqueeze, expand, contiguous clone, flatten. */
    public static Tensor repeatInterleave(Tensor x, long repeats, Integer dim) {
        Tensor input = dim == null ? Views.flatten(x, 0, -1) : x;
        int d = Shape.wrapDim(dim == null ? 0 : dim, x.dim());
        if (repeats < 0) {
            throw TorchException.runtime("Repeats must be non-negative");
        }
        input = Views.unsqueeze(input, d + 1);
        int[] shape = input.shape();
        shape[d + 1] = (int) repeats;
        input = Views.expand(input, shape);
        return Views.flatten(Conversion.cloneTensor(input), d, d + 1);
    }

    /** {@code repeat_interleave(repeats_tensor, dim)}: index_select with the repeated indices. */
    public static Tensor repeatInterleave(Tensor x, Tensor repeats, Integer dim) {
        Tensor input = dim == null ? Views.flatten(x, 0, -1) : x;
        int d = dim == null ? 0 : Shape.wrapDim(dim, x.dim());
        int size = input.shapeRef()[d];
        long[] counts = new long[size];
        if (repeats.dim() == 0 || (repeats.dim() == 1 && repeats.numel() == 1)) {
            java.util.Arrays.fill(counts, repeats.longAt(0));
        } else if (repeats.dim() == 1) {
            if (repeats.numel() != size) {
                throw TorchException.runtime("repeats must have the same size as input along dim, but got "
                        + "repeats.size(0) = " + repeats.numel() + " and input.size(" + d + ") = " + size);
            }
            for (int i = 0; i < size; i++) {
                counts[i] = repeats.longAt(i);
            }
        } else {
            throw TorchException.runtime("repeats must be 0-dim or 1-dim tensor");
        }
        return Selecting.indexSelect(input, d, repeatIndices(counts));
    }

    /** {@code torch.repeat_interleave(repeats)}: index i repeated repeats[i] times. */
    public static Tensor repeatIndices(long[] counts) {
        long total = 0;
        for (long c : counts) {
            if (c < 0) {
                throw TorchException.runtime("repeats can not be negative");
            }
            total += c;
        }
        long[] out = new long[(int) total];
        int at = 0;
        for (int i = 0; i < counts.length; i++) {
            for (long k = 0; k < counts[i]; k++) {
                out[at++] = i;
            }
        }
        return Tensor.of(out, out.length);
    }
}
