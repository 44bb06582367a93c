package gradpad.kernel.torch;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.ops.Diagonal;
import gradpad.engine.ops.Indexing;
import gradpad.engine.ops.Rearranging;
import gradpad.engine.ops.Roll;
import gradpad.engine.ops.Selecting;
import gradpad.engine.ops.Splitting;
import gradpad.engine.ops.TensorProducts;
import gradpad.engine.ops.Views;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/**
 * Splitting, selecting and rearranging functions that exist both as {@code torch.f(x, ...)} and
 * as {@code x.f(...)} ({@link #NAMES}); the torch-only ones ({@code einsum}, {@code hstack},
 * {@code meshgrid}, {@code tensordot}...) are in {@link ShapeModuleFunctions}.
 */
final class ShapeFunctions {
    private ShapeFunctions() {
    }

    static final String[] NAMES = {
        "chunk", "split", "unbind", "index_select", "masked_select", "take", "argwhere", "roll",
        "repeat_interleave", "diag", "diagonal", "diag_embed", "trace", "movedim", "moveaxis", "swapaxes",
        "swapdims", "ravel", "kron", "inner", "vdot", "diff", "narrow", "unflatten",
    };

    static boolean exists(String name) {
        return Convert.listed(NAMES, name);
    }

    /** torch.X for every name here, and the torch-only functions. */
    static void register(PyModule m) {
        for (String n : NAMES) {
            m.put(n, TensorFunctions.function(n));
        }
        ShapeModuleFunctions.register(m);
    }

    static Tensor input(Object o, String name) {
        return Convert.input(o, name);
    }

    private static Tensor tensor(Object o, String name, String param, int position) {
        return Convert.strictTensor(o, name, param, position);
    }

    static int dim(Object o, int dflt) {
        return Convert.isNone(o) ? dflt : (int) Runtime.toIndex(o);
    }

    static PyTuple tuple(Tensor[] ts) {
        return new PyTuple(ts.clone());
    }

