package gradpad.kernel.torch.distributions;

import gradpad.engine.Tensor;
import gradpad.kernel.runtime.Operators;
import gradpad.kernel.runtime.PyIterator;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.syntax.Expr.Operator;
import gradpad.kernel.torch.TorchSize;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls into the kernel's own {@code torch} functions and tensor methods, so the distributions run
 * PyTorch's Python formulas op for op (same grad_fn names, same rounding, same generator draws).
 */
final class Py {
    private Py() {
    }

    static PyModule torch;

    static Object torch(String name, Object... args) {
        return Runtime.call(torch.getAttr(name), args);
    }

    /** {@code torch.name(*args)} whose last {@code kw.length} arguments are keywords. */
    static Object torchKw(String name, Object[] args, String... kw) {
        return Runtime.call(torch.getAttr(name), args, kw);
    }

    static Object functional(String name, Object[] args, String... kw) {
        Object f = Runtime.getAttr(Runtime.getAttr(torch, "nn"), "functional");
        return Runtime.call(Runtime.getAttr(f, name), args, kw);
    }

    static Object m(Object self, String name, Object... args) {
        return Runtime.call(Runtime.getAttr(self, name), args);
    }

    static Object mKw(Object self, String name, Object[] args, String... kw) {
        return Runtime.call(Runtime.getAttr(self, name), args, kw);
    }

    static Object add(Object a, Object b) {
        return Operators.binary(Operator.Add, a, b);
    }

    static Object sub(Object a, Object b) {
        return Operators.binary(Operator.Sub, a, b);
    }

    static Object mul(Object a, Object b) {
        return Operators.binary(Operator.Mult, a, b);
    }

    static Object div(Object a, Object b) {
        return Operators.binary(Operator.Div, a, b);
    }

    static Object pow(Object a, Object b) {
        return Operators.binary(Operator.Pow, a, b);
    }

    static Object cmp(gradpad.kernel.syntax.Expr.CmpOp op, Object a, Object b) {
        return Operators.compare(op, a, b);
    }

    static Object and(Object a, Object b) {
        return Operators.binary(Operator.BitAnd, a, b);
    }

    static Object or(Object a, Object b) {
        return Operators.binary(Operator.BitOr, a, b);
    }

    static Object mod(Object a, Object b) {
        return Operators.binary(Operator.Mod, a, b);
    }

    static Object neg(Object a) {
        return Operators.unary(gradpad.kernel.syntax.Expr.UnaryOperator.USub, a);
    }

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean;
    }

    static int[] shape(Object t) {
        return ((Tensor) t).shape();
    }

    static TorchSize size(int[] s) {
        return TorchSize.of(s);
    }

    static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int i = 0;
        for (int[] p : parts) {
            for (int v : p) {
                out[i++] = v;
            }
        }
        return out;
    }

    /** {@code torch.Size(sample_shape)}: any iterable of ints. */
    static int[] sizeArg(Object o) {
        if (o == null) {
            return new int[0];
        }
        List<Integer> dims = new ArrayList<>();
        PyIterator it = Runtime.iter(o);
        while (it.hasNext()) {
            dims.add((int) Runtime.toIndex(it.next()));
        }
        int[] out = new int[dims.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dims.get(i);
        }
        return out;
    }

    static boolean allTrue(Object boolTensor) {
        return Runtime.truthy(m(boolTensor, "all"));
    }

    static String[] kw(String... names) {
        return names.length == 0 ? Signature.NO_KW : names;
    }

    /** {@code torch.distributions.utils.broadcast_all}: numbers become tensors, then broadcast_tensors. */
    static Object[] broadcastAll(Object... values) {
        Object dtype = null;
        boolean allTensors = true;
        for (Object v : values) {
            if (v instanceof Tensor) {
                if (dtype == null) {
                    dtype = Runtime.getAttr(v, "dtype");
                }
            } else if (isNumber(v)) {
                allTensors = false;
            } else {
                throw gradpad.kernel.runtime.Errors.valueError("Input arguments must all be instances of "
                        + "numbers.Number, torch.Tensor or objects implementing __torch_function__.");
            }
        }
        Object[] ts = values.clone();
        if (!allTensors) {
            if (dtype == null) {
                dtype = torch("get_default_dtype");
            }
            for (int i = 0; i < ts.length; i++) {
                if (!(ts[i] instanceof Tensor)) {
                    ts[i] = torchKw("tensor", new Object[] {ts[i], dtype}, "dtype");
                }
            }
        }
        int[] shape = new int[0];
        for (Object t : ts) {
            shape = broadcastShapes(shape, shape(t));
        }
        for (int i = 0; i < ts.length; i++) {
            if (!java.util.Arrays.equals(shape(ts[i]), shape)) {
                ts[i] = m(ts[i], "expand", size(shape));
            }
        }
        return ts;
    }

    private static int[] broadcastShapes(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 1; i <= n; i++) {
            int x = i <= a.length ? a[a.length - i] : 1;
            int y = i <= b.length ? b[b.length - i] : 1;
            if (x != y && x != 1 && y != 1) {
                throw gradpad.kernel.runtime.Errors.make(gradpad.kernel.runtime.Types.RUNTIME_ERROR,
                        "The size of tensor a (" + x + ") must match the size of tensor b (" + y
                                + ") at non-singleton dimension " + (n - i));
            }
            out[n - i] = x == 1 ? y : x;
        }
        return out;
    }
}
