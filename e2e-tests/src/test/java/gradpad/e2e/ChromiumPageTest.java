package gradpad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.cli.StaticServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The Wasm GC build in headless Chromium, over http (from a sub-path) and from disk, and the notebook UI. */
class ChromiumPageTest {
    private static final String QUERY = "?seed=" + Playground.SEED;
    private static final String FIRST_CELL = "import torch\n\nx = torch.randn(3)\nprint(x)";

    @Test
    void runsTheSeedNotebookInOrderLikeTheJvmKernel() throws Exception {
        try (StaticServer server = Playground.serve("/some/sub/path/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            assertEquals("wasm", chromium.js("return window.gradpad.backend"));
            assertEquals("worker", chromium.js("return window.gradpad.mode"));
            // loader.js's own top-level code made the kernel's worker: no round trip for new-worker.js.
            assertEquals(0L, chromium.js("return performance.getEntriesByType('resource')"
                    + ".filter(function (e) { return /new-worker[.]js$/.test(e.name); }).length"));
            List<String> sources = PageContract.split(chromium.js("return " + PageContract.CODE_SOURCES));
            assertEquals(Playground.SEED_CODE_CELLS, sources.size());
            chromium.clickAndWait("[data-testid=run-all]");
            List<String> outputs = PageContract.split(chromium.js("return " + PageContract.CODE_OUTPUTS));
            List<String> expected = Playground.expectedTexts(sources);
            for (int i = 0; i < sources.size(); i++) {
                assertEquals(Playground.withoutAddresses(expected.get(i)), Playground.withoutAddresses(outputs.get(i)),
                        "code cell " + i + ":\n" + sources.get(i));
            }
            String all = String.join("\n", outputs);
            for (String printed : Playground.SEED_PRINTS) {
                assertTrue(all.contains(printed), "the seed prints " + printed);
            }
            // Tensors print as PyTorch prints them: one line, never wrapped by the page.
            assertEquals("pre", chromium.js("return getComputedStyle(document.querySelector('[data-testid=cell-output] pre')).whiteSpace"));
            chromium.screenshot("notebook-desktop");
            chromium.phone(360, 740);
            chromium.js("window.scrollTo(0, 0)");
            chromium.screenshot("notebook-phone");
            // Nothing sticks out sideways at phone width: only output blocks scroll.
            assertEquals(Boolean.TRUE, chromium.js("return document.documentElement.scrollWidth <= window.innerWidth"));
        }
    }

    @Test
    void runsTheWasmKernelFromDisk() throws Exception {
        try (Chromium chromium = Chromium.launch()) {
            chromium.open(Playground.fileUrl(QUERY));
            assertEquals("wasm", chromium.js("return window.gradpad.backend"));
            // Chromium refuses file:// worker URLs; the page starts a Blob worker instead.
            assertEquals("worker", chromium.js("return window.gradpad.mode"));
            assertEquals(FIRST_CELL, chromium.cellSource(0));
            assertEquals(Playground.expectedText(FIRST_CELL), chromium.runCell(0));
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
            assertTrue(chromium.text("[data-testid=kernel-notice]").contains("variables were cleared"));
            // A restarted kernel starts from the same seed, so the cell prints the same again.
            assertEquals(expected, chromium.runCell(0));
            assertEquals("In [1]:", chromium.text(prompt));
            chromium.clickAndWait("[data-testid=restart-run-all]");
            assertEquals(expected, chromium.cellOutput(0));
            assertEquals("In [17]:", chromium.js("return document.querySelectorAll('[data-testid=cell-prompt]')[16].textContent"));
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

    @Test
    void editorKeysWorkLikeJupyter() throws Exception {
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            var editor = chromium.find(PageContract.cell(0) + " [data-testid=cell-source]");
            editor.click();
            editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), "for i in range(2):", Keys.ENTER, "print(i)");
            // Enter after ':' indented the next line.
            assertEquals("for i in range(2):\n    print(i)", chromium.cellSource(0));
            editor.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
            chromium.waitIdle();
            assertEquals("0\n1\n", chromium.cellOutput(0));
            assertEquals("In [1]:", chromium.text(PageContract.cell(0) + " [data-testid=cell-prompt]"));
            // Shift+Enter moved on to the next cell (a text cell).
            assertEquals("1", chromium.js("return document.querySelector('.cell.selected').getAttribute('data-cell-index')"));
            // Alt+Enter runs and inserts a code cell below; Tab and Shift+Tab indent and dedent.
            editor.click();
            editor.sendKeys(Keys.chord(Keys.ALT, Keys.ENTER));
            chromium.waitIdle();
            assertEquals("code", chromium.js("return document.querySelector('" + PageContract.cell(1) + "').getAttribute('data-cell-type')"));
            var added = chromium.find(PageContract.cell(1) + " [data-testid=cell-source]");
            assertEquals(Boolean.TRUE, chromium.js("return document.activeElement === document.querySelector('" + PageContract.cell(1) + " [data-testid=cell-source]')"));
            added.sendKeys("x", Keys.HOME, Keys.TAB);
            assertEquals("    x", chromium.cellSource(1));
            added.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
            assertEquals("x", chromium.cellSource(1));
            assertEquals(Playground.SEED_CELLS + 1L, chromium.js("return document.querySelectorAll('[data-testid=cell]').length"));
        }
    }

