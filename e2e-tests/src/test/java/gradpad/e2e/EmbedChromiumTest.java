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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * static/gradpad-embed.js in headless Chromium (Wasm build): the demo lesson over http from a
 * sub-path, a page in another folder over file://, and the host page's styles. Cells live in
 * shadow roots, which HtmlUnit does not implement: the scoping is tested here only.
 */
class EmbedChromiumTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static void waitFor(Chromium c, String condition) {
        new WebDriverWait(c.driver, PATIENCE).until(d -> Boolean.TRUE.equals(c.js(EmbedContract.JS + "return !!(" + condition + ");")));
    }

    private static Object gp(Chromium c, String expression) {
        return c.js(EmbedContract.JS + "return " + expression + ";");
    }

    private static void openPage(Chromium c, String url, int cells) {
        c.driver.get(url);
        waitFor(c, "window.gradpadEmbed && window.gradpadEmbed.cells === " + cells);
    }

    private static SearchContext cellRoot(Chromium c, int index) {
        return c.driver.findElement(By.cssSelector(PageContract.cell(index))).getShadowRoot();
    }

    /** A real click on the cell's Run button (inside its shadow root); waits until every queued cell ran. */
    private static void run(Chromium c, int index) {
        cellRoot(c, index).findElement(By.cssSelector("[data-testid=run-cell]")).click();
        waitFor(c, "window.gradpadEmbed.busy === false");
        Object error = c.js("return window.gradpadEmbed.error");
        assertNull(error, "the kernel failed to load");
    }

    private static void scrollTo(Chromium c, int index) {
        c.driver.executeScript("arguments[0].scrollIntoView()", c.driver.findElement(By.cssSelector(PageContract.cell(index))));
    }

    private static void setSource(Chromium c, int index, String code) {
        c.driver.executeScript(EmbedContract.JS + "gpPart(" + index + ",'cell-source').value = arguments[0];", code);
    }

    private static List<String> sources(Chromium c, int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add((String) gp(c, "gpPart(" + i + ",'cell-source').value"));
        }
        return codes;
    }

    @SuppressWarnings("unchecked")
    private static List<String> resources(Chromium c) {
        return (List<String>) c.js("return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
    }

    @Test
    void demoLessonRunsInPageOrderWithOneKernelOverHttp() throws Exception {
        try (StaticServer server = Playground.serve("/docs/lesson/"); Chromium c = Chromium.launch()) {
            openPage(c, server.url() + EmbedContract.DEMO + "?seed=" + Playground.SEED, EmbedContract.DEMO_CELLS);
            Thread.sleep(500); // nothing may load while the reader has not pressed Run
            for (String url : resources(c)) {
                assertFalse(url.contains("/js/") || url.contains("/kernel/"), "loaded before the first Run: " + url);
            }
            assertEquals(false, c.js("return window.gradpadEmbed.ready"));
            for (int i = 0; i < EmbedContract.DEMO_CELLS; i++) {
                assertEquals("", gp(c, "gpPart(" + i + ",'cell-output').textContent"));
            }

            List<String> codes = sources(c, EmbedContract.DEMO_CELLS);
            assertTrue(codes.get(0).startsWith("import torch\n"), codes.get(0)); // dedented, no blank first line
            List<String> expected = EmbedContract.expectedInOrder(codes);

            // Cell 3 first: cells 1 and 2 run before it, in order, each with its own output.
            run(c, 2);
            assertEquals("wasm", c.js("return window.gradpadEmbed.backend"));
            assertEquals("worker", c.js("return window.gradpadEmbed.mode"));
            assertEquals(true, c.js("return window.gradpadEmbed.ready"));
            assertEquals(true, c.js("return window.gradpad === window.gradpadEmbed"));
            for (int i = 0; i < 3; i++) {
                assertEquals(expected.get(i), gp(c, "gpOut(" + i + ")"), "cell " + (i + 1));
            }
            assertEquals("", gp(c, "gpNote(0)"));
            assertEquals("Ran cells 1\u20132 first: cells share one kernel and run in page order.", gp(c, "gpNote(2)"));
            assertEquals("[1]", gp(c, "gpPart(0,'cell-prompt').textContent"));
            assertEquals("[3]", gp(c, "gpPart(2,'cell-prompt').textContent"));
            for (String url : resources(c)) {
                assertFalse(url.contains("/kernel/gradpad.js"), "the Wasm build ran, the JS build must not load: " + url);
            }
            assertTrue(resources(c).stream().anyMatch(u -> u.endsWith("/docs/lesson/js/loader.js")), resources(c).toString());

            // Cell 3's value `loss` has a grad_fn: its graph is one click away.
            assertNull(gp(c, "gpGraph(2)"));
            cellRoot(c, 2).findElement(By.cssSelector("[data-testid=graph-toggle]")).click();
            assertEquals(EmbedContract.SEED_GRAPH, gp(c, "gpGraph(2)"));

            // Cell 4 draws the seed notebook's graph.
            run(c, 3);
            assertEquals("", gp(c, "gpNote(3)")); // its earlier cells had run
            assertEquals(EmbedContract.SEED_GRAPH, gp(c, "gpGraph(3)"));
            String svg = "gpPart(3,'cell-output').querySelector('svg[data-testid=autograd-graph]')";
            assertEquals("#add8e6", gp(c, svg + ".querySelector('[data-node-kind=leaf] rect').getAttribute('fill')"));
            assertEquals("#caff70", gp(c, svg + ".querySelector('[data-node-kind=output] rect').getAttribute('fill')"));
            assertEquals("#d3d3d3", gp(c, svg + ".querySelector('[data-node-kind=function] rect').getAttribute('fill')"));
            assertEquals(true, gp(c, svg + ".getAttribute('viewBox').indexOf('0 0 ') === 0"));
            assertEquals("url(#" + gp(c, svg + ".querySelector('marker').id") + ")",
                    gp(c, svg + ".querySelector('[data-from]').getAttribute('marker-end')"));
            // The two y * y edges do not lie on top of each other.
            assertEquals(true, gp(c, "(function(){var e=" + svg + ".querySelectorAll('[data-from=\"3\"][data-to=\"2\"]');"
                    + "return e.length===2 && e[0].getAttribute('d')!==e[1].getAttribute('d');})()"));
            scrollTo(c, 3);
            c.screenshot("embed-demo-graph");

            // The rest, one by one: each sees the variables of the cells above.
            for (int i = 4; i < EmbedContract.DEMO_CELLS; i++) {
                run(c, i);
                assertEquals(expected.get(i), gp(c, "gpOut(" + i + ")"), "cell " + (i + 1));
            }
            assertTrue(gp(c, "gpGraph(7)").toString().contains("leaf:x (3)"));

            // Edit, run, Reset.
            cellRoot(c, 0).findElement(By.cssSelector("[data-testid=cell-source]")).sendKeys("\nprint('<b>not html</b>')");
            run(c, 0);
            assertTrue(gp(c, "gpOut(0)").toString().endsWith("<b>not html</b>\n"), gp(c, "gpOut(0)").toString());
            assertEquals(0L, gp(c, "gpPart(0,'cell-output').querySelectorAll('b').length"));
            cellRoot(c, 0).findElement(By.cssSelector("[data-testid=reset-cell]")).click();
            assertEquals(codes.get(0), gp(c, "gpPart(0,'cell-source').value"));
            assertEquals("", gp(c, "gpPart(0,'cell-output').textContent"));
        }
    }

    private static final String HOST_STYLES = ""
            + "return ['body','h1','h2','p.warning','code','[data-testid=plain-pre]'].map(function (s) {"
            + "  var cs = getComputedStyle(document.querySelector(s));"
            + "  return s + ' ' + ['color','font-size','font-family','white-space','background-color','border-top-style',"
            + "    'margin-top','line-height','text-transform','display'].map(function (p) { return p + '=' + cs.getPropertyValue(p); }).join(';');"
            + "}).concat(['sheets=' + document.styleSheets.length, 'adopted=' + document.adoptedStyleSheets.length]).join('\\n');";

    @Test
    void hostPageStylesAreUnchangedAndDoNotReachTheCells() throws Exception {
        try (StaticServer server = Playground.serve("/"); Chromium c = Chromium.launch()) {
            String url = server.url() + EmbedContract.DEMO + "?seed=" + Playground.SEED;
            // The page as its author styled it: the same page with the embed script blocked.
            c.driver.executeCdpCommand("Network.enable", Map.of());
            c.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*gradpad-embed.js")));
            c.driver.get(url);
            waitFor(c, "document.readyState === 'complete'");
            assertNull(c.js("return window.gradpadEmbed"));
            String without = (String) c.js(HOST_STYLES);
            assertTrue(without.contains("font-size=30px"), without); // the hostile sheet applies
            c.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));

            openPage(c, url, EmbedContract.DEMO_CELLS);
            assertEquals(without, c.js(HOST_STYLES), "the embed script changed the host page's styles");
            run(c, 0);
            assertEquals(without, c.js(HOST_STYLES), "loading the kernel changed the host page's styles");

            // Inside the cell the host's rules do not apply.
            String inside = "(function(){var t=gpPart(0,'cell-source'),p=gpPart(0,'cell-output').querySelector('pre'),"
                    + "b=gpPart(0,'run-cell'),ct=getComputedStyle(t),cp=getComputedStyle(p),cb=getComputedStyle(b);"
                    + "return [ct.display,ct.fontSize,ct.whiteSpace,cp.whiteSpace,cp.fontSize,cp.color,cp.borderTopStyle,"
                    + "cb.fontSize,cb.backgroundColor].join('|');})()";
            String all = gp(c, inside).toString();
            String[] s = all.split("\\|");
            assertEquals("block", s[0], all);
            assertEquals("13px", s[1], all);
            assertEquals("pre", s[2], all);
            assertEquals("pre", s[3], all);
            assertEquals("13px", s[4], all);
            assertNotEquals("rgb(255, 0, 0)", s[5], all);
            assertEquals("none", s[6], all);
            assertEquals("13px", s[7], all);
            assertNotEquals("rgb(255, 105, 180)", s[8], all); // hotpink
            // The host keeps the cells out of its own stylesheets: no <style> or class was added to the page.
            assertEquals(0L, c.js("return document.querySelectorAll('body style, head style').length"));
            c.screenshot("embed-demo-styles");
            // The dark colour scheme: cells and graph edges follow it.
            c.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            run(c, 3);
            assertEquals(EmbedContract.SEED_GRAPH, gp(c, "gpGraph(3)"));
            scrollTo(c, 3);
            c.screenshot("embed-demo-dark");
        }
    }

    @Test
    void demoLessonRunsFromDiskUnderItsContentSecurityPolicy() throws Exception {
        try (Chromium c = Chromium.launch()) {
            String url = Playground.dir().resolve(EmbedContract.DEMO).toUri() + "?seed=" + Playground.SEED;
            openPage(c, url, EmbedContract.DEMO_CELLS);
            run(c, 3);
            assertEquals("wasm", c.js("return window.gradpadEmbed.backend"));
            assertEquals("worker", c.js("return window.gradpadEmbed.mode"));
            assertEquals(EmbedContract.SEED_GRAPH, gp(c, "gpGraph(3)"));
            assertEquals(EmbedContract.expectedInOrder(sources(c, 2)).get(1), gp(c, "gpOut(1)"));
        }
    }

    @Test
    void aPageOnAnotherOriginRunsTheKernelInThePage() throws Exception {
        Path dir = Files.createTempDirectory("gradpad-other-origin-");
        try (StaticServer gradpad = Playground.serve("/cdn/gradpad/");
                StaticServer site = StaticServer.start(dir, 0, "/");
                Chromium c = Chromium.launch()) {
            // Two ports, two origins: browsers refuse a worker script from the other one.
            Files.writeString(dir.resolve("index.html"), "<!doctype html><html><head><meta charset=utf-8><title>t</title>"
                    + "<script src=\"" + gradpad.url() + "gradpad-embed.js\" data-seed=\"" + Playground.SEED + "\" defer></script>"
                    + "</head><body><pre data-gradpad>import torch\nprint(torch.randn(2))</pre></body></html>",
                    StandardCharsets.UTF_8);
            openPage(c, site.url(), 1);
            run(c, 0);
            assertEquals("wasm", c.js("return window.gradpadEmbed.backend"));
            assertEquals("page", c.js("return window.gradpadEmbed.mode"));
            assertEquals(EmbedContract.expectedInOrder(sources(c, 1)).get(0), gp(c, "gpOut(0)"));
        } finally {
            Files.deleteIfExists(dir.resolve("index.html"));
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void aPageInAnotherFolderEmbedsCodeBlocksFromDisk() throws Exception {
        Path dir = Files.createTempDirectory("gradpad-host-page-");
        try (Chromium c = Chromium.launch()) {
            Path page = dir.resolve("lesson.html");
            String script = Playground.dir().resolve("gradpad-embed.js").toUri().toString();
            Files.writeString(page, "<!doctype html><html><head><meta charset=utf-8><title>t</title>"
                    + "<script src=\"" + script + "\" data-gradpad-auto data-seed=\"" + Playground.SEED + "\" defer></script>"
                    + "</head><body><h1>Lesson</h1>"
                    + "<pre><code class=\"language-python\">\n    import torch\n    t = torch.ones(2, requires_grad=True)\n</code></pre>"
                    + "<pre><code class=\"language-bash\">echo not python</code></pre>"
                    + "<pre><code class=\"language-python\">s = (t * 3).sum()\ns.backward()\nprint(t.grad)</code></pre>"
                    + "</body></html>", StandardCharsets.UTF_8);
            openPage(c, page.toUri().toString(), 2);
            assertEquals("echo not python", c.js("return document.querySelector('code.language-bash').textContent"));
            assertEquals("import torch\nt = torch.ones(2, requires_grad=True)", gp(c, "gpPart(0,'cell-source').value"));
            run(c, 1);
            assertEquals("wasm", c.js("return window.gradpadEmbed.backend"));
            assertEquals("worker", c.js("return window.gradpadEmbed.mode")); // a Blob worker: file:// refuses worker URLs
            List<String> expected = EmbedContract.expectedInOrder(sources(c, 2));
            assertEquals(expected.get(1), gp(c, "gpOut(1)"));
            assertEquals("tensor([3., 3.])\n", expected.get(1));
            assertEquals("Ran cell 1 first: cells share one kernel and run in page order.", gp(c, "gpNote(1)"));

            // Stop ends a runaway cell: a fresh kernel, so every cell counts as not run again.
            setSource(c, 1, "while True:\n    pass");
            gp(c, "gpPart(1,'run-cell').click()");
            waitFor(c, "gpPart(1,'stop-cell').hidden === false");
            cellRoot(c, 1).findElement(By.cssSelector("[data-testid=stop-cell]")).click();
            waitFor(c, "window.gradpadEmbed.busy === false");
            assertTrue(gp(c, "gpOut(1)").toString().startsWith("KeyboardInterrupt"), gp(c, "gpOut(1)").toString());
            assertEquals(true, gp(c, "gpPart(1,'stop-cell').hidden"));

            // An error in an earlier cell stops the chain; Run again runs the cell anyway.
            setSource(c, 0, "import torch\nt = torch.ones(2, requires_grad=True)\n1 / 0");
            cellRoot(c, 1).findElement(By.cssSelector("[data-testid=reset-cell]")).click();
            run(c, 1);
            assertTrue(gp(c, "gpOut(0)").toString().contains("ZeroDivisionError"), gp(c, "gpOut(0)").toString());
            assertEquals("", gp(c, "gpOut(1)"));
            assertEquals("Not run: cell 1 above raised an error. Run this cell again to run it anyway.", gp(c, "gpNote(1)"));
            run(c, 1);
            assertEquals("", gp(c, "gpNote(1)"));
            assertEquals("tensor([3., 3.])\n", gp(c, "gpOut(1)"));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
