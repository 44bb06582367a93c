package gradpad.engine.cases;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.TorchException;
import gradpad.engine.autograd.Edge;
import gradpad.engine.autograd.Engine;
import gradpad.engine.ops.Conversion;
import gradpad.engine.ops.InPlace;
import gradpad.engine.ops.Views;
import java.util.ArrayList;
import java.util.List;

/** Shape, indexing, in-place, autograd and inspection functions of the case language. */
final class CaseAutograd {
    private CaseAutograd() {
    }

    private static int i(Object o) {
        return ((Long) o).intValue();
    }

    static Object call(String fn, CaseBuiltins.Args a) {
        Object first = a.pos.isEmpty() ? null : a.pos.get(0);
        Tensor x = first instanceof Tensor ? (Tensor) first : null;
        switch (fn) {
            case "view": return x.view(a.rest(1));
            case "reshape": return x.reshape(a.rest(1));
            case "transpose": return x.transpose(i(a.pos.get(1)), i(a.pos.get(2)));
            case "t": return x.t();
            case "T": return x.T();
            case "permute": return x.permute(a.rest(1));
            case "unsqueeze": return x.unsqueeze(i(a.pos.get(1)));
            case "squeeze": {
                Object d = a.get(1, "d", null);
                return d == null ? x.squeeze() : x.squeeze(i(d));
            }
            case "expand": return x.expand(a.rest(1));
            case "flatten": return Views.flatten(x, i(a.get(1, "start", 0L)), i(a.get(2, "end", -1L)));
            case "repeat": return x.repeat(a.rest(1));
            case "flip": return x.flip(a.rest(1));
            case "contiguous": return x.contiguous();
            case "is_contiguous": return x.isContiguous();
            case "clone": return x.clone();
            case "detach": return x.detach();
            case "to": return Conversion.to(x, (DType) a.pos.get(1));
            case "getitem":
                if (!(first instanceof Tensor)) {
                    return CaseBuiltins.pyIndex(first, i(a.pos.get(1)));
                }
                return x.index(CaseBuiltins.indexItems(a.pos, 1).toArray(new gradpad.engine.IndexItem[0]));
            case "setitem":
                x.setItem(CaseBuiltins.indexItems(a.pos, 2), CaseBuiltins.t(a.pos.get(1)));
                return null;
            case "add_": return InPlace.add_(x, CaseBuiltins.t(a.pos.get(1)));
            case "sub_": return InPlace.sub_(x, CaseBuiltins.t(a.pos.get(1)));
            case "mul_": return InPlace.mul_(x, CaseBuiltins.t(a.pos.get(1)));
            case "div_": return InPlace.div_(x, CaseBuiltins.t(a.pos.get(1)));
            case "zero_": return InPlace.zero_(x);
            case "fill_": return InPlace.fill_(x, CaseBuiltins.t(a.pos.get(1)));
            case "copy_": return InPlace.copy_(x, a.t(1));
            default: return autograd(fn, a, x);
        }
    }

    private static Object autograd(String fn, CaseBuiltins.Args a, Tensor x) {
        switch (fn) {
            case "backward": {
                Tensor gradient = (Tensor) a.get(1, "gradient", null);
                boolean create = (Boolean) a.get(3, "create_graph", false);
                Object retain = a.get(2, "retain_graph", null);
                Engine.backward(x, gradient, retain == null ? create : (Boolean) retain, create);
                return null;
            }
            case "grad": return x.grad();
            case "set_grad": x.setGrad((Tensor) a.pos.get(1)); return null;
            case "retain_grad": x.retainGrad(); return null;
            case "requires_grad_": return x.requiresGrad_((Boolean) a.get(1, "flag", true));
            case "set_requires_grad": x.setRequiresGrad((Boolean) a.pos.get(1)); return null;
            case "autograd_grad": {
                Tensor[] outs = CaseBuiltins.tensors(a.pos.get(0));
                Tensor[] ins = CaseBuiltins.tensors(a.pos.get(1));
                Object go = a.get(2, "grad_outputs", null);
                boolean create = (Boolean) a.get(4, "create_graph", false);
                Object retain = a.get(3, "retain_graph", null);
                Tensor[] r = Engine.grad(outs, ins, go == null ? null : CaseBuiltins.tensors(go),
                        retain == null ? create : (Boolean) retain, create, (Boolean) a.get(5, "allow_unused", false));
                List<Object> out = new ArrayList<>();
                for (Tensor t : r) {
                    out.add(t);
                }
                return out;
            }
            case "set_grad_enabled": GradMode.set((Boolean) a.pos.get(0)); return null;
            case "is_grad_enabled": return GradMode.isEnabled();
            case "gradfn": return x.gradFn() == null ? null : x.gradFn().name();
            case "next_fns": {
                List<Object> names = new ArrayList<>();
                for (Edge e : x.gradFn().nextFunctions()) {
                    names.add(e == null ? null : e.function.name());
                }
                return names;
            }
            case "is_leaf": return x.isLeaf();
            case "requires_grad": return x.requiresGrad();
            case "shape": {
                List<Object> s = new ArrayList<>();
                for (int d : x.shapeRef()) {
                    s.add((long) d);
                }
                return s;
            }
            case "dtype": return x.dtype();
            case "item": return scalar(x, x.item(), x.itemLong());
            case "float_":
                if (x.numel() != 1) {
                    throw TorchException.value("only one element tensors can be converted to Python scalars");
                }
                return x.doubleAt(0);
            case "tolist": return tolist(x, 0, 0);
            case "version": return (long) x.version();
            case "numel": return (long) x.numel();
            case "bits": return CaseRunner.bits(x);
            default: throw new IllegalArgumentException("unknown case function " + fn);
        }
    }

    private static Object scalar(Tensor x, double d, long l) {
        switch (x.dtype()) {
            case FLOAT32: case FLOAT64: return d;
            case BOOL: return l != 0;
            default: return l;
        }
    }

    /** Nested lists of the elements, from dim d on, starting at row-major position base. */
    private static Object tolist(Tensor x, int d, int base) {
        int[] shape = x.shapeRef();
        if (d == shape.length) {
            return scalar(x, x.doubleAt(base), x.longAt(base));
        }
        int inner = 1;
        for (int k = d + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        List<Object> out = new ArrayList<>();
        for (int k = 0; k < shape[d]; k++) {
            out.add(tolist(x, d + 1, base + k * inner));
        }
        return out;
    }
}
