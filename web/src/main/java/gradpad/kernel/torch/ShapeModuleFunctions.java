package gradpad.kernel.torch;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.ops.Einsum;
import gradpad.engine.ops.Rearranging;
import gradpad.engine.ops.TensorProducts;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/**
 * The torch-only functions of the shape family ({@code torch.einsum}, {@code hstack}/{@code vstack}/
 * {@code dstack}, {@code atleast_1d/2d/3d}, {@code meshgrid}, {@code cartesian_prod},
 * {@code tensordot}), argument handling as torch/functional.py does it.
 */
final class ShapeModuleFunctions {
    private ShapeModuleFunctions() {
    }

    static void register(PyModule m) {
        m.function("einsum", (a, kw) -> {
            Object[] b = new Signature("einsum", "*args").bind(a, kw);
            Object[] args = ((PyTuple) b[0]).items();
            if (args.length < 1) {
                throw Errors.valueError("einsum(): must specify the equation string and at least one operand, or at "
                        + "least one operand and its subscripts list");
            }
            if (!(args[0] instanceof String)) {
                throw TorchException.runtime("einsum(): the sublist format is not supported here; pass an equation");
            }
            Object[] ops = new Object[args.length - 1];
            System.arraycopy(args, 1, ops, 0, ops.length);
            if (ops.length == 1 && (ops[0] instanceof PyList || ops[0] instanceof PyTuple)) {
                ops = Convert.sequence(ops[0]);
            }
            return Einsum.einsum((String) args[0], tensors(ops, "einsum"));
        });
        for (String n : new String[] {"hstack", "vstack", "dstack"}) {
            m.function(n, (a, kw) -> {
                Object[] b = Signature.torch(n, "tensors").bind(a, kw);
                Tensor[] ts = tensors(Convert.sequence(b[0]), n);
                return sameNarrow(Rearranging.stackAlong(n, ts), ts);
            });
        }
        m.function("row_stack", (a, kw) -> {
            Object[] b = Signature.torch("row_stack", "tensors").bind(a, kw);
            return Rearranging.stackAlong("vstack", tensors(Convert.sequence(b[0]), "row_stack"));
        });
        for (String n : new String[] {"atleast_1d", "atleast_2d", "atleast_3d"}) {
            m.function(n, (a, kw) -> {
                Object[] b = new Signature(n, "*tensors").bind(a, kw);
                Object[] items = ((PyTuple) b[0]).items();
                boolean single = items.length == 1 && items[0] instanceof Tensor;
                if (items.length == 1 && !single) {
                    items = Convert.sequence(items[0]);
                }
                Tensor[] ts = tensors(items, n);
                for (int i = 0; i < ts.length; i++) {
                    ts[i] = n.endsWith("1d") ? Rearranging.atleast1d(ts[i]) : n.endsWith("2d")
                            ? Rearranging.atleast2d(ts[i]) : Rearranging.atleast3d(ts[i]);
                }
                return single ? ts[0] : new PyTuple(ts);
            });
        }
        m.function("meshgrid", (a, kw) -> {
            Object[] b = new Signature("meshgrid", "*tensors", "indexing=None").bind(a, kw);
            Object[] items = ((PyTuple) b[0]).items();
            if (items.length == 1 && !(items[0] instanceof Tensor)) {
                items = Convert.sequence(items[0]);
            }
            String indexing = Convert.isNone(b[1]) ? "ij" : (String) b[1];
            return new PyTuple(Rearranging.meshgrid(tensors(items, "meshgrid"), indexing));
        });
        m.function("cartesian_prod", (a, kw) -> {
            Object[] b = new Signature("cartesian_prod", "*tensors").bind(a, kw);
            return Rearranging.cartesianProd(tensors(((PyTuple) b[0]).items(), "cartesian_prod"));
        });
        m.function("tensordot", (a, kw) -> {
            Object[] b = new Signature("tensordot", "a", "b", "dims=2", "out=None").bind(a, kw);
            Tensor x = Convert.strictTensor(b[0], "tensordot", "a", 1);
            Tensor y = Convert.strictTensor(b[1], "tensordot", "b", 2);
            Object dims = b[2] == null ? (Object) 2L : b[2];
            int[] da;
            int[] db;
            if (dims instanceof PyList || dims instanceof PyTuple) {
                Object[] pair = Convert.sequence(dims);
                if (pair.length != 2) {
                    throw TorchException.runtime("tensordot expects dims to be a pair of lists of dims");
                }
                da = ShapeFunctions.intList(pair[0]);
                db = ShapeFunctions.intList(pair[1]);
            } else {
                long d = Runtime.toIndex(dims);
                if (d < 0) {
                    throw TorchException.runtime("tensordot expects dims >= 0, but got dims=" + d);
                }
                if (d > Math.min(x.dim(), y.dim())) {
                    throw TorchException.runtime("tensordot expects dims < ndim_a or ndim_b, but got dims=" + d);
                }
                da = new int[(int) d];
                db = new int[(int) d];
                for (int i = 0; i < d; i++) {
                    da[i] = (int) (i - d);
                    db[i] = i;
                }
            }
            return TensorProducts.tensordot(x, y, da, db);
        });
    }

    /** cat's result tagged with its inputs' narrow dtype (int32, float16...) when they all share it. */
    private static Tensor sameNarrow(Tensor out, Tensor[] ts) {
        gradpad.engine.DType declared = ts[0].declaredDType();
        for (Tensor t : ts) {
            if (t.declaredDType() != declared) {
                return out;
            }
        }
        return declared.isNarrow() ? ShapeFunctions.keepNarrow(out, declared) : out;
    }

    private static Tensor[] tensors(Object[] items, String name) {
        Tensor[] ts = new Tensor[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof Tensor)) {
                throw Errors.typeError("expected Tensor as element " + i + " in argument 0, but got "
                        + Runtime.typeName(items[i]));
            }
            ts[i] = (Tensor) items[i];
        }
        return ts;
    }
}
