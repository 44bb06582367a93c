package gradpad.kernel;

import gradpad.engine.GradMode;
import gradpad.engine.Warnings;
import gradpad.engine.ops.Random;
import gradpad.engine.random.Generator;
import gradpad.engine.graph.AutogradGraph;
import gradpad.kernel.builtins.Builtins;
import gradpad.kernel.modules.GradpadModule;
import gradpad.kernel.modules.GraphJson;
import gradpad.kernel.runtime.PyModule;
import gradpad.kernel.eval.Interpreter;
import gradpad.kernel.runtime.Errors;
import gradpad.kernel.runtime.PyException;
import gradpad.kernel.runtime.Types;
import gradpad.kernel.syntax.CompileWarnings;
import gradpad.kernel.syntax.Module;
import gradpad.kernel.syntax.Parser;
import gradpad.kernel.syntax.PySyntaxError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A notebook kernel: runs cells against one persistent namespace, like an IPython kernel, and
 * returns each cell's outputs in nbformat's shape. The same class runs on the JVM (tests, the
 * command-line runner) and in the browser (TeaVM). One kernel is active at a time: the engine's
 * grad mode and random generator are process-wide, as in PyTorch.
 */
public final class Kernel {
    /** Polls the page for a stop request; true means "raise KeyboardInterrupt now". */
    public interface InterruptPoll {
        boolean interrupted();
    }

    private final Map<String, Object> globals = new HashMap<>();
    private final Map<String, String[]> sources = new HashMap<>();
    private final Set<String> warned = new HashSet<>();
    private final Modules modules = new Modules(this);
    private final Interpreter interpreter;
    private final OutputCollector out = new OutputCollector();
    /** This kernel's {@code torch.default_generator} and grad mode, installed while it runs a cell. */
    private final Generator generator;
    private boolean gradEnabled = true;
    private InterruptPoll interruptPoll;
    private InternalErrorListener internalErrorListener;
    private volatile boolean interruptRequested;
    private int pollCountdown;
    private int executionCount;
    private String currentFile = "<cell>";
    private int currentLine;

    /**
     * @param seed the random generator's seed, or {@code null} for a fresh non-deterministic seed,
     *     as PyTorch does at process start
     */
    public Kernel(Long seed) {
        generator = seed == null ? new Generator() : new Generator(seed);
        Random.setDefaultGenerator(generator);
        GradMode.set(true);
        gradpad.engine.format.PrintOptions.reset(); // process-wide, like the generator: a new kernel starts clean
        gradpad.engine.DefaultDType.reset();
        globals.put("__name__", "__main__");
        Map<String, Object> builtins = Builtins.create(out::stdout);
        interpreter = new Interpreter(globals, builtins, new Interpreter.Host() {
            @Override
            public void stdout(String text) {
                out.stdout(text);
            }

            @Override
            public void checkInterrupt() {
                Kernel.this.checkInterrupt();
            }

            @Override
            public Object importModule(String name) {
                return modules.get(name);
            }
        });
    }

    /** Told about the Java exception behind each uncaught "gradpad internal error" SystemError. */
    public interface InternalErrorListener {
        void internalError(Throwable cause);
    }

    public void setInternalErrorListener(InternalErrorListener listener) {
        this.internalErrorListener = listener;
    }

    private void reportInternal(PyException e) {
        if (e.internalCause != null && internalErrorListener != null) {
            internalErrorListener.internalError(e.internalCause);
        }
    }

    /** Lowers Python's recursion limit where the host's stack is small (the browser's). */
    public void setRecursionLimit(int limit) {
        interpreter.setRecursionLimit(limit);
    }

    int recursionLimit() {
        return interpreter.recursionLimit();
    }

    public void setInterruptPoll(InterruptPoll poll) {
        this.interruptPoll = poll;
    }

    /** Asks a running cell to stop at its next statement (thread-safe on the JVM). */
    public void requestInterrupt() {
        interruptRequested = true;
    }

    /** For waits inside one statement (time.sleep): raises KeyboardInterrupt once Stop was pressed. */
    void pollInterrupt() {
        pollCountdown = 0;
        checkInterrupt();
    }

    private void checkInterrupt() {
        if (--pollCountdown > 0 && !interruptRequested) {
            return;
        }
        pollCountdown = 64;
        if (interruptRequested || (interruptPoll != null && interruptPoll.interrupted())) {
            interruptRequested = false;
            throw Errors.make(Types.KEYBOARD_INTERRUPT, null);
        }
    }

