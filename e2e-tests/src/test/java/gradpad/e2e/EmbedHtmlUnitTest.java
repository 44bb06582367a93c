package gradpad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gradpad.cli.StaticServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.WebConnectionWrapper;
import org.junit.jupiter.api.Test;

/**
 * The demo lesson with the JS build in HtmlUnit (no WebAssembly). HtmlUnit has no usable Shadow
 * DOM, so the cells fall back to the light DOM here and the style scoping is tested in Chromium
 * only (EmbedChromiumTest). One test, four light cells: HtmlUnit's JavaScript is slow.
 */
class EmbedHtmlUnitTest {
    private static final long PATIENCE_MS = 180_000;

    private static Object gp(HtmlUnitBrowser b, String expression) {
        return b.js(EmbedContract.JS + expression);
    }

    private static void waitUntil(HtmlUnitBrowser b, String condition) {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!Boolean.TRUE.equals(b.js("!!(" + condition + ")"))) {
            if (System.currentTimeMillis() > deadline) {
                fail("page never reached: " + condition + "; script errors: " + b.scriptErrors);
            }
            b.client.waitForBackgroundJavaScript(100);
        }
    }

    @Test
    void demoLessonRunsEarlierCellsFirstAndDrawsTheGraph() throws Exception {
        List<String> requested = Collections.synchronizedList(new ArrayList<>());
        try (StaticServer server = Playground.serve("/lesson/"); HtmlUnitBrowser b = new HtmlUnitBrowser()) {
            new WebConnectionWrapper(b.client) {
                @Override
                public WebResponse getResponse(WebRequest request) throws IOException {
                    requested.add(request.getUrl().getPath());
                    return super.getResponse(request);
                }
            };
            b.page = b.client.getPage(server.url() + EmbedContract.DEMO + "?seed=" + Playground.SEED);
            waitUntil(b, "window.gradpadEmbed && window.gradpadEmbed.cells === " + EmbedContract.DEMO_CELLS);
            b.client.waitForBackgroundJavaScript(300);
            synchronized (requested) {
                for (String path : requested) {
                    assertFalse(path.contains("/js/") || path.contains("/kernel/"), "loaded before the first Run: " + path);
                }
                assertTrue(requested.contains("/lesson/gradpad-embed.js"), requested.toString());
            }
            assertEquals(false, b.js("window.gradpadEmbed.ready"));

            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                codes.add((String) gp(b, "gpPart(" + i + ",'cell-source').value"));
            }
            List<String> expected = EmbedContract.expectedInOrder(codes);

            // Cell 4 (gradpad.draw) first: cells 1-3 run before it.
            gp(b, "gpPart(3,'run-cell').click()");
            assertEquals(true, b.js("window.gradpadEmbed.busy"));
            waitUntil(b, "window.gradpadEmbed.busy === false");
            assertEquals("js", b.js("window.gradpadEmbed.backend"));
            assertEquals("worker", b.js("window.gradpadEmbed.mode"));
            for (int i = 0; i < 3; i++) {
                assertEquals(expected.get(i), gp(b, "gpOut(" + i + ")"), "cell " + (i + 1));
            }
            assertEquals("Ran cells 1\u20133 first: cells share one kernel and run in page order.", gp(b, "gpNote(3)"));
            assertEquals(EmbedContract.SEED_GRAPH, gp(b, "gpGraph(3)"));
            assertTrue(requested.contains("/lesson/js/loader.js"), requested.toString());
            assertTrue(requested.contains("/lesson/kernel/gradpad.js"), requested.toString());
            assertTrue(b.scriptErrors.isEmpty(), b.scriptErrors.toString());
        }
    }
}
