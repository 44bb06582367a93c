package gradpad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {
    @TempDir
    Path tmp;

    private Path site;
    private StaticServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>t</title>");
        Files.createDirectories(site.resolve("kernel"));
        Files.write(site.resolve("kernel/gradpad.wasm"), new byte[] {0, 'a', 's', 'm'});
        Files.writeString(site.resolve("kernel/gradpad.js"), "var x;");
        Files.writeString(site.resolve("demo.ipynb"), "{}");
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        server = StaticServer.start(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFilesWithTheirContentTypes() throws Exception {
        assertEquals("http://localhost:" + server.port() + "/", server.url());
        assertContentType("/", "text/html; charset=utf-8");
        assertContentType("/kernel/gradpad.wasm", "application/wasm");
        assertContentType("/kernel/gradpad.js", "text/javascript; charset=utf-8");
        assertContentType("/demo.ipynb", "application/x-ipynb+json");
        assertEquals("var x;", get("/kernel/gradpad.js").body());
    }

    private void assertContentType(String path, String type) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        assertEquals(type, r.headers().firstValue("Content-Type").orElse(""), path);
    }

    @Test
    void missingFilesAre404() throws Exception {
        assertEquals(404, get("/nope.js").statusCode());
    }

    @Test
    void aFolderWithoutSlashRedirectsSoRelativeUrlsWork() throws Exception {
        HttpResponse<String> r = get("/kernel?seed=1");
        assertEquals(301, r.statusCode());
        assertEquals("/kernel/?seed=1", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void nothingOutsideTheFolderIsServed() throws Exception {
        // Raw requests: an HTTP client would normalize the dots away before sending.
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/kernel/..%2f..%2fsecret.txt",
                "/..\\secret.txt", "/kernel/../../secret.txt"}) {
            String response = rawGet(path);
            assertTrue(response.matches("(?s)HTTP/1\\.1 4\\d\\d .*"), path + " -> " + response);
            assertTrue(!response.contains("secret\n") && !response.endsWith("secret"), path + " -> " + response);
        }
    }

    @Test
    void aSymlinkLeadingOutsideIsNotFollowed() throws Exception {
        try {
            Files.createSymbolicLink(site.resolve("link.txt"), tmp.resolve("secret.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symlinks on this file system: nothing to test
        }
        assertEquals(404, get("/link.txt").statusCode());
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kernel/gradpad.wasm"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("4", head.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void servesUnderASubPathLikeAStaticHost() throws Exception {
        try (StaticServer sub = StaticServer.start(site, 0, "/a/b/")) {
            assertEquals("http://localhost:" + sub.port() + "/a/b/", sub.url());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sub.url() + "kernel/gradpad.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            HttpResponse<String> outside = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + sub.port() + "/kernel/gradpad.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, outside.statusCode());
        }
    }

    private String rawGet(String path) throws IOException {
        try (Socket s = new Socket("localhost", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
