package gradpad.engine.ops;

import gradpad.engine.Tensor;
import gradpad.engine.TorchException;

/**
 * Recurrent cells and layers as ATen's RNN.cpp computes them on the CPU (SimpleCell, LSTMCell,
 * GRUCell, FullLayer, FullBidirectionalLayer, apply_layer_stack), built from differentiable ops
 * (addmm, sigmoid, tanh, mul, add, stack, cat) so autograd and double backward come for free.
 * The grad_fn names of the results are those of these ops, which are PyTorch's too except for
 * float32 LSTM layers, which PyTorch 2.11 hands to oneDNN (MkldnnRnnLayerBackward0).
 */
public final class Recurrent {
    private Recurrent() {
    }

    /** {@code RNNBase.mode}. */
    public enum Mode {
        RNN_TANH(1), RNN_RELU(1), LSTM(4), GRU(3);

        public final int gates;

        Mode(int gates) {
            this.gates = gates;
        }
    }

    /** {@code at::linear}: addmm for 2-D (and contiguous 3-D, folded) inputs with a bias, matmul otherwise. */
    static Tensor linear(Tensor x, Tensor w, Tensor b) {
        if (b != null && x.dim() == 2) {
            return Addmm.addmm(b, x, Views.t(w));
        }
        if (b != null && x.dim() == 3 && x.isContiguous()) {
            int[] s = x.shapeRef();
            Tensor r = Addmm.addmm(b, Views.view(x, new int[] {s[0] * s[1], s[2]}), Views.t(w));
            return Views.view(r, new int[] {s[0], s[1], w.size(0)});
        }
        Tensor r = LinearAlgebra.matmul(x, Views.t(w));
        return b == null ? r : Arithmetic.add(r, b);
    }

    private static Tensor chunk(Tensor t, int i, int n) {
        long size = t.size(1) / n;
        return Indexing.slice(t, 1, i * size, (i + 1) * size, 1L);
    }

    /**
     * One step. {@code xw} is {@code linear_ih(input)} already (ATen precomputes it for a whole
     * sequence on the CPU); {@code h} is {@code {hx}} or {@code {hx, cx}}. Returns the new state.
     */
    static Tensor[] step(Mode mode, Tensor xw, Tensor[] h, Tensor[] p) {
        Tensor hw = linear(h[0], p[1], p.length > 2 ? p[3] : null);
        switch (mode) {
            case RNN_TANH:
                return new Tensor[] {Unary.tanh(Arithmetic.add(hw, xw))}; // linear_hh(h).add_(input).tanh()
            case RNN_RELU:
                return new Tensor[] {Unary.relu(Arithmetic.add(hw, xw))};
            case LSTM: {
                Tensor gates = Arithmetic.add(hw, xw);
                Tensor in = Unary.sigmoid(chunk(gates, 0, 4));
                Tensor forget = Unary.sigmoid(chunk(gates, 1, 4));
                Tensor cell = Unary.tanh(chunk(gates, 2, 4));
                Tensor out = Unary.sigmoid(chunk(gates, 3, 4));
                Tensor cy = Arithmetic.add(Arithmetic.mul(forget, h[1]), Arithmetic.mul(in, cell));
                return new Tensor[] {Arithmetic.mul(out, Unary.tanh(cy)), cy};
            }
            default: { // GRU: n = tanh(W_in x + b_in + r * (W_hn h + b_hn)), h' = (h - n) * z + n
                Tensor reset = Unary.sigmoid(Arithmetic.add(chunk(hw, 0, 3), chunk(xw, 0, 3)));
                Tensor update = Unary.sigmoid(Arithmetic.add(chunk(hw, 1, 3), chunk(xw, 1, 3)));
                Tensor n = Unary.tanh(Arithmetic.add(chunk(xw, 2, 3), Arithmetic.mul(chunk(hw, 2, 3), reset)));
                return new Tensor[] {Arithmetic.add(Arithmetic.mul(Arithmetic.sub(h[0], n), update), n)};
            }
        }
    }

