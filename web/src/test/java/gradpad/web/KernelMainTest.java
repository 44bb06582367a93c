package gradpad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.kernel.Kernel;
import org.junit.jupiter.api.Test;

class KernelMainTest {
    @Test
    void runReturnsTheKernelsOutputsAsJson() {
        assertEquals("[]", KernelMain.start("0"));
        String code = "import torch\nx = torch.randn(3)\nprint(x)";
        assertEquals(OutputJson.toJson(new Kernel(0L).runCell(code)), KernelMain.run(code));
    }

    @Test
    void emptySeedMeansNonDeterministic() {
        assertNull(KernelMain.parseSeed(""));
        assertEquals(42L, KernelMain.parseSeed("42"));
    }

    @Test
    void aBadSeedIsAnErrorOutputNotAnException() {
        String json = KernelMain.start("abc");
        assertTrue(json.startsWith("[{\"output_type\":\"error\",\"ename\":\"InternalError\""), json);
        assertTrue(json.contains("seed must be an integer"), json);
    }
}
