package gradpad.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Build step (run by Maven after the TeaVM builds): writes the two files the page needs when it
 * is opened from disk. Browsers refuse to fetch a {@code .wasm} over {@code file://} and refuse
 * worker scripts from there, but they do run {@code <script>} files, so:
 *
 * <ul>
 *   <li>{@code gradpad.wasm.b64.js} sets a global base64 string holding the Wasm module;
 *   <li>{@code gradpad.wasm-runtime.fn.js} defines a function whose body is TeaVM's Wasm runtime,
 *       so the page can read the runtime's source text and start a Blob worker with it.
 * </ul>
 *
 * JVM-only; never compiled by TeaVM. Usage: {@code OfflineKernelFiles KERNEL_DIR}.
 */
public final class OfflineKernelFiles {
    /** Global set by the base64 file; static/js/kernel-host.js reads it. */
    public static final String WASM_GLOBAL = "GRADPAD_WASM_B64";
    /** Function defined by the runtime wrapper; static/js/loader.js reads its source. */
    public static final String RUNTIME_FUNCTION = "gradpadWasmRuntime";

    private OfflineKernelFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OfflineKernelFiles KERNEL_DIR");
        }
        write(Path.of(args[0]));
    }

    public static void write(Path kernelDir) throws IOException {
        byte[] wasm = Files.readAllBytes(kernelDir.resolve("gradpad.wasm"));
        // self is the global object in pages and in workers alike.
        Files.writeString(kernelDir.resolve("gradpad.wasm.b64.js"),
                "self." + WASM_GLOBAL + "=\"" + Base64.getEncoder().encodeToString(wasm) + "\";\n",
                StandardCharsets.US_ASCII);

        String runtime = Files.readString(kernelDir.resolve("gradpad.wasm-runtime.js"), StandardCharsets.UTF_8);
        Files.writeString(kernelDir.resolve("gradpad.wasm-runtime.fn.js"),
                "function " + RUNTIME_FUNCTION + "() {\n" + runtime + "\n}\n", StandardCharsets.UTF_8);
    }
}
