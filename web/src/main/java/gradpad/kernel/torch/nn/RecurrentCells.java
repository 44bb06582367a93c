package gradpad.kernel.torch.nn;

import gradpad.engine.DType;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.Recurrent.Mode;
import gradpad.engine.ops.Views;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyClass;
import gradpad.kernel.runtime.PyList;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.PyTuple;
import gradpad.kernel.runtime.Runtime;
import gradpad.kernel.runtime.Signature;
import gradpad.kernel.torch.Convert;

/**
 * {@code nn.RNNCell}, {@code nn.LSTMCell} and {@code nn.GRUCell} (rnn.py's RNNCellBase): one
 * step of the recurrence on a batched (N, H_in) or unbatched (H_in) input.
 */
final class RecurrentCells {
    private RecurrentCells() {
    }

    static final PyClass RNN_CELL_BASE = new PyClass("RNNCellBase", "torch.nn.modules.rnn",
            new PyClass[] {ModuleBase.MODULE}, null);

    static void register(PyModule nn) {
        ModuleBase.method(RNN_CELL_BASE.dict, "extra_repr", (a, kw) -> {
            ModuleInstance m = ModuleBase.self(a);
            String s = Runtime.str(m.dict.get("input_size")) + ", " + Runtime.str(m.dict.get("hidden_size"));
            if (m.dict.get("bias") != Boolean.TRUE) {
                s += ", bias=" + Runtime.str(m.dict.get("bias"));
            }
            Object nonlinearity = m.dict.get("nonlinearity");
            if (nonlinearity != null && !"tanh".equals(nonlinearity)) {
                s += ", nonlinearity=" + Runtime.str(nonlinearity);
            }
            return s;
        });
        ModuleBase.method(RNN_CELL_BASE.dict, "reset_parameters", (a, kw) -> {
            Recurrent.resetParameters(ModuleBase.self(a));
            return PyNone.NONE;
        });
        nn.put("RNNCellBase", RNN_CELL_BASE);
        nn.put("RNNCell", cell("RNNCell", 1));
        nn.put("LSTMCell", cell("LSTMCell", 4));
        nn.put("GRUCell", cell("GRUCell", 3));
    }

