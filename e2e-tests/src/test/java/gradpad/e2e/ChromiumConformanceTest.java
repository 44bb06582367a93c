package gradpad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.cli.StaticServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every kernel conformance case (web's {@code cases/public} and {@code cases/own}, recorded from
 * CPython + PyTorch) through the Wasm GC and the JS kernel in Chromium (HtmlUnit would be too slow
 * for 400 cases): stdout and the last traceback line must equal what Python printed, as
 * {@code ConformanceTest} checks on the JVM. The browser builds run TeaVM's class library, whose
 * {@code Math.tanh}, {@code Math.rint} and {@code String.toUpperCase} differ from the JVM's; only
 * a test in the browser sees that.
 */
class ChromiumConformanceTest {
    /** Cases whose browser output differs on purpose (beyond known_differences.txt). */
    private static final Set<String> BROWSER_ONLY = Set.of(
            "280_fn_recursion", // the browser's recursion limit is 300 (docs/teavm.md)
            "286_fn_recursion_near_limit");

    private static Path casesDir() {
        return Path.of(System.getProperty("gradpad.cases", "../web/src/test/resources/gradpad/kernel/cases"))
                .toAbsolutePath().normalize();
    }

    private static Set<String> knownDifferences() throws IOException {
        Set<String> names = new TreeSet<>(BROWSER_ONLY);
        for (String line : Files.readAllLines(casesDir().resolve("known_differences.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split(" ", 2)[0]);
            }
        }
        return names;
    }

    private static String normalise(String s) {
        return s.replaceAll(" at 0x(?!ADDR)[0-9a-fA-F]+", " at 0xADDR").stripTrailing();
    }

    /**
     * The recorded last line comes from a script, where CPython qualifies an exception type outside
     * builtins ({@code torch._C._LinAlgError: ...}); a notebook cell shows IPython's bare
     * {@code __name__} ({@code _LinAlgError: ...}), as the page does.
     */
    private static String asCellOutput(String recorded) {
        String s = normalise(recorded);
        int cut = s.lastIndexOf('\n') + 1;
        return s.substring(0, cut) + s.substring(cut).replaceFirst("^(?:[A-Za-z_]\\w*\\.)+(\\w*Error\\w*)(:|$)", "$1$2");
    }

    @Test
    void everyConformanceCasePrintsWhatPythonPrintedInTheWasmBuild() throws Exception {
        checkAllCases("Wasm", String.join("\n",
                "const s = document.createElement('script');",
                "s.src = 'kernel/gradpad.wasm-runtime.js';",
                "s.onload = () => TeaVM.wasmGC.load('kernel/gradpad.wasm').then(t => ready(t.exports), e => done('failed: ' + e));",
                "s.onerror = () => done('failed: runtime');",
                "document.head.appendChild(s);"));
    }

    @Test
    void everyConformanceCasePrintsWhatPythonPrintedInTheJsBuild() throws Exception {
        // The JS build is a UMD script: loaded by a script tag it defines main/start/run globally.
        checkAllCases("JS", String.join("\n",
                "const s = document.createElement('script');",
                "s.src = 'kernel/gradpad.js';",
                "s.onload = () => { window.main([]); ready({start: window.start, run: window.run}); };",
                "s.onerror = () => done('failed: gradpad.js');",
                "document.head.appendChild(s);"));
    }

    /** Loads a second kernel into the page (same origin, allowed by its CSP) and runs every case. */
    private static void checkAllCases(String build, String load) throws Exception {
        Set<String> skip = knownDifferences();
        List<Path> cases = new ArrayList<>();
        for (String group : new String[] {"public", "own"}) {
            try (Stream<Path> files = Files.list(casesDir().resolve(group))) {
                files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(cases::add);
            }
        }
        assertTrue(cases.size() > 300, "found the cases in " + casesDir());
        try (StaticServer server = Playground.serve("/"); Chromium chromium = Chromium.launch()) {
            chromium.open(server.url() + "?seed=0");
            JavascriptExecutor page = chromium.driver;
            Object loaded = page.executeAsyncScript(String.join("\n",
                    "const done = arguments[arguments.length - 1];",
                    "const ready = k => {",
                    "  window.conformanceCase = code => {",
                    "    k.start('0');",
                    "    let text = '';",
                    "    for (const o of JSON.parse(k.run(code))) {",
                    "      if (o.output_type === 'stream' && o.name === 'stdout') text += o.text;",
                    "      if (o.output_type === 'error') text += o.traceback[o.traceback.length - 1] + '\\n';",
                    "    }",
                    "    return text;",
                    "  };",
                    "  done('loaded');",
                    "};",
                    load));
            assertEquals("loaded", loaded);
            List<String> failures = new ArrayList<>();
            int compared = 0;
            for (Path py : cases) {
                String name = py.getFileName().toString().replaceFirst("\\.py$", "");
                Path out = py.resolveSibling(name + ".out");
                if (skip.contains(name) || !Files.exists(out)) {
                    continue;
                }
                String source = Files.readString(py, StandardCharsets.UTF_8);
                String got = (String) page.executeScript("return window.conformanceCase(arguments[0])", source);
                String want = Files.readString(out, StandardCharsets.UTF_8);
                compared++;
                if (!normalise(got).equals(asCellOutput(want))) {
                    failures.add(name + ":\n--- python\n" + asCellOutput(want) + "\n+++ gradpad (" + build + ")\n"
                            + normalise(got));
                }
            }
            assertTrue(compared > 300, "compared " + compared + " cases");
            assertTrue(failures.isEmpty(), failures.size() + " of " + compared + " cases differ in the " + build
                    + " build:\n\n" + String.join("\n\n", failures));
        }
    }
}
