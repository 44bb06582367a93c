package gradpad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradpad.kernel.Output;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputPrinterTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final OutputPrinter printer = new OutputPrinter(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void stdoutAndWarningsGoToTheirStreams() {
        boolean failed = printer.print(List.of(
                new Output.Stream("stdout", "tensor([1.])\n"),
                new Output.Stream("stderr", "UserWarning: careful\n"),
                new Output.ExecuteResult("2")));
        assertFalse(failed);
        assertEquals("tensor([1.])\n2\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("UserWarning: careful\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anErrorIsAPythonTracebackEndingInTypeAndMessage() {
        boolean failed = printer.print(List.of(new Output.Error("ZeroDivisionError", "division by zero",
                List.of("Traceback (most recent call last):", "  File \"t.py\", line 1, in <module>", "    1/0"))));
        assertTrue(failed);
        assertEquals("Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\n    1/0\n"
                + "ZeroDivisionError: division by zero\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTracebackThatAlreadyEndsInTheMessageIsNotRepeated() {
        printer.print(List.of(new Output.Error("KeyError", "'a'",
                List.of("Traceback (most recent call last):", "KeyError: 'a'"))));
        assertEquals("Traceback (most recent call last):\nKeyError: 'a'\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyTracebackStillGetsTheHeaderAndAnEmptyMessageOnlyTheType() {
        printer.print(List.of(new Output.Error("StopIteration", "", List.of())));
        assertEquals("Traceback (most recent call last):\nStopIteration\n", err.toString(StandardCharsets.UTF_8));
    }
}
