package gradpad.engine.autograd;

import static gradpad.engine.GradCheck.input;

import gradpad.engine.GradCheck;
import gradpad.engine.Tensor;
import gradpad.engine.ops.Recurrent;
import gradpad.engine.ops.Recurrent.Mode;
import gradpad.engine.ops.Views;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * gradcheck and gradgradcheck of the recurrent cells and layers (nn.RNN/LSTM/GRU and their
 * cells): every gate, the hidden and cell states, both directions, stacked layers, no bias.
 */
class GradCheckRecurrentTest {
    private static final int IN = 3;
    private static final int H = 2;

    @TestFactory
    Stream<DynamicTest> cells() {
        GradCheck.Cases c = new GradCheck.Cases();
        long seed = 1;
        for (Mode mode : Mode.values()) {
            int g = mode.gates * H;
            Tensor x = input(seed++, 2, IN);
            Tensor h = input(seed++, 2, H);
            Tensor cx = input(seed++, 2, H);
            Tensor wih = input(seed++, g, IN);
            Tensor whh = input(seed++, g, H);
            Tensor bih = input(seed++, g);
            Tensor bhh = input(seed++, g);
            boolean lstm = mode == Mode.LSTM;
            c.addAll(mode + " cell", in -> Recurrent.cell(mode, in[0], lstm ? new Tensor[] {in[1], in[6]}
                    : new Tensor[] {in[1]}, in[2], in[3], in[4], in[5]), x, h, wih, whh, bih, bhh, cx);
            c.addAll(mode + " cell without bias", in -> Recurrent.cell(mode, in[0], lstm
                    ? new Tensor[] {in[1], in[4]} : new Tensor[] {in[1]}, in[2], in[3], null, null),
                    x, h, wih, whh, cx);
        }
        return c.stream();
    }

    @TestFactory
    Stream<DynamicTest> layers() {
        GradCheck.Cases c = new GradCheck.Cases();
        long seed = 100;
        for (Mode mode : Mode.values()) {
            for (int variant = 0; variant < 3; variant++) {
                boolean bidirectional = variant == 1;
                int layers = variant == 2 ? 2 : 1;
                boolean bias = variant != 2;
                int dirs = bidirectional ? 2 : 1;
                int states = mode == Mode.LSTM ? 2 : 1;
                int g = mode.gates * H;
                java.util.List<Tensor> inputs = new java.util.ArrayList<>();
                inputs.add(input(seed++, 3, 2, IN)); // (L, N, H_in)
                for (int s = 0; s < states; s++) {
                    inputs.add(input(seed++, layers * dirs, 2, H));
                }
                int perLayer = bias ? 4 : 2;
                for (int l = 0; l < layers; l++) {
                    for (int d = 0; d < dirs; d++) {
                        inputs.add(input(seed++, g, l == 0 ? IN : H * dirs));
                        inputs.add(input(seed++, g, H));
                        if (bias) {
                            inputs.add(input(seed++, g));
                            inputs.add(input(seed++, g));
                        }
                    }
                }
                String name = mode + (bidirectional ? " bidirectional" : "") + (layers > 1 ? " 2 layers no bias" : "");
                c.addAll(name, in -> {
                    Tensor[] hx = new Tensor[states];
                    System.arraycopy(in, 1, hx, 0, states);
                    Tensor[][] p = new Tensor[layers * dirs][perLayer];
                    for (int k = 0; k < layers * dirs; k++) {
                        System.arraycopy(in, 1 + states + k * perLayer, p[k], 0, perLayer);
                    }
                    return Recurrent.layers(mode, in[0], hx, p, layers, bidirectional, 0.0, true);
                }, inputs.toArray(new Tensor[0]));
            }
        }
        Tensor x = input(999, 2, 3, IN);
        c.add("batch-first transpose_ (TransposeBackward1)",
                in -> Recurrent.transposeInPlace(Views.transpose(in[0], 0, 1)), x);
        return c.stream();
    }
}
