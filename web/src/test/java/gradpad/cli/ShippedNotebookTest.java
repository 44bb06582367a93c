package gradpad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.build.NotebookScripts;
import gradpad.kernel.Kernel;
import gradpad.kernel.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's default notebook (static/notebooks/autograd.ipynb): valid, complete, and it runs. */
class ShippedNotebookTest {
    private static final Path NOTEBOOK = Path.of(System.getProperty("basedir", "."))
            .resolve("../static/notebooks/autograd.ipynb").normalize();

    private static String json() throws IOException {
        return Files.readString(NOTEBOOK, StandardCharsets.UTF_8);
    }

    @Test
    void holdsTheSeedNotebooksCellsInOrder() throws IOException {
        List<?> cells = (List<?>) ((Map<?, ?>) JsonReader.parse(json())).get("cells");
        StringBuilder types = new StringBuilder();
        for (Object c : cells) {
            types.append("code".equals(((Map<?, ?>) c).get("cell_type")) ? 'c' : 'm');
        }
        // 17 code cells, and the five prose passages where the seed has them.
        assertEquals("cmcccccccmmccccccmccmc", types.toString());
        List<String> code = Notebook.codeCells(json());
        assertEquals("import torch\n\nx = torch.randn(3)\nprint(x)", code.get(0));
        assertEquals("x =torch.randn(3,requires_grad=True)\nx", code.get(1));
        assertTrue(code.get(16).startsWith("weights = torch.ones(4,requires_grad=True)\n"), code.get(16));
    }

    @Test
    void printsWhatTheSeedNotebookPrints() throws IOException {
        Kernel kernel = new Kernel(0L);
        StringBuilder all = new StringBuilder();
        for (String cell : Notebook.codeCells(json())) {
            for (Output o : kernel.runCell(cell)) {
                assertTrue(!(o instanceof Output.Error), cell + " failed: " + ((o instanceof Output.Error) ? ((Output.Error) o).traceback : ""));
                all.append(o instanceof Output.Stream ? ((Output.Stream) o).text : ((Output.ExecuteResult) o).text + "\n");
            }
        }
        String out = all.toString();
        for (String expected : new String[] {
            "tensor([0.2000, 0.4600, 0.6800])\n",
            "tensor([  0.8000,  14.2600, 204.6800])\n",
            "Equal gradients tensor([4., 6., 8.])\n",
            "Weighted Gradients tensor([4.0000, 0.6000, 0.0800])\n",
            "tensor([2., 3., 4.])\n",
            "tensor([1., 2., 3.], requires_grad=True)\ntensor([1., 2., 3.])\n",
            "tensor([3., 4., 5.], grad_fn=<AddBackward0>)\ntensor([3., 4., 5.])\n",
            "tensor([3., 3., 3., 3.])\ntensor([6., 6., 6., 6.])\ntensor([9., 9., 9., 9.])\n",
            "tensor([3., 3., 3., 3.])\ntensor([3., 3., 3., 3.])\ntensor([3., 3., 3., 3.])\n"}) {
            assertTrue(out.contains(expected), "missing " + expected + " in\n" + out);
        }
        assertTrue(out.matches("(?s).*<MulBackward0 at 0x[0-9a-f]+>\n.*"), out);
    }

    @Test
    void twinScriptSetsTheGlobal() throws IOException {
        String script = NotebookScripts.script(json().trim());
        assertTrue(script.startsWith("self.GRADPAD_NOTEBOOK={"), script.substring(0, 40));
        assertTrue(script.endsWith("};\n"));
        assertEquals("self.GRADPAD_NOTEBOOK={\"a\":\"\\u2028\"};\n", NotebookScripts.script("{\"a\":\"\u2028\"}"));
    }
}
