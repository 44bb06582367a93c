package gradpad.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Build step (run by Maven after the TeaVM Wasm build): writes the Wasm module as a JavaScript
 * file that sets a global base64 string. Browsers refuse to fetch a {@code .wasm} over
 * {@code file://}, but they do run a {@code <script>} or {@code importScripts} from there, so this
 * is how the offline page gets the module's bytes. JVM-only; never compiled by TeaVM.
 *
 * <p>Usage: {@code WasmBase64 IN.wasm OUT.js}
 */
public final class WasmBase64 {
    /** The global the loader reads; keep in sync with static/js/kernel-host.js. */
    public static final String GLOBAL = "GRADPAD_WASM_B64";

    private WasmBase64() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: WasmBase64 IN.wasm OUT.js");
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    public static void write(Path wasm, Path js) throws IOException {
        byte[] bytes = Files.readAllBytes(wasm);
        String b64 = Base64.getEncoder().encodeToString(bytes);
        // self is the global object in pages and in workers alike.
        String text = "self." + GLOBAL + "=\"" + b64 + "\";\n";
        Files.writeString(js, text, StandardCharsets.US_ASCII);
    }
}
