package gradpad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void backendJsForcesTheJsBuild() throws Exception {
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY + "&backend=js");
            assertEquals("js", chromium.js("return window.gradpad.backend"));
            String code = chromium.cellSource(0);
            assertEquals(Playground.expectedText(code), chromium.runCell(0));
        }
    }
}
