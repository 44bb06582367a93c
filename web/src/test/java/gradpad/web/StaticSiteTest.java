package gradpad.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules for static/ that a browser test would only catch by luck. */
class StaticSiteTest {
    private static final Path STATIC = Path.of(System.getProperty("basedir", ".")).resolve("../static").normalize();

    private static String read(String relative) throws IOException {
        return Files.readString(STATIC.resolve(relative), StandardCharsets.UTF_8);
    }

    /** Every script of the site: js/ and the embed script at the top. */
    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(STATIC)) {
            return files.filter(p -> p.toString().endsWith(".js")).collect(Collectors.toList());
        }
    }

    @Test
    void kernelTextNeverReachesHtmlParsing() throws IOException {
        // Cell text and kernel output are set with textContent / text nodes only.
        Pattern html = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|createContextualFragment"
                + "|\\beval\\s*\\(|new Function|javascript:|setHTMLUnsafe|parseHTMLUnsafe|DOMParser|srcdoc");
        for (Path script : scripts()) {
            Matcher m = html.matcher(Files.readString(script, StandardCharsets.UTF_8));
            assertFalse(m.find(), script + " uses " + (m.find(0) ? m.group() : ""));
        }
    }

    @Test
    void pageHasNoInlineCodeAndOnlyRelativeUrls() throws IOException {
        String html = read("index.html");
        assertTrue(html.contains("http-equiv=\"Content-Security-Policy\""), "CSP meta tag");
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find(), "inline <script>");
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "on* handler attribute");
        assertFalse(Pattern.compile("\\sstyle\\s*=").matcher(html).find(), "style attribute (CSP style-src 'self')");
        Matcher urls = Pattern.compile("\\s(?:src|href)=\"([^\"]*)\"").matcher(html);
        while (urls.find()) {
            String url = urls.group(1);
            // The site must work from any sub-path and from file://.
            assertFalse(url.startsWith("/") || url.contains("://"), "absolute URL " + url);
        }
    }

    @Test
    void pageKeepsTheTestingContract() throws IOException {
        String html = read("index.html");
        for (String hook : new String[] {"run-all", "restart", "stop"}) {
            assertTrue(html.contains("data-testid=\"" + hook + "\""), "data-testid=" + hook);
        }
        // Cells are built by the scripts.
        String notebook = read("js/notebook.js");
        String editor = read("js/editor.js");
        for (String hook : new String[] {"'cell'", "'cell-output'", "'run-cell'", "'data-cell-index'"}) {
            assertTrue(notebook.contains(hook), hook + " in notebook.js");
        }
        assertTrue(editor.contains("'cell-source'"), "cell-source in editor.js");
        for (String flag : new String[] {"ready:", "backend:", "busy:"}) {
            assertTrue(notebook.contains(flag), "window.gradpad." + flag);
        }
    }

    @Test
    void scriptsSetNoLinksFromData() throws IOException {
        // javascript: URLs would run code; the markdown renderer admits http(s) links only.
        for (Path script : scripts()) {
            String js = Files.readString(script, StandardCharsets.UTF_8);
            assertFalse(js.toLowerCase(java.util.Locale.ROOT).contains("javascript:"), script + " mentions javascript:");
            assertFalse(Pattern.compile("setAttribute\\(\\s*'(on[a-z]+|style|srcdoc)'").matcher(js).find(),
                    script + " sets an event handler, style or srcdoc attribute");
        }
        assertTrue(read("js/markdown.js").contains("var SAFE_URL = /^https?:\\/\\/"), "markdown links: http(s) only");
    }

    @Test
    void shippedNotebookIsPlainNbformat4WithoutOutputs() throws IOException {
        String nb = read("notebooks/autograd.ipynb");
        assertTrue(nb.contains("\"nbformat\": 4"), "nbformat 4");
        assertFalse(nb.contains("\"output_type\""), "no outputs");
        assertFalse(Pattern.compile("\"execution_count\": [0-9]").matcher(nb).find(), "no execution counts");
        assertFalse(nb.contains("manual_seed"), "the seed's randn cells stay unseeded (?seed=N seeds the kernel)");
    }
}
