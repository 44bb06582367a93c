package gradpad.kernel.torch.nn;

import gradpad.engine.DType;
import gradpad.engine.GradMode;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Creation;
import gradpad.engine.ops.Random;
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
import gradpad.kernel.runtime.Types;
import gradpad.kernel.torch.Convert;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nn.RNN}, {@code nn.LSTM} and {@code nn.GRU} (torch/nn/modules/rnn.py's RNNBase): the
 * constructor's checks and warning, parameters registered and drawn as PyTorch does, forward's
 * shape handling and messages; the recurrence is {@link gradpad.engine.ops.Recurrent}'s.
 * PackedSequence inputs and LSTM projections (proj_size) are refused.
 */
final class Recurrent {
    private Recurrent() {
    }

    static final PyClass RNN_BASE = new PyClass("RNNBase", "torch.nn.modules.rnn", new PyClass[] {ModuleBase.MODULE},
            null);

    static void register(PyModule nn) {
        ModuleBase.method(RNN_BASE.dict, "extra_repr", (a, kw) -> extraRepr(ModuleBase.self(a)));
        ModuleBase.method(RNN_BASE.dict, "flatten_parameters", (a, kw) -> PyNone.NONE); // no cuDNN buffer to pack
        ModuleBase.method(RNN_BASE.dict, "reset_parameters", (a, kw) -> {
            resetParameters(ModuleBase.self(a));
            return PyNone.NONE;
        });
        nn.put("RNNBase", RNN_BASE);
        nn.put("RNN", layer("RNN"));
        nn.put("LSTM", layer("LSTM"));
        nn.put("GRU", layer("GRU"));
        RecurrentCells.register(nn);
    }

    private static PyClass layer(String name) {
        PyClass c = new PyClass(name, "torch.nn.modules.rnn", new PyClass[] {RNN_BASE}, null);
        ModuleBase.method(c.dict, "__init__", (a, kw) -> {
            init(name, a, kw);
            return PyNone.NONE;
        });
        Signature forward = new Signature(name + ".forward", "self", "input", "hx=None");
        ModuleBase.method(c.dict, "forward", (a, kw) -> {
            Object[] b = forward.bind(a, kw);
            return forwardLayer(name, ModuleBase.self(a), b[1], Convert.isNone(b[2]) ? null : b[2]);
        });
        return c;
    }

    /** RNN's own {@code __init__} (nonlinearity as the 4th argument) in front of RNNBase's. */
    private static void init(String name, Object[] a, String[] kw) {
        Object[] args = a;
        String[] keys = kw;
        Mode mode = name.equals("LSTM") ? Mode.LSTM : Mode.GRU;
        ModuleInstance m = ModuleBase.self(a);
        if (!name.equals("LSTM")) {
            for (String k : kw) {
                if (k.equals("proj_size")) {
                    throw Errors.valueError("proj_size argument is only supported for LSTM, not RNN or GRU");
                }
            }
        }
        if (name.equals("RNN")) {
            Object nonlinearity = "tanh";
            int positional = a.length - kw.length;
            List<Object> rest = new ArrayList<>();
            List<String> restKeys = new ArrayList<>();
            for (int i = 0; i < a.length; i++) {
                boolean isKey = i >= positional;
                if (!isKey && i == 4) { // args[3] after self
                    nonlinearity = a[i];
                } else if (isKey && kw[i - positional].equals("nonlinearity") && positional <= 4) {
                    nonlinearity = a[i];
                } else {
                    rest.add(a[i]);
                    if (isKey) {
                        restKeys.add(kw[i - positional]);
                    }
                }
            }
            args = rest.toArray();
            keys = restKeys.toArray(new String[0]);
            m.dict.put("nonlinearity", nonlinearity);
            if ("tanh".equals(nonlinearity)) {
                mode = Mode.RNN_TANH;
            } else if ("relu".equals(nonlinearity)) {
                mode = Mode.RNN_RELU;
            } else {
                throw Errors.valueError("Unknown nonlinearity '" + Runtime.str(nonlinearity)
                        + "'. Select from 'tanh' or 'relu'.");
            }
        }
        Object[] b = new Signature("RNNBase.__init__", "self", "input_size", "hidden_size", "num_layers=1",
                "bias=True", "batch_first=False", "dropout=0.0", "bidirectional=False", "proj_size=0", "device=None",
                "dtype=None").bind(args, keys);
        m.initialized = true;
        Object dropout = b[6] == null ? (Object) 0.0 : b[6];
        long numLayers = b[3] == null ? 1 : Runtime.toIndex(b[3]);
        long proj = b[8] == null ? 0 : Runtime.toIndex(b[8]);
        m.dict.put("mode", mode.name());
        m.dict.put("input_size", b[1]);
        m.dict.put("hidden_size", b[2]);
        m.dict.put("num_layers", numLayers);
        m.dict.put("bias", b[4] == null ? Boolean.TRUE : b[4]);
        m.dict.put("batch_first", b[5] == null ? Boolean.FALSE : b[5]);
        m.dict.put("dropout", Convert.doubleArg(dropout, "dropout"));
        m.dict.put("bidirectional", b[7] == null ? Boolean.FALSE : b[7]);
        m.dict.put("proj_size", proj);
        double p = dropout instanceof Boolean ? -1 : Convert.doubleArg(dropout, "dropout");
        if (!(dropout instanceof Long || dropout instanceof Double) || !(p >= 0 && p <= 1)) {
            throw Errors.valueError("dropout should be a number in range [0, 1] representing the probability of "
                    + "an element being zeroed");
        }
        if (p > 0 && numLayers == 1) {
            gradpad.engine.Warnings.warn("UserWarning", "dropout option adds dropout after all but last recurrent "
                    + "layer, so non-zero dropout expects num_layers greater than 1, but got dropout="
                    + Runtime.str(dropout) + " and num_layers=" + numLayers);
        }
        if (!(b[2] instanceof Long || b[2] instanceof Boolean)) {
            throw Errors.typeError("hidden_size should be of type int, got: " + Runtime.typeName(b[2]));
        }
        long hidden = Runtime.toIndex(b[2]);
        if (hidden <= 0) {
            throw Errors.valueError("hidden_size must be greater than zero");
        }
        if (numLayers <= 0) {
            throw Errors.valueError("num_layers must be greater than zero");
        }
        if (proj < 0) {
            throw Errors.valueError("proj_size should be a positive integer or zero to disable projections");
        }
        if (proj >= hidden) {
            throw Errors.valueError("proj_size has to be smaller than hidden_size");
        }
        if (proj != 0) {
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: LSTM(proj_size=...) is not supported");
        }
        gradpad.kernel.torch.Device.requireCpu(b[9]);
        DType dt = Convert.dtype(b[10]);
        int gate = (int) (mode.gates * hidden);
        int directions = Runtime.truthy(m.dict.get("bidirectional")) ? 2 : 1;
        long inputSize = Runtime.toIndex(b[1]);
        for (int layer = 0; layer < numLayers; layer++) {
            for (int dir = 0; dir < directions; dir++) {
                long layerInput = layer == 0 ? inputSize : hidden * directions;
                int[][] shapes = {{gate, (int) layerInput}, {gate, (int) hidden}, {gate}, {gate}};
                String[] names = names(layer, dir, Runtime.truthy(m.dict.get("bias")));
                for (int i = 0; i < names.length; i++) {
                    m.setAttr(names[i], Tensor.empty(shapes[i], dt == null ? DType.FLOAT32 : dt).asParameter(true));
                }
            }
        }
        resetParameters(m);
    }

    /** {@code weight_ih_l0}, {@code weight_hh_l0}[, {@code bias_ih_l0}, {@code bias_hh_l0}], with {@code _reverse}. */
    static String[] names(int layer, int dir, boolean bias) {
        String suffix = layer + (dir == 1 ? "_reverse" : "");
        return bias ? new String[] {"weight_ih_l" + suffix, "weight_hh_l" + suffix, "bias_ih_l" + suffix,
            "bias_hh_l" + suffix} : new String[] {"weight_ih_l" + suffix, "weight_hh_l" + suffix};
    }

    /** {@code reset_parameters}: U(-1/sqrt(hidden_size), 1/sqrt(hidden_size)) over {@code parameters()} in order. */
    static void resetParameters(ModuleInstance m) {
        long hidden = Runtime.toIndex(m.dict.get("hidden_size"));
        double stdv = hidden > 0 ? 1.0 / Math.sqrt(hidden) : 0;
        boolean previous = GradMode.set(false);
        try {
            for (Object[] np : ModuleBase.namedParameters(m, "")) {
                Tensor t = (Tensor) np[1]; // created by the constructor: contiguous, its storage alone
                if (t.dtype() == DType.FLOAT32) {
                    Random.defaultGenerator().uniform(t.storage().f32, -stdv, stdv);
                } else {
                    Random.defaultGenerator().uniform(t.storage().f64, -stdv, stdv);
                }
            }
        } finally {
            GradMode.set(previous);
        }
    }

    private static String extraRepr(ModuleInstance m) {
        StringBuilder s = new StringBuilder(Runtime.str(m.dict.get("input_size")) + ", "
                + Runtime.str(m.dict.get("hidden_size")));
        if (!Long.valueOf(0).equals(m.dict.get("proj_size"))) {
            s.append(", proj_size=").append(Runtime.str(m.dict.get("proj_size")));
        }
        if (!Long.valueOf(1).equals(m.dict.get("num_layers"))) {
            s.append(", num_layers=").append(Runtime.str(m.dict.get("num_layers")));
        }
        if (m.dict.get("bias") != Boolean.TRUE) { // "is not True", as rnn.py tests it
            s.append(", bias=").append(Runtime.str(m.dict.get("bias")));
        }
        if (m.dict.get("batch_first") != Boolean.FALSE) {
            s.append(", batch_first=").append(Runtime.str(m.dict.get("batch_first")));
        }
        if ((Double) m.dict.get("dropout") != 0) {
            s.append(", dropout=").append(Runtime.str(m.dict.get("dropout")));
        }
        if (m.dict.get("bidirectional") != Boolean.FALSE) {
            s.append(", bidirectional=").append(Runtime.str(m.dict.get("bidirectional")));
        }
        return s.toString();
    }

    /** RNN.forward / LSTM.forward / GRU.forward for tensor inputs, as rnn.py checks and reshapes them. */
    private static Object forwardLayer(String name, ModuleInstance m, Object in, Object hxArg) {
        if (!(in instanceof Tensor)) {
            throw Errors.make(Types.NOT_IMPLEMENTED_ERROR, "gradpad: " + name + " takes a Tensor input ("
                    + Runtime.typeName(in) + " is not supported)");
        }
        Tensor input = (Tensor) in;
        boolean lstm = name.equals("LSTM");
        int directions = Runtime.truthy(m.dict.get("bidirectional")) ? 2 : 1;
        int numLayers = (int) (long) (Long) m.dict.get("num_layers");
        int hidden = (int) Runtime.toIndex(m.dict.get("hidden_size"));
        boolean batchFirst = Runtime.truthy(m.dict.get("batch_first"));
        if (input.dim() != 2 && input.dim() != 3) {
            throw Errors.valueError(name + ": Expected input to be 2D or 3D, got " + input.dim() + "D"
                    + (name.equals("RNN") ? " tensor" : "") + " instead");
        }
        boolean batched = input.dim() == 3;
        int batchDim = batchFirst ? 0 : 1;
        Tensor[] hx = null;
        if (!batched) {
            input = Views.unsqueeze(input, batchDim);
        }
        if (hxArg != null) {
            hx = lstm ? pair(hxArg) : new Tensor[] {Functional.tensor(hxArg, name)};
            int want = batched ? 3 : 2;
            if (lstm && (hx[0].dim() != want || hx[1].dim() != want)) {
                throw Errors.runtimeError((batched ? "For batched 3-D input, hx and cx should also be 3-D"
                        : "For unbatched 2-D input, hx and cx should also be 2-D") + " but got (" + hx[0].dim()
                        + "-D, " + hx[1].dim() + "-D) tensors");
            }
            if (!lstm && hx[0].dim() != want) {
                throw Errors.runtimeError((batched ? "For batched 3-D input, hx should also be 3-D"
                        : "For unbatched 2-D input, hx should also be 2-D") + " but got " + hx[0].dim()
                        + "-D tensor");
            }
            if (!batched) {
                for (int i = 0; i < hx.length; i++) {
                    hx[i] = Views.unsqueeze(hx[i], 1);
                }
            }
        }
        int batch = input.size(batchFirst ? 0 : 1);
        if (hx == null) {
            Tensor zeros = Creation.zeros(new int[] {numLayers * directions, batch, hidden}, input.dtype());
            hx = lstm ? new Tensor[] {zeros, Creation.zeros(zeros.shapeRef(), input.dtype())} : new Tensor[] {zeros};
        }
        Tensor[][] params = params(m, numLayers, directions);
        checkInput(m, input, params[0][0]);
        for (int i = 0; i < hx.length; i++) {
            int[] s = hx[i].shapeRef();
            if (s.length != 3 || s[0] != numLayers * directions || s[1] != batch || s[2] != hidden) {
                throw Errors.runtimeError("Expected hidden" + (lstm ? "[" + i + "]" : "") + " size ("
                        + numLayers * directions + ", " + batch + ", " + hidden + "), got " + shapeList(s));
            }
        }
        Mode mode = lstm ? Mode.LSTM : name.equals("GRU") ? Mode.GRU
                : "RNN_RELU".equals(m.dict.get("mode")) ? Mode.RNN_RELU : Mode.RNN_TANH; // no Enum.valueOf in TeaVM code
        Tensor[] r = gradpad.engine.ops.Recurrent.layers(mode, batchFirst ? Views.transpose(input, 0, 1) : input, hx,
                params, numLayers, directions == 2, (Double) m.dict.get("dropout"), m.training);
        Tensor output = r[0];
        if (batchFirst) { // ATen's output.transpose_(0, 1); oneDNN's LSTM path transposes out of place
            output = lstm ? Views.transpose(output, 0, 1) : gradpad.engine.ops.Recurrent.transposeInPlace(output);
        }
        if (!batched) {
            output = Views.squeeze(output, batchDim);
            for (int i = 1; i < r.length; i++) {
                r[i] = Views.squeeze(r[i], 1);
            }
        }
        return PyTuple.of(output, lstm ? PyTuple.of(r[1], r[2]) : r[1]);
    }

    private static Tensor[] pair(Object hx) {
        Object[] items = hx instanceof PyTuple ? ((PyTuple) hx).items()
                : hx instanceof PyList ? ((PyList) hx).items.toArray() : null;
        if (items == null || items.length != 2) {
            throw Errors.typeError("gradpad: LSTM's hx must be a tuple (h_0, c_0) of two tensors");
        }
        return new Tensor[] {Functional.tensor(items[0], "LSTM"), Functional.tensor(items[1], "LSTM")};
    }

    /** RNNBase.check_input: the weights' dtype, 3 dimensions, the feature size. */
    private static void checkInput(ModuleInstance m, Tensor input, Tensor weight) {
        if (input.dtype() != weight.dtype()) {
            throw Errors.valueError("input must have the type " + weight.dtype() + ", got type " + input.dtype());
        }
        long inputSize = Runtime.toIndex(m.dict.get("input_size"));
        if (input.size(input.dim() - 1) != inputSize) {
            throw Errors.runtimeError("input.size(-1) must be equal to input_size. Expected " + inputSize + ", got "
                    + input.size(input.dim() - 1));
        }
    }

    private static Tensor[][] params(ModuleInstance m, int numLayers, int directions) {
        boolean bias = Runtime.truthy(m.dict.get("bias"));
        Tensor[][] out = new Tensor[numLayers * directions][];
        for (int layer = 0; layer < numLayers; layer++) {
            for (int dir = 0; dir < directions; dir++) {
                String[] names = names(layer, dir, bias);
                Tensor[] p = new Tensor[names.length];
                for (int i = 0; i < names.length; i++) {
                    p[i] = Functional.tensor(m.getAttr(names[i]), names[i]);
                }
                out[layer * directions + dir] = p;
            }
        }
        return out;
    }

    static String shapeList(int[] s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(s[i]);
        }
        return sb.append(']').toString();
    }
}