    public int executionCount() {
        return executionCount;
    }

    /** Runs one cell as Jupyter does: the trailing expression's value is displayed. */
    public List<Output> runCell(String source) {
        executionCount++;
        return run(source, "Cell In[" + executionCount + "]", true);
    }

    /** Runs a whole script as {@code python FILE.py} does: no display of expression values. */
    public List<Output> runScript(String source, String fileName) {
        return run(source, fileName, false);
    }

    private List<Output> run(String source, String file, boolean cell) {
        String[] lines = gradpad.kernel.runtime.Text.split(source, '\n');
        sources.put(file, lines);
        currentFile = file;
        out.reset();
        interruptRequested = false;
        Warnings.setSink(this::warn);
        Random.setDefaultGenerator(generator);
        GradMode.set(gradEnabled);
        gradpad.kernel.runtime.PyIterator.poll = this::checkInterrupt;
        Module module;
        try {
            module = Parser.parse(source);
        } catch (PySyntaxError e) {
            out.error(e.pythonType, e.msg, Tracebacks.forSyntaxError(e, file, lines, cell));
            return out.take();
        } catch (RuntimeException | StackOverflowError e) {
            if (internalErrorListener != null) {
                internalErrorListener.internalError(e);
            }
            out.error("SyntaxError", "gradpad could not parse this cell",
                    java.util.Collections.singletonList("SyntaxError: gradpad could not parse this cell"));
            return out.take();
        }
        try {
            // CPython's compiler warns without a registry: every occurrence is shown
            CompileWarnings.check(module, (category, message, line) -> warnAt(category, message, file, line, false));
        } catch (RuntimeException | StackOverflowError e) {
            // a checker problem must not stop the cell: the code itself parsed
        }
        try {
            Object value = interpreter.execModule(module, file, cell && !endsWithSemicolon(lines));
            if (cell) {
                display(value);
            }
        } catch (PyException e) {
            reportInternal(e);
            List<String> tb = cell ? Tracebacks.forCell(e, sources) : Tracebacks.forScript(e, sources);
            out.error(e.typeName(), e.message(), tb);
        } catch (RuntimeException | StackOverflowError e) {
            PyException p = Interpreter.toPythonException(e);
            reportInternal(p);
            out.error(p.typeName(), p.message(), java.util.Collections.singletonList(
                    Tracebacks.lastLine(p.typeName(), p.message())));
        } finally {
            gradEnabled = GradMode.isEnabled();
        }
        return out.take();
    }

    /** A cell's trailing value: its repr, plus a drawing for graphs and for tensors with a grad_fn. */
    private void display(Object value) {
        String shown = Display.of(value);
        if (shown == null) {
            return;
        }
        if (value instanceof GradpadModule.GraphValue) {
            out.result(shown, GraphJson.MIME, ((GradpadModule.GraphValue) value).json());
        } else if (value instanceof gradpad.engine.Tensor && ((gradpad.engine.Tensor) value).gradFn() != null) {
            gradpad.engine.Tensor t = (gradpad.engine.Tensor) value;
            AutogradGraph g = AutogradGraph.of(t, GradpadModule.namesFrom(globals)::get);
            out.result(shown, GraphJson.MIME, g.nodes.size() <= 400 ? GraphJson.of(g) : null);
        } else {
            out.result(shown, null, null);
        }
    }

    PyModule gradpadModule() {
        return GradpadModule.create(globals, graph -> out.display(Display.of(graph), GraphJson.MIME, graph.json()));
    }

    /** IPython hides the value of a last line that ends with a semicolon. */
    private static boolean endsWithSemicolon(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            String l = lines[i];
            int hash = l.indexOf('#');
            String code = (hash >= 0 ? l.substring(0, hash) : l).trim();
            if (!code.isEmpty()) {
                return code.endsWith(";");
            }
        }
        return false;
    }

    /** A Python warning: shown once per (category, message, line), as Python's default filter does. */
    void warn(String category, String message) {
        warnAt(category, message, interpreter.currentFile(), interpreter.currentLine(), true);
    }

    private void warnAt(String category, String message, String file, int line, boolean once) {
        if (once && !warned.add(category + "|" + message + "|" + line)) {
            return;
        }
        String[] lines = sources.get(file);
        String src = lines != null && line >= 1 && line <= lines.length ? lines[line - 1].trim() : "";
        out.stderr(file + ":" + line + ": " + category + ": " + message + "\n" + (src.isEmpty() ? "" : "  " + src + "\n"));
    }
}
