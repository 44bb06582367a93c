package gradpad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gradpad.kernel.Output;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputJsonTest {
    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\"", Json.quote("a\"b\\c\n\r\t\b\f\u0001\u001f"));
    }

    @Test
    void keepsNonAsciiTextAndEscapesLineSeparators() {
        assertEquals("\"∂loss/∂x 🙂 \\u2028\\u2029\"", Json.quote("∂loss/∂x 🙂 \u2028\u2029"));
    }

    @Test
    void nullStringIsJsonNull() {
        assertEquals("null", Json.quote(null));
    }

    @Test
    void writesNbformatOutputs() {
        List<Output> outputs = List.of(
                new Output.Stream("stdout", "tensor([1., 2.])\n"),
                new Output.ExecuteResult("3"),
                new Output.Error("ValueError", "bad \"x\"", List.of("Traceback (most recent call last):", "ValueError: bad \"x\"")));
        assertEquals("["
                + "{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":\"tensor([1., 2.])\\n\"},"
                + "{\"output_type\":\"execute_result\",\"data\":{\"text/plain\":\"3\"}},"
                + "{\"output_type\":\"error\",\"ename\":\"ValueError\",\"evalue\":\"bad \\\"x\\\"\","
                + "\"traceback\":[\"Traceback (most recent call last):\",\"ValueError: bad \\\"x\\\"\"]}"
                + "]", OutputJson.toJson(outputs));
    }

    @Test
    void emptyOutputsAreAnEmptyArray() {
        assertEquals("[]", OutputJson.toJson(List.of()));
    }
}