    @Test
    void editsSurviveAReloadAndResetRestoresTheOriginal() throws Exception {
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            Object original = chromium.js("return " + PageContract.CELLS);
            var editor = chromium.find(PageContract.cell(0) + " [data-testid=cell-source]");
            editor.click();
            editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n# my note");
            chromium.click(PageContract.cell(2) + " [data-testid=cell-source]"); // selects the cell: its tools show
            chromium.click(PageContract.cell(2) + " [data-testid=delete-cell]");
            chromium.click("[data-testid=add-text]");
            chromium.find(PageContract.cell(Playground.SEED_CELLS - 1) + " [data-testid=cell-source]").sendKeys("## My *own* notes");
            chromium.click(PageContract.cell(0) + " [data-testid=run-cell]");
            chromium.waitIdle();
            Object edited = chromium.js("return " + PageContract.CELLS);
            assertNotEquals(original, edited);

            chromium.driver.navigate().refresh();
            chromium.open(chromium.driver.getCurrentUrl());
            assertEquals(edited, chromium.js("return " + PageContract.CELLS));
            assertTrue(chromium.cellSource(0).endsWith("\n# my note"));
            // The output of the last session comes back too, marked as coming from an earlier kernel.
            assertEquals(Boolean.TRUE, chromium.js("return document.querySelector('" + PageContract.cell(0) + "').classList.contains('stale')"));
            assertEquals("My own notes", chromium.text(PageContract.cell(Playground.SEED_CELLS - 1) + " [data-testid=cell-rendered] h2"));

            chromium.js("window.confirm = function () { return true; }");
            chromium.click("[data-testid=menu] summary");
            chromium.click("[data-testid=reset]");
            assertEquals(original, chromium.js("return " + PageContract.CELLS));
            chromium.driver.navigate().refresh();
            chromium.open(chromium.driver.getCurrentUrl());
            assertEquals(original, chromium.js("return " + PageContract.CELLS));
        }
    }

    @Test
    void exportThenImportRoundTrips() throws Exception {
        Path downloads = Files.createTempDirectory("gradpad-downloads-");
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.allowDownloads(downloads);
            chromium.open(server.url() + QUERY);
            chromium.setCellSource(0, "print('exported \u00e9')\n'last'");
            chromium.click(PageContract.cell(1));
            chromium.click(PageContract.cell(1) + " [data-testid=move-down]");
            chromium.runCell(0);
            Object exported = chromium.js("return " + PageContract.CELLS);

            chromium.click("[data-testid=menu] summary");
            chromium.click("[data-testid=export]");
            Path file = downloads.resolve("autograd.ipynb");
            long deadline = System.currentTimeMillis() + 10_000;
            while (!Files.isRegularFile(file) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            String ipynb = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(ipynb.contains("\"nbformat\": 4"), ipynb);
            assertTrue(ipynb.contains("\"print('exported \u00e9')\\n\""), ipynb);
            assertTrue(ipynb.contains("\"exported \u00e9\\n\""), "the output went along: " + ipynb);

            chromium.js("window.confirm = function () { return true; }");
            chromium.click("[data-testid=menu] summary");
            chromium.click("[data-testid=reset]");
            assertNotEquals(exported, chromium.js("return " + PageContract.CELLS));

            chromium.find("[data-testid=import]").sendKeys(file.toString());
            chromium.waitUntil("document.querySelector('" + PageContract.cell(0) + " [data-testid=cell-source]').value.indexOf('exported') >= 0");
            assertEquals(exported, chromium.js("return " + PageContract.CELLS));
            assertEquals("exported \u00e9\n'last'", chromium.cellOutput(0));
        } finally {
            try (var files = Files.list(downloads)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(downloads);
        }
    }

    @Test
    void aShareLinkOpensTheCellsWithoutRunningThem() throws Exception {
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            chromium.setCellSource(0, "print('shared')");
            chromium.click("[data-testid=add-text]");
            chromium.setCellSource(Playground.SEED_CELLS, "A *shared* note");
            Object shared = chromium.js("return " + PageContract.CELLS);
            chromium.click("[data-testid=menu] summary");
            chromium.click("[data-testid=share]");
            chromium.waitUntil("document.querySelector('[data-testid=share-link]').value");
            String link = (String) chromium.js("return document.querySelector('[data-testid=share-link]').value");
            assertTrue(link.startsWith(server.url() + QUERY + "#nbz="), link);

            chromium.driver.get("about:blank");
            chromium.open(link);
            chromium.waitUntil("document.querySelectorAll('[data-testid=cell]').length === " + (Playground.SEED_CELLS + 1));
            assertEquals(shared, chromium.js("return " + PageContract.CELLS));
            assertEquals(Boolean.TRUE, chromium.js("return window.gradpad.shared"));
            assertEquals("", chromium.js("return " + PageContract.CODE_OUTPUTS).toString().replace("\u0001", ""));
            assertEquals("In [ ]:", chromium.text(PageContract.cell(0) + " [data-testid=cell-prompt]"));

            // Edits to a shared notebook go into its link; the user's own notebook is left alone.
            chromium.setCellSource(0, "print('changed in the shared copy')");
            chromium.waitUntil("location.hash !== '" + link.substring(link.indexOf('#')) + "'");
            chromium.click("[data-testid=open-mine]");
            assertEquals(Boolean.FALSE, chromium.js("return window.gradpad.shared"));
            assertEquals("print('shared')", chromium.cellSource(0));
        }
    }

    @Test
    void outputMarkdownLinksAndImportsNeverBecomeHtml() throws Exception {
        String img = "<img src=x onerror=\"window.pwned=1\">";
        Path nb = Files.createTempFile("gradpad-hostile-", ".ipynb");
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            chromium.setCellSource(0, "print('" + img + "')");
            chromium.setCellSource(1, img + " <script>window.pwned=2</script> [link](javascript:window.pwned=3) **bold**");
            chromium.runCell(0);
            chromium.clickAndWait("[data-testid=run-all]");
            assertEquals(img + "\n", chromium.cellOutput(0));
            String md = PageContract.cell(1) + " [data-testid=cell-rendered]";
            assertTrue(chromium.text(md).startsWith(img + " <script>"), chromium.text(md));
            assertEquals("bold", chromium.text(md + " strong"));
            assertHarmless(chromium);

            // The same through a share link...
            chromium.click("[data-testid=menu] summary");
            chromium.click("[data-testid=share]");
            chromium.waitUntil("document.querySelector('[data-testid=share-link]').value");
            String link = (String) chromium.js("return document.querySelector('[data-testid=share-link]').value");
            chromium.driver.get("about:blank");
            chromium.open(link);
            assertTrue(chromium.cellSource(0).contains(img));
            assertHarmless(chromium);

            // ...and through an imported notebook whose outputs claim to be HTML.
            Files.writeString(nb, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
                    + "{\"cell_type\": \"code\", \"metadata\": {}, \"execution_count\": 1, \"source\": \"x\", \"outputs\": ["
                    + "{\"output_type\": \"execute_result\", \"execution_count\": 1, \"metadata\": {}, \"data\": {"
                    + "\"text/html\": \"<img src=x onerror='window.pwned=4'>\", \"text/plain\": \"<b>plain</b>\"}},"
                    + "{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\"<img src=x onerror='window.pwned=5'>\"]}]},"
                    + "{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"<iframe srcdoc='<script>parent.pwned=6</script>'></iframe>\"]}"
                    + "]}", StandardCharsets.UTF_8);
            chromium.js("window.confirm = function () { return true; }");
            chromium.find("[data-testid=import]").sendKeys(nb.toString());
            chromium.waitUntil("document.querySelectorAll('[data-testid=cell]').length === 2");
            assertEquals("<b>plain</b><img src=x onerror='window.pwned=5'>", chromium.cellOutput(0));
            assertHarmless(chromium);
        } finally {
            Files.deleteIfExists(nb);
        }
    }

    private static void assertHarmless(Chromium chromium) throws InterruptedException {
        Thread.sleep(300); // time for an image error handler to fire, were there an image
        assertNull(chromium.js("return window.pwned"));
        assertEquals(0L, chromium.js("return document.querySelectorAll('.notebook img, .notebook script, .notebook iframe').length"));
        assertEquals(0L, chromium.js("return document.querySelectorAll('a[href]:not([href^=\"http\"])').length"));
    }

    @Test
    void stopEndsAnEndlessLoopAndThePageStaysResponsive() throws Exception {
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            // gradpad's server sends COOP/COEP: the page is cross-origin isolated, so Stop can
            // interrupt the kernel itself through a SharedArrayBuffer flag.
            assertEquals(Boolean.TRUE, chromium.js("return window.crossOriginIsolated"));
            chromium.runCell(0);
            startEndlessLoop(chromium);
            // The loop runs in the worker: the page still answers, and its buttons still work.
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                chromium.js("return document.querySelectorAll('[data-testid=cell]').length");
                assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "the page took over a second to answer");
                Thread.sleep(200);
            }
            chromium.click("[data-testid=add-code]");
            assertEquals(Playground.SEED_CELLS + 1L, chromium.js("return document.querySelectorAll('[data-testid=cell]').length"));
            assertEquals(Boolean.TRUE, chromium.js("return window.gradpad.busy"));
            stopKeepsTheLoopsVariable(chromium);
        }
    }

    @Test
    void onAPlainStaticHostStopKeepsVariablesFromTheSecondVisitOn() throws Exception {
        // No COOP/COEP headers, as on GitHub Pages: the page registers isolation-sw.js, which
        // adds them from the next load on.
        try (StaticServer server = StaticServer.start(Playground.dir(), 0, "/site/", false);
                Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            assertEquals(Boolean.FALSE, chromium.js("return window.crossOriginIsolated"));
            chromium.waitUntil("navigator.serviceWorker.controller");
            chromium.runCell(0);
            startEndlessLoop(chromium);
            chromium.click("[data-testid=stop]");
            chromium.waitIdle();
            chromium.waitUntil("document.querySelector('[data-testid=kernel-notice]').textContent"
                    + ".indexOf('variables were cleared. Run the cells above again to get them back. Reload the page once') >= 0");

            chromium.open(server.url() + QUERY);
            assertEquals(Boolean.TRUE, chromium.js("return window.crossOriginIsolated"));
            assertEquals("wasm", chromium.js("return window.gradpad.backend"));
            assertEquals(Playground.expectedText(FIRST_CELL), chromium.runCell(0));
            startEndlessLoop(chromium);
            stopKeepsTheLoopsVariable(chromium);
        }
    }

    private static void startEndlessLoop(Chromium chromium) {
        chromium.setCellSource(2, "n = 0\nwhile True:\n    n += 1");
        chromium.click(PageContract.cell(2) + " [data-testid=run-cell]");
        chromium.waitUntil("document.querySelector('" + PageContract.cell(2) + "').getAttribute('data-state') === 'running'");
        assertEquals("In [*]:", chromium.text(PageContract.cell(2) + " [data-testid=cell-prompt]"));
    }

    /** Stop interrupts startEndlessLoop's cell inside the kernel, which keeps its variables. */
    private static void stopKeepsTheLoopsVariable(Chromium chromium) {
        chromium.click("[data-testid=stop]");
        chromium.waitIdle();
        String out = chromium.cellOutput(2);
        assertTrue(out.contains("KeyboardInterrupt") && out.contains("line 3"), out);
        chromium.waitUntil("document.querySelector('[data-testid=kernel-notice]').textContent"
                + ".indexOf('kept its variables') >= 0");
        assertEquals("n = 0\nwhile True:\n    n += 1", chromium.cellSource(2));
        // The same kernel answers, with the loop's variable still there.
        chromium.setCellSource(0, "print(n > 1000)");
        assertEquals("True\n", chromium.runCell(0));
        assertFalse((Boolean) chromium.js("return window.gradpad.busy"));
    }

    @Test
    void stopRestartsAKernelThatDoesNotYield() throws Exception {
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            chromium.runCell(0);
            // One long engine call: no statement boundary to interrupt at, so Stop falls back to
            // replacing the worker.
            chromium.setCellSource(2, "import torch\nz = torch.ones(3000, 3000) @ torch.ones(3000, 3000)");
            chromium.click(PageContract.cell(2) + " [data-testid=run-cell]");
            chromium.waitUntil("document.querySelector('" + PageContract.cell(2) + "').getAttribute('data-state') === 'running'");
            Thread.sleep(300);
            chromium.click("[data-testid=stop]");
            chromium.waitIdle();
            assertTrue(chromium.cellOutput(2).contains("KeyboardInterrupt"), chromium.cellOutput(2));
            chromium.waitUntil("document.querySelector('[data-testid=kernel-notice]').textContent"
                    + ".indexOf('kernel was restarted: variables were cleared') >= 0");
            assertEquals("In [ ]:", chromium.text(PageContract.cell(0) + " [data-testid=cell-prompt]"));
            assertEquals(Playground.expectedText(FIRST_CELL), chromium.runCell(0));
        }
    }

    @Test
    void engineWorkloadPrintsTheJvmsDigitsInWasm() throws Exception {
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + QUERY);
            assertEquals("wasm", chromium.js("return window.gradpad.backend"));
            chromium.setCellSource(0, Playground.ENGINE_WORKLOAD);
            assertEquals(Playground.expectedText(Playground.ENGINE_WORKLOAD), chromium.runCell(0));
        }
    }
}
