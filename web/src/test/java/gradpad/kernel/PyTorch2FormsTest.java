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
}
