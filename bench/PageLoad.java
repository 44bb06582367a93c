import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * S1 and S2 of DESIGN.md's benchmark workloads, for the notebook page. Not a test: run it with
 * bench/page-load.sh, which builds the site and supplies Selenium's classpath.
 *
 * <ul>
 *   <li>S1: every file the page requests, counted by this program's own http server, from
 *       navigation until the kernel is ready (the first cell can run), with its gzip -9 size;
 *       for the Wasm path and the JS path (?backend=js).
 *   <li>S2: navigation to all seed-notebook cells executed, in headless Chromium on localhost,
 *       browser cache disabled: the page is told to Run all the moment it fires gradpad:ready,
 *       and the time is the page's own clock (performance.now(), from navigation start) when the
 *       last cell's output is on the page.
 * </ul>
 *
 * Usage: java -cp SELENIUM_CLASSPATH bench/PageLoad.java SITE_DIR [RUNS]
 */
public class PageLoad {
    private static final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toRealPath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        HttpServer server = serve(site);
        String base = "http://localhost:" + server.getAddress().getPort() + "/";
        try {
            for (String backend : new String[] {"wasm", "js"}) {
                String url = base + "?seed=0" + (backend.equals("js") ? "&backend=js" : "");
                measure(site, url, backend, runs);
            }
        } finally {
            server.stop(0);
        }
    }

    private static void measure(Path site, String url, String backend, int runs) throws Exception {
        Path profile = Files.createTempDirectory("gradpad-bench-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("gradpad.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1000,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("gradpad.chromedriver", "/usr/bin/chromedriver"))).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            // Runs in every new document before the page's scripts (DevTools-injected, so the
            // page's Content-Security-Policy does not apply to it).
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.addEventListener('gradpad:ready', function () {"
                    + " window.__bench = {readyAt: performance.now()}; window.gradpad.runAll();"
                    + " window.__bench.started = performance.now(); });"));
            JavascriptExecutor js = driver;
            List<double[]> times = new ArrayList<>();
            TreeSet<String> files = null;
            for (int i = 0; i < runs + 1; i++) { // run 0 warms the OS file cache and the JIT of the server
                requests.clear();
                driver.get("about:blank");
                driver.get(url);
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return !!(window.__bench && window.gradpad.busy === false"
                        + " && window.gradpad.timing.idleAt >= window.__bench.started)")));
                Object last = js.executeScript("var p = document.querySelectorAll('[data-testid=cell-prompt]');"
                        + "return p.length + ' ' + p[p.length - 1].textContent + ' ' + document.querySelectorAll('.output-error').length");
                if (!"17 In [17]: 0".equals(last)) {
                    throw new IllegalStateException("the seed notebook did not run cleanly: " + last);
                }
                if (!backend.equals(js.executeScript("return window.gradpad.backend"))) {
                    throw new IllegalStateException("expected the " + backend + " build");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> t = (Map<String, Object>) js.executeScript(
                        "return {ready: window.__bench.readyAt, started: window.__bench.started, idle: window.gradpad.timing.idleAt}");
                if (i == 0) {
                    files = new TreeSet<>(requests);
                } else {
                    times.add(new double[] {num(t.get("ready")), num(t.get("idle")) - num(t.get("started")), num(t.get("idle"))});
                }
            }
            report(site, backend, files, times);
        } finally {
            driver.quit();
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static void report(Path site, String backend, TreeSet<String> files, List<double[]> times) throws IOException {
        System.out.println();
        System.out.println("## " + backend + " path");
        System.out.println();
        System.out.println("| file | bytes | gzip -9 |");
        System.out.println("| --- | ---: | ---: |");
        long raw = 0;
        long gz = 0;
        long kernel = 0;
        for (String f : files) {
            byte[] b = Files.readAllBytes(site.resolve(f.isEmpty() ? "index.html" : f));
            long g = gzip(b);
            raw += b.length;
            gz += g;
            if (f.startsWith("kernel/")) {
                kernel += g;
            }
            System.out.println("| " + (f.isEmpty() ? "index.html" : f) + " | " + b.length + " | " + g + " |");
        }
        System.out.println("| **S1 total** | " + raw + " | **" + gz + "** |");
        System.out.println();
        System.out.println("S1 " + backend + ": " + gz + " B gzip -9 (kernel " + kernel + " B, page " + (gz - kernel) + " B)");
        System.out.println("S2 " + backend + " (" + times.size() + " cold loads, ms): navigation -> all seed cells run: "
                + stats(times, 2) + "; of which kernel ready: " + stats(times, 0) + ", Run all: " + stats(times, 1));
    }

    private static String stats(List<double[]> times, int k) {
        List<Double> v = new ArrayList<>();
        for (double[] t : times) {
            v.add(t[k]);
        }
        Collections.sort(v);
        return "median " + Math.round(v.get(v.size() / 2)) + " (min " + Math.round(v.get(0)) + ", max " + Math.round(v.get(v.size() - 1)) + ")";
    }

    private static long gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            z.write(b);
        }
        return out.size();
    }

    /** A static server that remembers every path asked for. */
    private static HttpServer serve(Path root) throws IOException {
        // Without TCP_NODELAY the JDK's server answers small files 40 ms late (Nagle's algorithm
        // meets delayed ACKs), which would measure the server, not the page.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getPath().substring(1);
                Path file = root.resolve(path.isEmpty() ? "index.html" : path).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                requests.add(path);
                String name = file.getFileName().toString();
                String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                        : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                        : name.endsWith(".css") ? "text/css; charset=utf-8"
                        : name.endsWith(".wasm") ? "application/wasm"
                        : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
                byte[] body = Files.readAllBytes(file);
                ex.getResponseHeaders().set("Content-Type", type);
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(body);
                }
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-http");
            t.setDaemon(true); // the JVM ends when main does
            return t;
        }));
        server.start();
        return server;
    }
}
