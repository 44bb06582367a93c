package gradpad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.cli.StaticServer;
import org.junit.jupiter.api.Test;

/** The Wasm GC build in headless Chromium, over http (from a sub-path) and from disk. */
class ChromiumPageTest {
    private static final String QUERY = "?seed=" + Playground.SEED;

    @Test
    void runsTheWasmKernelOverHttpFromASubPath() throws Exception {
        try (StaticServer server = Playground.serve("/some/sub/path/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            assertEquals("wasm", chromium.js("return window.gradpad.backend"));
            assertEquals("worker", chromium.js("return window.gradpad.mode"));
            String code = chromium.cellSource(0);
            assertEquals(Playground.expectedText(code), chromium.runCell(0));
            chromium.screenshot("wasm-http");
        }
    }

    @Test
    void runsTheWasmKernelFromDisk() throws Exception {
        try (Chromium chromium = Chromium.launch()) {
            chromium.open(Playground.fileUrl(QUERY));
            assertEquals("wasm", chromium.js("return window.gradpad.backend"));
            // Chromium refuses file:// worker URLs; the page starts a Blob worker instead.
            assertEquals("worker", chromium.js("return window.gradpad.mode"));
            String code = chromium.cellSource(0);
            assertEquals(Playground.expectedText(code), chromium.runCell(0));
            chromium.screenshot("wasm-file");
        }
    }

    @Test
    void runAllThenRestartReseedsTheKernel() throws Exception {
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            String prompt = PageContract.cell(0) + " [data-testid=cell-prompt]";
            String expected = Playground.expectedText(chromium.cellSource(0));
            chromium.clickAndWait("[data-testid=run-all]");
            assertEquals(expected, chromium.cellOutput(0));
            assertEquals("In [1]:", chromium.text(prompt));
            chromium.clickAndWait("[data-testid=restart]");
            assertEquals("In [ ]:", chromium.text(prompt));
            // A restarted kernel starts from the same seed, so the cell prints the same again.
            assertEquals(expected, chromium.runCell(0));
            assertEquals("In [1]:", chromium.text(prompt));
        }
    }

    @Test
    void withoutAnyWorkerTheKernelRunsInThePage() throws Exception {
        // Over file:// Chromium refuses worker URLs and the Blob worker carries only the Wasm
        // build, so a forced JS build takes the in-page fallback.
        try (Chromium chromium = Chromium.launch()) {
            chromium.open(Playground.fileUrl(QUERY + "&backend=js"));
            assertEquals("js", chromium.js("return window.gradpad.backend"));
            assertEquals("page", chromium.js("return window.gradpad.mode"));
            assertEquals(Playground.expectedText(chromium.cellSource(0)), chromium.runCell(0));
        }
    }

    @Test
    void aBadSeedIsReportedOnThePage() throws Exception {
        try (Chromium chromium = Chromium.launch()) {
            chromium.open(Playground.fileUrl("?seed=abc"));
            String notice = chromium.text("[data-testid=kernel-notice]");
            assertTrue(notice.contains("seed must be an integer"), notice);
        }
    }

    @Test
    void backendJsForcesTheJsBuild() throws Exception {
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY + "&backend=js");
            assertEquals("js", chromium.js("return window.gradpad.backend"));
            String code = chromium.cellSource(0);
            assertEquals(Playground.expectedText(code), chromium.runCell(0));
        }
    }
}