    /**
     * {@code _VF.rnn_tanh_cell} / {@code rnn_relu_cell} / {@code lstm_cell} / {@code gru_cell} on a
     * 2-D input, with ATen's size checks; {@code hx} is {@code {h}} or {@code {h, c}}; biases may be null.
     */
    public static Tensor[] cell(Mode mode, Tensor input, Tensor[] hx, Tensor wih, Tensor whh, Tensor bih,
            Tensor bhh) {
        if (input.size(1) != wih.size(1)) {
            throw TorchException.runtime("input has inconsistent input_size: got " + input.size(1) + " expected "
                    + wih.size(1));
        }
        for (int i = 0; i < hx.length; i++) {
            if (input.size(0) != hx[i].size(0)) {
                throw TorchException.runtime("Input batch size " + input.size(0) + " doesn't match hidden" + i
                        + " batch size " + hx[i].size(0));
            }
            if (hx[i].size(1) != whh.size(1)) {
                throw TorchException.runtime("hidden" + i + " has inconsistent hidden_size: got " + hx[i].size(1)
                        + ", expected " + whh.size(1));
            }
        }
        Tensor[] p = bih == null ? new Tensor[] {wih, whh} : new Tensor[] {wih, whh, bih, bhh};
        return step(mode, linear(input, wih, bih), hx, p);
    }

    /**
     * {@code _VF.rnn_tanh} / {@code rnn_relu} / {@code lstm} / {@code gru} on a time-major input
     * {@code (L, N, H_in)} (the caller transposes a batch-first one): {@code hx} holds {@code h0}
     * (and {@code c0}) of shape {@code (layers * directions, N, H)}; {@code params} holds, per layer
     * and direction, {@code w_ih, w_hh[, b_ih, b_hh]}. Returns {@code {output, h_n[, c_n]}}.
     */
    public static Tensor[] layers(Mode mode, Tensor input, Tensor[] hx, Tensor[][] params, int numLayers,
            boolean bidirectional, double dropout, boolean train) {
        int directions = bidirectional ? 2 : 1;
        int states = mode == Mode.LSTM ? 2 : 1;
        Tensor[][] finals = new Tensor[states][numLayers * directions];
        Tensor layerInput = input;
        for (int layer = 0; layer < numLayers; layer++) {
            Tensor[] outs = new Tensor[directions];
            for (int dir = 0; dir < directions; dir++) {
                int index = layer * directions + dir;
                Tensor[] h = new Tensor[states];
                for (int s = 0; s < states; s++) {
                    h[s] = Indexing.select(hx[s], 0, index);
                }
                Tensor[] p = params[index];
                Tensor xw = linear(layerInput, p[0], p.length > 2 ? p[2] : null);
                int steps = xw.size(0);
                if (steps == 0) {
                    throw TorchException.runtime("Expected sequence length to be larger than 0 in RNN");
                }
                Tensor[] seq = new Tensor[steps];
                for (int k = 0; k < steps; k++) {
                    int t = dir == 0 ? k : steps - 1 - k; // the reverse direction walks the steps backwards
                    h = step(mode, Indexing.select(xw, 0, t), h, p);
                    seq[t] = h[0];
                }
                outs[dir] = Joining.stack(seq, 0);
                for (int s = 0; s < states; s++) {
                    finals[s][index] = h[s];
                }
            }
            layerInput = directions == 1 ? outs[0] : Joining.cat(outs, outs[0].dim() - 1);
            if (dropout != 0 && train && layer < numLayers - 1) {
                layerInput = Dropout.dropout(layerInput, dropout, true);
            }
        }
        Tensor[] result = new Tensor[1 + states];
        result[0] = layerInput;
        for (int s = 0; s < states; s++) {
            result[1 + s] = Joining.stack(finals[s], 0);
        }
        return result;
    }

    /**
     * {@code output.transpose_(0, 1)}, the in-place transpose ATen applies to a batch-first
     * output: the same strides an out-of-place transpose gives, recorded as TransposeBackward1.
     */
    public static Tensor transposeInPlace(Tensor x) {
        Tensor out = Views.transpose(x, 0, 1);
        if (Recording.needsGrad(x)) { // replaces the TransposeBackward0 node just recorded
            Recording.record(new ViewBackwards.TransposeBackward("TransposeBackward1", 0, 1), out, x);
        }
        return out;
    }
}
