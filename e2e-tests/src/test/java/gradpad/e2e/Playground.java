package gradpad.e2e;

import gradpad.cli.StaticServer;
import gradpad.kernel.Kernel;
import gradpad.kernel.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The built site under test (web/target/playground) and what its cells should print. */
final class Playground {
    /** Every page test runs the kernel with this seed, and compares with a JVM kernel seeded alike. */
    static final long SEED = 0;

    private Playground() {
    }

    static Path dir() {
        Path dir = Path.of(System.getProperty("gradpad.playground", "../web/target/playground")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("index.html")) || !Files.isRegularFile(dir.resolve("kernel/gradpad.js"))) {
            throw new IllegalStateException("no built playground at " + dir
                    + ": run the tests with `mvn -B verify` from the repository root, so the web module is packaged first");
        }
        return dir;
    }

    /** Serves the site from a sub-path, as a static host might, to prove every URL is relative. */
    static StaticServer serve(String basePath) throws IOException {
        return StaticServer.start(dir(), 0, basePath);
    }

    static String fileUrl(String query) {
        return dir().resolve("index.html").toUri() + query;
    }

    /** What the page must show for {@code code}: the JVM kernel's outputs, rendered as notebook.js does. */
    static String expectedText(String code) {
        return render(new Kernel(SEED).runCell(code));
    }

    /** What the page must show for each of these cells, run in order in one session. */
    static List<String> expectedTexts(List<String> cells) {
        Kernel kernel = new Kernel(SEED);
        List<String> out = new ArrayList<>();
        for (String cell : cells) {
            out.add(render(kernel.runCell(cell)));
        }
        return out;
    }

    /**
     * Object addresses (IPython shows {@code <MulBackward0 at 0x7f...>}) come from identity hash
     * codes, which differ between runs and targets; everything else must match byte for byte.
     */
    static String withoutAddresses(String text) {
        return text.replaceAll(" at 0x[0-9a-f]+>", " at 0x\u2026>");
    }

    /** Lines the seed notebook prints that do not depend on the random seed, as the seed shows them. */
    static final List<String> SEED_PRINTS = List.of(
            "tensor([0.2000, 0.4600, 0.6800])",
            "tensor([  0.8000,  14.2600, 204.6800])",
            "Equal gradients tensor([4., 6., 8.])",
            "Weighted Gradients tensor([4.0000, 0.6000, 0.0800])",
            "tensor([2., 3., 4.])",
            "tensor([1., 2., 3.], requires_grad=True)\ntensor([1., 2., 3.])",
            "tensor([3., 4., 5.], grad_fn=<AddBackward0>)\ntensor([3., 4., 5.])",
            "tensor([3., 3., 3., 3.])\ntensor([6., 6., 6., 6.])\ntensor([9., 9., 9., 9.])",
            "tensor([3., 3., 3., 3.])\ntensor([3., 3., 3., 3.])\ntensor([3., 3., 3., 3.])");

    /** Number of code cells and of all cells in the shipped notebook. */
    static final int SEED_CODE_CELLS = 17;
    static final int SEED_CELLS = 22;

    /** Mirrors outputText() in static/js/notebook.js; textContent joins the output blocks. */
    /**
     * An engine workload whose full-precision prints (item(), tolist()) catch any float that
     * rounds differently in a browser build: the vectorised and serial randn paths, float32 sums,
     * matmul, tanh/softmax/exp/log/sigmoid, a backward pass, float64 and integer ops.
     */
    static final String ENGINE_WORKLOAD = String.join("\n",
            "import torch",
            "torch.manual_seed(0)",
            "a = torch.randn(40)",
            "b = torch.randn(3, 5, dtype=torch.float64)",
            "print(a.sum().item(), a.mean().item(), b.std().item(), b.sum().item())",
            "x = torch.randn(8, 4, requires_grad=True)",
            "w = torch.randn(4, 3, requires_grad=True)",
            "y = (x @ w).tanh().softmax(dim=1)",
            "loss = (y * torch.arange(3.0)).sum()",
            "loss.backward()",
            "print(loss.item(), x.grad.sum().item(), w.grad.tolist())",
            "print(torch.exp(a[:5]).tolist(), torch.log(a.abs()[:3]).tolist(), torch.sigmoid(a[:4]).tolist())",
            "print(torch.linspace(0, 1, 7), torch.arange(10) // 3, torch.tensor([1.5, -2.5, -0.0]).round())",
            "print(torch.rand(3).tolist(), torch.randint(0, 100, (5,)), (a * 0.1).norm().item())",
            // TeaVM's own Math.tanh/expm1/log1p/log10 lose digits or give nan here; the engine's must not
            "e = torch.tensor([1000.0, -1000.0, 22.5, 0.5, 1e-3, -1e-8, 1e-300], dtype=torch.float64)",
            "print(e.tanh().tolist(), e.expm1()[3:].tolist(), e.abs().log1p()[3:].tolist(), e.abs().log10().tolist())",
            "print(e.float().tanh().tolist(), (a * 3).tanh()[:6].tolist(), e.float().expm1()[3:].tolist())",
            // TeaVM's Math.rint goes through a long: 1e20 must still be whole
            "print((1e20).is_integer(), (-0.5) ** 1e20, torch.tensor([3, 4]) * 1e20)");

    static String render(List<Output> outputs) {
        StringBuilder sb = new StringBuilder();
        for (Output o : outputs) {
            if (o instanceof Output.Stream) {
                sb.append(((Output.Stream) o).text);
            } else if (o instanceof Output.ExecuteResult) {
                sb.append(((Output.ExecuteResult) o).text);
            } else if (o instanceof Output.DisplayData) {
                // A drawing (gradpad.draw) shows as SVG, not text; other display data as its text.
                Output.DisplayData d = (Output.DisplayData) o;
                if (d.mime == null) {
                    sb.append(d.text);
                }
            } else if (o instanceof Output.Error) {
                Output.Error e = (Output.Error) o;
                if (e.traceback != null && !e.traceback.isEmpty()) {
                    sb.append(String.join("\n", e.traceback));
                } else {
                    sb.append(e.ename).append(e.evalue == null || e.evalue.isEmpty() ? "" : ": " + e.evalue);
                }
            }
        }
        return sb.toString();
    }
}