    static int[] intList(Object o) {
        if (o instanceof PyTuple || o instanceof gradpad.kernel.runtime.PyList) {
            Object[] items = Convert.sequence(o);
            int[] out = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = (int) Runtime.toIndex(items[i]);
            }
            return out;
        }
        return new int[] {(int) Runtime.toIndex(o)};
    }

    static Object call(String name, Object[] a, String[] kw) {
        Object out = compute(name, a, kw);
        // results computed into fresh storage keep a narrow input dtype (int32, float16...)
        if (a.length > 0 && a[0] instanceof Tensor && ((Tensor) a[0]).declaredDType().isNarrow()
                && !name.equals("trace") && !name.equals("argwhere")) {
            gradpad.engine.DType declared = ((Tensor) a[0]).declaredDType();
            if (out instanceof Tensor) {
                return keepNarrow((Tensor) out, declared);
            }
            if (out instanceof PyTuple) {
                Object[] items = ((PyTuple) out).items().clone();
                for (int i = 0; i < items.length; i++) {
                    items[i] = keepNarrow((Tensor) items[i], declared);
                }
                return new PyTuple(items);
            }
        }
        return out;
    }

    static Tensor keepNarrow(Tensor t, gradpad.engine.DType declared) {
        if (t.declaredDType().isNarrow() || t.requiresGrad() || t.dtype() != declared.kind()) {
            return t;
        }
        return Narrow.as(t, declared);
    }

    private static Object compute(String name, Object[] a, String[] kw) {
        switch (name) {
            case "chunk": {
                Object[] b = Signature.torch(name, "input", "chunks", "dim=0").bind(a, kw);
                return tuple(Splitting.chunk(input(b[0], name), Runtime.toIndex(b[1]), dim(b[2], 0)));
            }
            case "split": {
                Object[] b = Signature.torch(name, "tensor", "split_size_or_sections", "dim=0").bind(a, kw);
                Tensor x = input(b[0], name);
                if (b[1] instanceof PyTuple || b[1] instanceof gradpad.kernel.runtime.PyList) {
                    Object[] items = Convert.sequence(b[1]);
                    long[] sizes = new long[items.length];
                    for (int i = 0; i < items.length; i++) {
                        sizes[i] = Runtime.toIndex(items[i]);
                    }
                    return tuple(Splitting.splitWithSizes(x, sizes, dim(b[2], 0)));
                }
                return tuple(Splitting.split(x, Runtime.toIndex(b[1]), dim(b[2], 0)));
            }
            case "unbind": {
                Object[] b = Signature.torch(name, "input", "dim=0").bind(a, kw);
                return tuple(Splitting.unbind(input(b[0], name), dim(b[1], 0)));
            }
            case "index_select": {
                Object[] b = Signature.torch(name, "input", "dim", "index").bind(a, kw);
                return Selecting.indexSelect(input(b[0], name), dim(b[1], 0), tensor(b[2], name, "index", 3));
            }
            case "masked_select": {
                Object[] b = Signature.torch(name, "input", "mask").bind(a, kw);
                return Selecting.maskedSelect(input(b[0], name), tensor(b[1], name, "mask", 2));
            }
            case "take": {
                Object[] b = Signature.torch(name, "input", "index").bind(a, kw);
                return Selecting.take(input(b[0], name), tensor(b[1], name, "index", 2));
            }
            case "argwhere": {
                Object[] b = Signature.torch(name, "input").bind(a, kw);
                return Indexing.nonzero(input(b[0], name));
            }
            case "roll": {
                Object[] b = Signature.torch(name, "input", "shifts", "dims=None").bind(a, kw);
                int[] shifts = intList(b[1]);
                long[] s = new long[shifts.length];
                for (int i = 0; i < s.length; i++) {
                    s[i] = shifts[i];
                }
                return Roll.roll(input(b[0], name), s, Convert.isNone(b[2]) ? new int[0] : intList(b[2]));
            }
            case "repeat_interleave": {
                Object[] b = Signature.torch(name, "input", "repeats=None", "dim=None", "*", "output_size=None")
                        .bind(a, kw);
                Tensor x = input(b[0], name);
                Integer d = Convert.isNone(b[2]) ? null : (int) Runtime.toIndex(b[2]);
                if (b[1] == null) {
                    long[] counts = new long[x.numel()];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = x.longAt(i);
                    }
                    if (x.dim() > 1) {
                        throw TorchException.runtime("repeat_interleave only accept 1D vector as repeat");
                    }
                    return Rearranging.repeatIndices(counts);
                }
                if (b[1] instanceof Tensor) {
                    return Rearranging.repeatInterleave(x, (Tensor) b[1], d);
                }
                return Rearranging.repeatInterleave(x, Runtime.toIndex(b[1]), d);
            }
            case "diag": {
                Object[] b = Signature.torch(name, "input", "diagonal=0").bind(a, kw);
                return Diagonal.diag(input(b[0], name), b[1] == null ? 0 : Runtime.toIndex(b[1]));
            }
            case "diagonal": {
                Object[] b = Signature.torch(name, "input", "offset=0", "dim1=0", "dim2=1").bind(a, kw);
                return Diagonal.diagonal(input(b[0], name), b[1] == null ? 0 : Runtime.toIndex(b[1]), dim(b[2], 0),
                        dim(b[3], 1));
            }
            case "diag_embed": {
                Object[] b = Signature.torch(name, "input", "offset=0", "dim1=-2", "dim2=-1").bind(a, kw);
                return Diagonal.diagEmbed(input(b[0], name), b[1] == null ? 0 : Runtime.toIndex(b[1]), dim(b[2], -2),
                        dim(b[3], -1));
            }
            case "trace": {
                Object[] b = Signature.torch(name, "input").bind(a, kw);
                return Diagonal.trace(input(b[0], name));
            }
            case "movedim":
            case "moveaxis": {
                Object[] b = Signature.torch(name, "input", "source", "destination").bind(a, kw);
                return Rearranging.movedim(input(b[0], name), intList(b[1]), intList(b[2]));
            }
            case "swapaxes": {
                Object[] b = Signature.torch(name, "input", "axis0", "axis1").bind(a, kw);
                return Views.transpose(input(b[0], name), dim(b[1], 0), dim(b[2], 0));
            }
            case "swapdims": {
                Object[] b = Signature.torch(name, "input", "dim0", "dim1").bind(a, kw);
                return Views.transpose(input(b[0], name), dim(b[1], 0), dim(b[2], 0));
            }
            case "ravel": {
                Object[] b = Signature.torch(name, "input").bind(a, kw);
                // ravel is contiguous().view(-1): CloneBackward0 then ViewBackward0 when it copies
                return Views.view(gradpad.engine.ops.Conversion.contiguous(input(b[0], name)), new int[] {-1});
            }
            case "kron":
            case "inner":
            case "vdot": {
                Object[] b = Signature.torch(name, "input", "other").bind(a, kw);
                Tensor x = input(b[0], name);
                Tensor y = tensor(b[1], name, "other", 2);
                return name.equals("kron") ? TensorProducts.kron(x, y) : name.equals("inner")
                        ? TensorProducts.inner(x, y) : TensorProducts.vdot(x, y);
            }
            case "diff": {
                Object[] b = Signature.torch(name, "input", "n=1", "dim=-1", "prepend=None", "append=None")
                        .bind(a, kw);
                Tensor pre = Convert.isNone(b[3]) ? null : tensor(b[3], name, "prepend", 4);
                Tensor app = Convert.isNone(b[4]) ? null : tensor(b[4], name, "append", 5);
                return Rearranging.diff(input(b[0], name), b[1] == null ? 1 : Runtime.toIndex(b[1]), dim(b[2], -1),
                        pre, app);
            }
            case "narrow": {
                Object[] b = Signature.torch(name, "input", "dim", "start", "length").bind(a, kw);
                return narrow(input(b[0], name), dim(b[1], 0), Runtime.toIndex(b[2]), Runtime.toIndex(b[3]));
            }
            case "unflatten": {
                Object[] b = Signature.torch(name, "input", "dim", "sizes").bind(a, kw);
                return unflatten(input(b[0], name), dim(b[1], 0), intList(b[2]));
            }
            default:
                throw Errors.attributeError("'Tensor' object has no attribute '" + name + "'");
        }
    }

    /** {@code narrow(dim, start, length)}: a slice view ({@code SliceBackward0}), with narrow's checks. */
    private static Tensor narrow(Tensor x, int dim, long start, long length) {
        if (x.dim() == 0) {
            throw TorchException.runtime("narrow() cannot be applied to a 0-dim tensor.");
        }
        if (length < 0) {
            throw TorchException.runtime("narrow(): length must be non-negative.");
        }
        int d = gradpad.engine.Shape.wrapDim(dim, x.dim());
        int size = x.shapeRef()[d];
        if (start < -size || start > size) {
            throw TorchException.index("start out of range (expected to be in range of [" + (-size) + ", " + size
                    + "], but got " + start + ")");
        }
        long s = start < 0 ? start + size : start;
        if (s + length > size) {
            throw TorchException.runtime("start (" + s + ") + length (" + length + ") exceeds dimension size ("
                    + size + ").");
        }
        return Indexing.slice(x, d, s, s + length, 1L);
    }

    /** {@code x.unflatten(dim, sizes)}: dim viewed as sizes (one may be -1), ViewBackward0. */
    static Tensor unflatten(Tensor x, int dim, int[] sizes) {
        int d = gradpad.engine.Shape.wrapDim(dim, x.dim());
        if (sizes.length == 0) {
            throw TorchException.runtime("unflatten: sizes must be non-empty");
        }
        int size = x.shapeRef()[d];
        int[] inferred;
        try {
            inferred = Views.inferSize(sizes, size);
        } catch (TorchException e) {
            throw TorchException.runtime("unflatten: Provided sizes " + gradpad.engine.Shape.list(sizes)
                    + " don't multiply up to the size of dim " + dim + " (" + size + ") in the input tensor");
        }
        int[] shape = new int[x.dim() - 1 + inferred.length];
        int k = 0;
        for (int i = 0; i < x.dim(); i++) {
            if (i == d) {
                for (int s : inferred) {
                    shape[k++] = s;
                }
            } else {
                shape[k++] = x.shapeRef()[i];
            }
        }
        return Views.view(x, shape);
    }
}