    private static PyClass cell(String name, int chunks) {
        PyClass c = new PyClass(name, "torch.nn.modules.rnn", new PyClass[] {RNN_CELL_BASE}, null);
        Signature init = name.equals("RNNCell")
                ? new Signature(name + ".__init__", "self", "input_size", "hidden_size", "bias=True",
                        "nonlinearity='tanh'", "device=None", "dtype=None")
                : new Signature(name + ".__init__", "self", "input_size", "hidden_size", "bias=True", "device=None",
                        "dtype=None");
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            Object[] b = init.bind(a, kw);
            ModuleInstance m = ModuleBase.self(a);
            m.initialized = true;
            boolean rnn = name.equals("RNNCell");
            m.dict.put("input_size", b[1]);
            m.dict.put("hidden_size", b[2]);
            m.dict.put("bias", b[3] == null ? Boolean.TRUE : b[3]);
            gradpad.kernel.torch.Device.requireCpu(b[rnn ? 5 : 4]);
            DType dt = Convert.dtype(b[rnn ? 6 : 5]);
            dt = dt == null ? DType.FLOAT32 : dt;
            int gate = (int) (chunks * Runtime.toIndex(b[2]));
            int in = (int) Runtime.toIndex(b[1]);
            m.setAttr("weight_ih", Tensor.empty(new int[] {gate, in}, dt).asParameter(true));
            m.setAttr("weight_hh", Tensor.empty(new int[] {gate, (int) Runtime.toIndex(b[2])}, dt).asParameter(true));
            if (Runtime.truthy(m.dict.get("bias"))) {
                m.setAttr("bias_ih", Tensor.empty(new int[] {gate}, dt).asParameter(true));
                m.setAttr("bias_hh", Tensor.empty(new int[] {gate}, dt).asParameter(true));
            } else {
                m.parameters.put("bias_ih", PyNone.NONE);
                m.parameters.put("bias_hh", PyNone.NONE);
            }
            Recurrent.resetParameters(m);
            if (rnn) { // set after the parameters, as RNNCell.__init__ does
                m.dict.put("nonlinearity", b[4] == null ? "tanh" : b[4]);
            }
            return PyNone.NONE;
        });
        Signature forward = new Signature(name + ".forward", "self", "input", "hx=None");
        ModuleBase.method(c.dict, "forward", (a, kw) -> {
            Object[] b = forward.bind(a, kw);
            return forwardCell(name, ModuleBase.self(a), Functional.tensor(b[1], name),
                    Convert.isNone(b[2]) ? null : b[2]);
        });
        return c;
    }

    /** RNNCell.forward / LSTMCell.forward / GRUCell.forward, as rnn.py checks and reshapes. */
    private static Object forwardCell(String name, ModuleInstance m, Tensor input, Object hxArg) {
        boolean lstm = name.equals("LSTMCell");
        if (input.dim() != 1 && input.dim() != 2) {
            throw Errors.valueError(name + ": Expected input to be 1D or 2D, got " + input.dim() + "D instead");
        }
        Tensor[] hx = null;
        if (hxArg != null) {
            hx = lstm ? pair(hxArg) : new Tensor[] {Functional.tensor(hxArg, name)};
            for (int i = 0; i < hx.length; i++) {
                if (hx[i].dim() != 1 && hx[i].dim() != 2) {
                    throw Errors.valueError(name + ": Expected " + (lstm ? "hx[" + i + "]" : "hidden")
                            + " to be 1D or 2D, got " + hx[i].dim() + "D instead");
                }
            }
        }
        boolean batched = input.dim() == 2;
        if (!batched) {
            input = Views.unsqueeze(input, 0);
        }
        int hidden = (int) Runtime.toIndex(m.dict.get("hidden_size"));
        if (hx == null) {
            Tensor zeros = Creation.zeros(new int[] {input.size(0), hidden}, input.dtype());
            hx = lstm ? new Tensor[] {zeros, zeros} : new Tensor[] {zeros};
        } else if (!batched) {
            for (int i = 0; i < hx.length; i++) {
                hx[i] = Views.unsqueeze(hx[i], 0);
            }
        }
        Mode mode = lstm ? Mode.LSTM : name.equals("GRUCell") ? Mode.GRU : Mode.RNN_TANH;
        if (!lstm && !name.equals("GRUCell")) {
            Object nonlinearity = m.dict.get("nonlinearity");
            if ("relu".equals(nonlinearity)) {
                mode = Mode.RNN_RELU;
            } else if (!"tanh".equals(nonlinearity)) {
                throw Errors.runtimeError("Unknown nonlinearity: " + Runtime.str(nonlinearity));
            }
        }
        Object bih = m.getAttr("bias_ih");
        Object bhh = m.getAttr("bias_hh");
        Tensor[] r = gradpad.engine.ops.Recurrent.cell(mode, input, hx, (Tensor) m.getAttr("weight_ih"),
                (Tensor) m.getAttr("weight_hh"), bih instanceof Tensor ? (Tensor) bih : null,
                bhh instanceof Tensor ? (Tensor) bhh : null);
        if (!batched) {
            for (int i = 0; i < r.length; i++) {
                r[i] = Views.squeeze(r[i], 0);
            }
        }
        return lstm ? PyTuple.of(r[0], r[1]) : r[0];
    }

    private static Tensor[] pair(Object hx) {
        Object[] items = hx instanceof PyTuple ? ((PyTuple) hx).items()
                : hx instanceof PyList ? ((PyList) hx).items.toArray() : null;
        if (items == null || items.length != 2) {
            throw Errors.typeError("gradpad: LSTMCell's hx must be a tuple (h_0, c_0) of two tensors");
        }
        return new Tensor[] {Functional.tensor(items[0], "LSTMCell"), Functional.tensor(items[1], "LSTMCell")};
    }
}
