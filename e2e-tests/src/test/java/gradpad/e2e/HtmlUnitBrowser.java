package gradpad.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.javascript.JavaScriptErrorListener;

/**
 * HtmlUnit as a Chrome-like browser without WebAssembly: the page must fall back to the JS build.
 * HtmlUnit's JavaScript is slow, so these tests stay few and light.
 */
final class HtmlUnitBrowser implements AutoCloseable {
    /** Generous: only guards against a hung page, never a performance assertion. */
    private static final long PATIENCE_MS = 120_000;
    private static final long POLL_MS = 100;

    final WebClient client = new WebClient(BrowserVersion.CHROME);
    final List<String> scriptErrors = new ArrayList<>();
    HtmlPage page;

    HtmlUnitBrowser() {
        client.getOptions().setThrowExceptionOnScriptError(false); // collected below and asserted
        client.getOptions().setThrowExceptionOnFailingStatusCode(true);
        client.getOptions().setCssEnabled(false);
        client.setJavaScriptErrorListener(new JavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage p, ScriptException e) {
                scriptErrors.add("script error: " + e.getMessage());
            }

            @Override
            public void timeoutError(HtmlPage p, long allowed, long executionTime) {
                scriptErrors.add("script timeout");
            }

            @Override
            public void malformedScriptURL(HtmlPage p, String url, java.net.MalformedURLException e) {
                scriptErrors.add("malformed script URL " + url);
            }

            @Override
            public void loadScriptError(HtmlPage p, java.net.URL url, Exception e) {
                scriptErrors.add("could not load " + url + ": " + e);
            }

            @Override
            public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
                // HtmlUnit's own parser warnings are noise here
            }
        });
    }

    Object js(String script) {
        return page.executeJavaScript(script).getJavaScriptResult();
    }

    void open(String url) throws IOException {
        page = client.getPage(url);
        waitUntil("window.gradpad && (window.gradpad.ready || window.gradpad.error)");
        Object error = js("window.gradpad.error");
        if (error != null && !(error instanceof org.htmlunit.corejs.javascript.Undefined)) {
            fail("the kernel failed to load: " + error + " " + scriptErrors);
        }
    }

    String cellSource(int index) {
        return ((HtmlTextArea) page.querySelector(PageContract.cell(index) + " [data-testid=cell-source]")).getText();
    }

    void setCellSource(int index, String code) {
        ((HtmlTextArea) page.querySelector(PageContract.cell(index) + " [data-testid=cell-source]")).setText(code);
    }

    String runCell(int index) throws IOException {
        clickAndWait(PageContract.cell(index) + " [data-testid=run-cell]");
        return page.querySelector(PageContract.cell(index) + " [data-testid=cell-output]").getTextContent();
    }

    /** Clicks an element (the click handler sets window.gradpad.busy) and waits until idle. */
    void clickAndWait(String selector) throws IOException {
        HtmlElement e = page.querySelector(selector);
        e.click();
        waitUntil("window.gradpad.busy === false");
    }

    void waitUntil(String condition) {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!Boolean.TRUE.equals(js("!!(" + condition + ")"))) {
            if (System.currentTimeMillis() > deadline) {
                fail("page never reached: " + condition + "; script errors: " + scriptErrors);
            }
            // Lets HtmlUnit run timers, worker messages and script loads meanwhile.
            client.waitForBackgroundJavaScript(POLL_MS);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
