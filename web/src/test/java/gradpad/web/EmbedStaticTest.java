package gradpad.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Rules for the embed script, the graph renderer and the demo lesson (static/). */
class EmbedStaticTest {
    private static final Path STATIC = Path.of(System.getProperty("basedir", ".")).resolve("../static").normalize();
    /** HTML parsing and code from strings: no cell text, output or host code block may reach one. */
    private static final Pattern SINKS = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write"
            + "|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|DOMParser|srcdoc|\\beval\\s*\\(|new Function"
            + "|javascript:|setTimeout\\s*\\(\\s*['\"]|\\.setAttribute\\(\\s*['\"]on|\\.setAttribute\\(\\s*['\"]style");

    private static String read(String relative) throws IOException {
        return Files.readString(STATIC.resolve(relative), StandardCharsets.UTF_8);
    }

    private static long gzipSize(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(Files.readAllBytes(file));
        }
        return out.size();
    }

    @Test
    void embedScriptsHaveNoHtmlOrCodeSinks() throws IOException {
        for (String script : new String[] {"gradpad-embed.js", "js/graph-svg.js"}) {
            Matcher m = SINKS.matcher(read(script));
            assertFalse(m.find(), script + " uses " + (m.find(0) ? m.group() : ""));
        }
    }

    @Test
    void embedScriptIsSmallAndKeepsTheTestingContract() throws IOException {
        // Everything heavy (loader, graph renderer, kernel) loads on the first Run.
        // About 1% of a kernel build (~540 KB): the page pays almost nothing until a reader runs a cell.
        long gz = gzipSize(STATIC.resolve("gradpad-embed.js"));
        assertTrue(gz < 8_000, "gradpad-embed.js stays small: " + gz + " bytes gzipped");
        String embed = read("gradpad-embed.js");
        for (String hook : new String[] {"'cell'", "'cell-source'", "'cell-output'", "'run-cell'", "'data-cell-index'"}) {
            assertTrue(embed.contains(hook), "hook " + hook);
        }
        for (String flag : new String[] {"ready:", "busy:", "backend:"}) {
            assertTrue(embed.contains(flag), "window.gradpadEmbed." + flag);
        }
        // The kernel files are found next to the script, not next to the page.
        assertTrue(embed.contains("base + 'js/loader.js'") && embed.contains("base: base"), "loads relative to its own src");
        String graph = read("js/graph-svg.js");
        assertTrue(graph.contains("createElementNS") && graph.contains("'autograd-graph'"), "graph-svg.js builds SVG nodes");
    }

    @Test
    void demoLessonIsAStrictStaticPageLoadingTheEmbedRelatively() throws IOException {
        String html = read("embed-demo.html");
        assertTrue(html.contains("http-equiv=\"Content-Security-Policy\""), "CSP meta tag");
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find(), "inline <script>");
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "on* handler attribute");
        assertFalse(Pattern.compile("\\sstyle\\s*=|<style").matcher(html).find(), "inline styles (CSP style-src 'self')");
        Matcher urls = Pattern.compile("\\s(?:src|href)=\"([^\"]*)\"").matcher(html);
        while (urls.find()) {
            String url = urls.group(1);
            assertFalse(url.startsWith("/") || url.contains("://"), "absolute URL " + url);
        }
        assertTrue(html.contains("<script src=\"gradpad-embed.js\""), "the embed script by a relative path");
        Matcher cells = Pattern.compile("<pre data-gradpad>").matcher(html);
        int n = 0;
        while (cells.find()) {
            n++;
        }
        assertTrue(n >= 8, n + " cells");
    }
}
