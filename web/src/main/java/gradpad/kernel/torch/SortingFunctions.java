package gradpad.kernel.torch;

import gradpad.engine.Tensor;
import gradpad.engine.ops.Cumprod;
import gradpad.engine.ops.Selection;
import gradpad.engine.ops.Sorting;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;

/**
 * Ordering ops ({@code sort}, {@code argsort}, {@code topk}, {@code median}, {@code kthvalue})
 * and {@code cumprod}, as both {@code torch.f(x)} and {@code x.f()}; the (values, indices)
 * results are {@code torch.return_types} named tuples, as for {@code max(dim)}.
 */
final class SortingFunctions {
    private SortingFunctions() {
    }

    static final String[] NAMES = {"sort", "argsort", "topk", "cumprod", "median", "kthvalue"};

    static boolean exists(String name) {
        return Convert.listed(NAMES, name);
    }

    private static Tensor input(Object o, String name) {
        return Convert.input(o, name);
    }

    private static int dim(Object o, int dflt) {
        return Convert.isNone(o) ? dflt : (int) Runtime.toIndex(o);
    }

    static Object call(String name, Object[] a, String[] kw) {
        switch (name) {
            case "sort": {
                Object[] b = Signature.torch(name, "input", "dim=-1", "descending=False", "*", "stable=None")
                        .bind(a, kw);
                // torch.sort(x, stable=...) is the overload sort.stable, whose node is SortBackward1
                Boolean stable = b[3] == null ? null : Convert.boolArg(b[3], false);
                return ReductionFunctions.returnTypes(Sorting.sort(input(b[0], name), dim(b[1], -1),
                        Convert.boolArg(b[2], false), stable));
            }
            case "argsort": {
                Object[] b = Signature.torch(name, "input", "dim=-1", "descending=False", "*", "stable=False")
                        .bind(a, kw);
                return Sorting.argsort(input(b[0], name), dim(b[1], -1), Convert.boolArg(b[2], false),
                        Convert.boolArg(b[3], false));
            }
            case "topk": {
                Object[] b = Signature.torch(name, "input", "k", "dim=-1", "largest=True", "sorted=True")
                        .bind(a, kw);
                return ReductionFunctions.returnTypes(Sorting.topk(input(b[0], name), Runtime.toIndex(b[1]),
                        dim(b[2], -1), Convert.boolArg(b[3], true), Convert.boolArg(b[4], true)));
            }
            case "cumprod": {
                Object[] b = Signature.torch(name, "input", "dim", "*", "dtype=None").bind(a, kw);
                return Cumprod.cumprod(input(b[0], name), (int) Runtime.toIndex(b[1]), Convert.dtype(b[2]));
            }
            case "median": {
                Object[] b = Signature.torch(name, "input", "dim=None", "keepdim=False").bind(a, kw);
                Tensor x = input(b[0], name);
                if (Convert.isNone(b[1])) {
                    return Selection.median(x);
                }
                return ReductionFunctions.returnTypes(Selection.median(x, (int) Runtime.toIndex(b[1]),
                        Convert.boolArg(b[2], false)));
            }
            case "kthvalue": {
                Object[] b = Signature.torch(name, "input", "k", "dim=-1", "keepdim=False").bind(a, kw);
                return ReductionFunctions.returnTypes(Selection.kthvalue(input(b[0], name), Runtime.toIndex(b[1]),
                        dim(b[2], -1), Convert.boolArg(b[3], false)));
            }
            default:
                throw Errors.attributeError("'Tensor' object has no attribute '" + name + "'");
        }
    }
}
