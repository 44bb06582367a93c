package gradpad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.cli.StaticServer;
import org.junit.jupiter.api.Test;

/** The JS build, as a browser without WebAssembly gets it, over http and from disk. */
class HtmlUnitPageTest {
    @Test
    void runsTheCellOverHttpLikeTheJvmKernel() throws Exception {
        try (StaticServer server = Playground.serve("/"); HtmlUnitBrowser browser = new HtmlUnitBrowser()) {
            browser.open(server.url() + "?seed=" + Playground.SEED);
            assertEquals("js", browser.js("window.gradpad.backend"));
            assertEquals("worker", browser.js("window.gradpad.mode"));
            String code = browser.cellSource(0);
            assertEquals("import torch\nx = torch.randn(3)\nprint(x)", code);
            assertEquals(Playground.expectedText(code), browser.runCell(0));
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
}
