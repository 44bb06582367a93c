package gradpad.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a folder over http on the loopback interface, as a static host would: GET/HEAD only,
 * correct content types, index.html for folders, nothing outside the folder. Used by
 * {@code gradpad serve} and by the browser tests. JVM-only.
 */
public final class StaticServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final String basePath;
    private final boolean isolated;

    private StaticServer(HttpServer server, ExecutorService executor, Path root, String basePath, boolean isolated) {
        this.server = server;
        this.executor = executor;
        this.root = root;
        this.basePath = basePath;
        this.isolated = isolated;
    }

    /** Serves {@code root} at {@code http://localhost:PORT/}; port 0 picks a free port. */
    public static StaticServer start(Path root, int port) throws IOException {
        return start(root, port, "/");
    }

    /**
     * Serves {@code root} under {@code basePath} (e.g. {@code "/a/b/"}), the way a static host
     * serves a site from a sub-path; other paths are 404.
     *
     * @throws java.net.BindException if the port is taken
     */
    public static StaticServer start(Path root, int port, String basePath) throws IOException {
        return start(root, port, basePath, true);
    }

    /**
     * As {@link #start(Path, int, String)}; {@code isolated = false} leaves out the
     * cross-origin isolation headers, as GitHub Pages and most static hosts do.
     */
    public static StaticServer start(Path root, int port, String basePath, boolean isolated) throws IOException {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with '/': " + basePath);
        }
        Path realRoot = root.toRealPath();
        // Without TCP_NODELAY the JDK's server answers small files 40-50 ms late (Nagle's algorithm
        // meets delayed ACKs), which on the page's chain of small requests is most of S2's budget.
        // Read once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // A browser fetches several files at once; a few threads keep one slow client from stalling others.
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "gradpad-http");
            t.setDaemon(true);
            return t;
        });
        StaticServer s = new StaticServer(server, executor, realRoot, basePath, isolated);
        server.createContext("/", s::handle);
        server.setExecutor(executor);
        server.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's address, e.g. {@code http://localhost:8000/}. */
    public String url() {
        return "http://localhost:" + port() + basePath;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = "HEAD".equals(method);
            if (!head && !"GET".equals(method)) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                sendStatus(ex, 405, "method not allowed");
                return;
            }
            String path = ex.getRequestURI().getPath(); // already percent-decoded
            if (path == null || !path.startsWith(basePath)) {
                if ((path + "/").equals(basePath)) {
                    redirect(ex, basePath);
                } else {
                    sendStatus(ex, 404, "not found");
                }
                return;
            }
            Path file = resolve(path.substring(basePath.length()));
            if (file == null) {
                sendStatus(ex, 404, "not found");
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    // Relative URLs in index.html resolve against the folder only with the slash.
                    redirect(ex, path + "/");
                    return;
                }
                file = file.resolve("index.html");
            }
            // toRealPath: a symlink inside the folder must not lead outside it.
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
                sendStatus(ex, 404, "not found");
                return;
            }
            ex.getResponseHeaders().set("Content-Type", MimeTypes.forFileName(file.getFileName().toString()));
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            // Cross-origin isolation gives the page SharedArrayBuffer, which lets Stop interrupt a
            // cell inside the kernel (KeyboardInterrupt, variables kept) instead of restarting it.
            if (isolated) {
                ex.getResponseHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
                ex.getResponseHeaders().set("Cross-Origin-Embedder-Policy", "require-corp");
                ex.getResponseHeaders().set("Cross-Origin-Resource-Policy", "cross-origin");
            }
            long size = Files.size(file);
            if (head) {
                ex.getResponseHeaders().set("Content-Length", Long.toString(size));
                ex.sendResponseHeaders(200, -1);
                return;
            }
            ex.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (OutputStream body = ex.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    /** Maps a decoded relative URL path to a file under the root, or null if it could escape it. */
    private Path resolve(String relative) {
        if (relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0) {
            return null;
        }
        Path p = root;
        for (String segment : relative.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") || segment.indexOf(':') >= 0) {
                return null;
            }
            p = p.resolve(segment);
        }
        Path normal = p.normalize();
        return normal.startsWith(root) ? normal : null;
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        String query = ex.getRequestURI().getRawQuery();
        ex.getResponseHeaders().set("Location", query == null ? location : location + "?" + query);
        ex.sendResponseHeaders(301, -1);
    }

    private static void sendStatus(HttpExchange ex, int status, String text) throws IOException {
        byte[] body = (status + " " + text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
