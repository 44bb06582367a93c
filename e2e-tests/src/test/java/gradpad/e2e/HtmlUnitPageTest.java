package gradpad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.cli.StaticServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JS build, as a browser without WebAssembly gets it, over http and from disk. */
class HtmlUnitPageTest {
    @Test
    void runsTheSeedNotebookInOrderLikeTheJvmKernel() throws Exception {
        try (StaticServer server = Playground.serve("/"); HtmlUnitBrowser browser = new HtmlUnitBrowser()) {
            browser.open(server.url() + "?seed=" + Playground.SEED);
            assertEquals("js", browser.js("window.gradpad.backend"));
            assertEquals("worker", browser.js("window.gradpad.mode"));
            assertEquals(Playground.SEED_CELLS, ((Number) browser.js("document.querySelectorAll('[data-testid=cell]').length")).intValue());
            List<String> sources = PageContract.split(browser.js(PageContract.CODE_SOURCES));
            assertEquals(Playground.SEED_CODE_CELLS, sources.size());
            assertEquals("import torch\n\nx = torch.randn(3)\nprint(x)", sources.get(0));

            browser.clickAndWait("[data-testid=run-all]");
            List<String> outputs = PageContract.split(browser.js(PageContract.CODE_OUTPUTS));
            List<String> expected = Playground.expectedTexts(sources);
            for (int i = 0; i < sources.size(); i++) {
                assertEquals(Playground.withoutAddresses(expected.get(i)), Playground.withoutAddresses(outputs.get(i)),
                        "code cell " + i + ":\n" + sources.get(i));
            }
            String all = String.join("\n", outputs);
            for (String printed : Playground.SEED_PRINTS) {
                assertTrue(all.contains(printed), "the seed prints " + printed);
            }
            assertEquals("In [17]:", browser.js("document.querySelectorAll('[data-testid=cell-prompt]')[16].textContent"));
            // Markdown cells are rendered into elements, e.g. the heading before the last cell.
            assertEquals("How accumulation happens", browser.js("document.querySelector('[data-testid=cell-rendered] h3').textContent"));
            assertTrue(browser.scriptErrors.isEmpty(), browser.scriptErrors.toString());
        }
    }

    @Test
    void runsAnEditedCellFromDisk() throws Exception {
        try (HtmlUnitBrowser browser = new HtmlUnitBrowser()) {
            browser.open(Playground.fileUrl("?seed=" + Playground.SEED));
            assertEquals("js", browser.js("window.gradpad.backend"));
            assertEquals("worker", browser.js("window.gradpad.mode"));
            String code = "import torch\nprint(torch.randn(2, 2))\n# <b>not html</b> & \"quotes\"";
            browser.setCellSource(0, code);
            assertEquals(Playground.expectedText(code), browser.runCell(0));
            assertTrue(browser.scriptErrors.isEmpty(), browser.scriptErrors.toString());
        }
    }

    @Test
    void engineWorkloadPrintsTheJvmsDigits() throws Exception {
        try (StaticServer server = Playground.serve("/"); HtmlUnitBrowser browser = new HtmlUnitBrowser()) {
            browser.open(server.url() + "?seed=" + Playground.SEED);
            browser.setCellSource(0, Playground.ENGINE_WORKLOAD);
            assertEquals(Playground.expectedText(Playground.ENGINE_WORKLOAD), browser.runCell(0));
        }
    }
}
