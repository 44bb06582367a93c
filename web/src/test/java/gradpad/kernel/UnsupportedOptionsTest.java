package gradpad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Options gradpad does not implement must fail loudly: a loss or optimizer that ignored them
 * would print numbers that differ from PyTorch's without a word.
 */
class UnsupportedOptionsTest {
    private static String lastLine(String code) {
        String out = ConformanceCases.run("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"
                + "x = torch.zeros(2, 3)\nt = torch.tensor([0, 2])\np = torch.zeros(2)\n" + code, "x.py").out;
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }

    private static void refused(String code, String function, String option) {
        assertEquals("NotImplementedError: gradpad: " + function + "(" + option + "=...) is not supported",
                lastLine(code), code);
    }

    @Test
    void lossWeightsAndSmoothing() {
        refused("F.cross_entropy(x, t, weight=torch.ones(3))", "cross_entropy", "weight");
        refused("F.cross_entropy(x, t, label_smoothing=0.1)", "cross_entropy", "label_smoothing");
        refused("F.nll_loss(x, t, weight=torch.ones(3))", "nll_loss", "weight");
        refused("F.binary_cross_entropy_with_logits(p, p, pos_weight=torch.ones(2))",
                "binary_cross_entropy_with_logits", "pos_weight");
        refused("F.binary_cross_entropy_with_logits(p, p, weight=torch.ones(2))",
                "binary_cross_entropy_with_logits", "weight");
        refused("nn.CrossEntropyLoss(weight=torch.ones(3))", "cross_entropy", "weight");
        refused("nn.CrossEntropyLoss(label_smoothing=0.2)", "cross_entropy", "label_smoothing");
        refused("nn.BCEWithLogitsLoss(pos_weight=torch.ones(2))", "binary_cross_entropy_with_logits", "pos_weight");
    }

    @Test
    void defaultsAreAccepted() {
        assertEquals("ok", lastLine("F.cross_entropy(x, t, weight=None, label_smoothing=0.0)\n"
                + "nn.BCEWithLogitsLoss(pos_weight=None)\nprint('ok')"));
    }
}
