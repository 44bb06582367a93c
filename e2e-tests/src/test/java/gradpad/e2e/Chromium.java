package gradpad.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium through Selenium, with the flags DESIGN.md found to work here. */
final class Chromium implements AutoCloseable {
    /** Debian's packages; -Dgradpad.chromium / -Dgradpad.chromedriver point elsewhere. */
    static final Path BROWSER = Path.of(System.getProperty("gradpad.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("gradpad.chromedriver", "/usr/bin/chromedriver"));
    /** Generous: only guards against a hung page, never a performance assertion. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test if Chromium is not installed, except under CI=true where that fails. */
    static Chromium launch() throws IOException {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed) {
            String why = "Chromium tests need " + BROWSER + " and " + DRIVER + " (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + "; CI=true, so a missing browser is a failure");
            }
            Assumptions.abort(why + "; skipped");
        }
        Path profile = Files.createTempDirectory("gradpad-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1000,640");
        // Selenium's driver service takes a java.io.File: test code only, never the product.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1000, 640));
        return new Chromium(driver, profile);
    }

    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Opens the page and waits for window.gradpad.ready (or a reported load error). */
    void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(
                js("return !!(window.gradpad && (window.gradpad.ready || window.gradpad.error))")));
        Object error = js("return window.gradpad.error");
        if (error != null) {
            fail("the kernel failed to load: " + error);
        }
    }

    /** Lets the page download files into {@code dir} (headless Chromium refuses downloads otherwise). */
    void allowDownloads(Path dir) {
        driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow", "downloadPath", dir.toString()));
    }

    /** Emulates a phone-sized screen (CSS pixels). */
    void phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    void waitUntil(String condition) {
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(js("return !!(" + condition + ")")));
    }

    void waitIdle() {
        waitUntil("window.gradpad.busy === false");
    }

    /** Replaces a cell's text as typing would (the page sees an input event). */
    void setCellSource(int index, String code) {
        ((JavascriptExecutor) driver).executeScript("var t = document.querySelector(arguments[0]);"
                + "t.value = arguments[1]; t.dispatchEvent(new Event('input', {bubbles: true}));",
                PageContract.cell(index) + " [data-testid=cell-source]", code);
    }

    /** Clicks an element after scrolling it to the middle of the window, clear of the sticky toolbar. */
    void click(String selector) {
        org.openqa.selenium.WebElement e = find(selector);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    org.openqa.selenium.WebElement find(String selector) {
        return driver.findElement(By.cssSelector(selector));
    }

    String cellSource(int index) {
        return (String) js("return document.querySelector('" + PageContract.cell(index) + " [data-testid=cell-source]').value");
    }

    /** Clicks the cell's Run button and waits until the page is no longer busy; returns the output text. */
    String runCell(int index) {
        clickAndWait(PageContract.cell(index) + " [data-testid=run-cell]");
        return cellOutput(index);
    }

    /** Clicks an element (the click handler sets window.gradpad.busy) and waits until idle. */
    void clickAndWait(String selector) {
        click(selector);
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.FALSE.equals(js("return window.gradpad.busy")));
    }

    String cellOutput(int index) {
        return text(PageContract.cell(index) + " [data-testid=cell-output]");
    }

    String text(String selector) {
        return (String) js("return document.querySelector('" + selector + "').textContent");
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("gradpad.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover temp folder is harmless
                }
            });
        }
    }
}
