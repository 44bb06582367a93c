package gradpad.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Spellings that PyTorch 2.x accepts and Debian's torch 1.13 (which records our cases) rejects.
 * Each test rewrites a recorded case into the 2.x spelling, which PyTorch 2.x documents as the
 * same call, and expects exactly the output recorded for the original.
 */
class PyTorch2FormsTest {
    private static String source(String name) throws IOException {
        return Files.readString(ConformanceCases.root().resolve("own").resolve(name + ".py"), StandardCharsets.UTF_8);
    }

    private static String recorded(String name) throws IOException {
        Path out = ConformanceCases.root().resolve("own").resolve(name + ".out");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** 2.x: {@code @torch.no_grad} without parentheses decorates like {@code @torch.no_grad()}. */
    @Test
    void bareGradModeDecorators() throws IOException {
        String name = "621_autograd_no_grad_decorator";
        String bare = source(name).replace("@torch.no_grad()", "@torch.no_grad")
                .replace("@torch.enable_grad()", "@torch.enable_grad");
        assertTrue(bare.contains("@torch.no_grad\n") && bare.contains("@torch.enable_grad\n"));
        assertEquals(recorded(name), ConformanceCases.run(bare, name + ".py").out);
    }

    /** 2.x tutorials pick the device with {@code torch.accelerator}; without one it says what torch.cuda says. */
    @Test
    void acceleratorDeviceChoice() throws IOException {
        String name = "622_learner_device_setup";
        String original = "device = \"cuda\" if torch.cuda.is_available() else \"cpu\"";
        String accelerator = "device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() "
                + "else \"cpu\"";
        String source = source(name);
        assertTrue(source.contains(original));
        String rewritten = source.replace(original, accelerator)
                .replace("torch.cuda.device_count()", "torch.accelerator.device_count()");
        assertEquals(recorded(name), ConformanceCases.run(rewritten, name + ".py").out);
    }

    /**
     * PyTorch 2.1+ prints runs of identical ModuleList children once (ModuleList.__repr__ in
     * torch/nn/modules/container.py); 1.13 printed each. Expected: 1.13's recorded lines for
     * the distinct children, the repeated ones folded by that rule.
     */
    @Test
    void moduleListFoldsRepeatedChildren() {
        String code = "import torch.nn as nn\n"
                + "print(nn.ModuleList([nn.ReLU() for _ in range(3)] + [nn.Tanh()] + [nn.Linear(2, 2), nn.Linear(2, 2)]))\n"
                + "print(nn.ModuleList([nn.Sequential(nn.Linear(1, 1), nn.ReLU()) for _ in range(2)]))\n"
                + "print(nn.ModuleList())\n";
        assertEquals("ModuleList(\n"
                + "  (0-2): 3 x ReLU()\n"
                + "  (3): Tanh()\n"
                + "  (4-5): 2 x Linear(in_features=2, out_features=2, bias=True)\n"
                + ")\n"
                + "ModuleList(\n"
                + "  (0-1): 2 x Sequential(\n"
                + "    (0): Linear(in_features=1, out_features=1, bias=True)\n"
                + "    (1): ReLU()\n"
                + "  )\n"
                + ")\n"
                + "ModuleList()\n", ConformanceCases.run(code, "x.py").out);
    }

    /**
     * {@code print(optimizer)}: {@code Optimizer.__repr__} (the same in 1.13, which printed this
     * layout) over PyTorch 2.11's param-group defaults, typed from the {@code defaults = dict(...)}
     * of torch/optim/sgd.py, adam.py (AdamW is Adam with decoupled_weight_decay=True since 2.7)
     * and rmsprop.py: 2.x added {@code fused} to SGD, made Adam's {@code fused} None and added
     * {@code decoupled_weight_decay}, and RMSprop gained {@code capturable}.
     */
    @Test
    void optimizerReprShowsPyTorch211Defaults() {
        String code = "import torch\nw = torch.zeros(2, requires_grad=True)\n"
                + "opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)\n"
                + "torch.optim.lr_scheduler.StepLR(opt, 2)\nprint(opt)\n"
                + "print(torch.optim.Adam([w]))\nprint(torch.optim.AdamW([w], lr=1))\nprint(torch.optim.RMSprop([w]))\n";
        assertEquals("SGD (\nParameter Group 0\n    dampening: 0\n    differentiable: False\n    foreach: None\n"
                + "    fused: None\n    initial_lr: 0.1\n    lr: 0.1\n    maximize: False\n    momentum: 0.9\n"
                + "    nesterov: False\n    weight_decay: 0\n)\n"
                + "Adam (\nParameter Group 0\n    amsgrad: False\n    betas: (0.9, 0.999)\n    capturable: False\n"
                + "    decoupled_weight_decay: False\n    differentiable: False\n    eps: 1e-08\n    foreach: None\n"
                + "    fused: None\n    lr: 0.001\n    maximize: False\n    weight_decay: 0\n)\n"
                + "AdamW (\nParameter Group 0\n    amsgrad: False\n    betas: (0.9, 0.999)\n    capturable: False\n"
                + "    decoupled_weight_decay: True\n    differentiable: False\n    eps: 1e-08\n    foreach: None\n"
                + "    fused: None\n    lr: 1\n    maximize: False\n    weight_decay: 0.01\n)\n"
                + "RMSprop (\nParameter Group 0\n    alpha: 0.99\n    capturable: False\n    centered: False\n"
                + "    differentiable: False\n    eps: 1e-08\n    foreach: None\n    lr: 0.01\n    maximize: False\n"
                + "    momentum: 0\n    weight_decay: 0\n)\n", ConformanceCases.run(code, "x.py").out);
    }
}
