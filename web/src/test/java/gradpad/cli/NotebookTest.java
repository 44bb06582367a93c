package gradpad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookTest {
    @Test
    void readsCodeCellsInOrderAndSkipsMarkdown() {
        String ipynb = "{\"cells\":["
                + "{\"cell_type\":\"code\",\"metadata\":{},\"outputs\":[],\"execution_count\":1,"
                + "\"source\":[\"import torch\\n\",\"x = torch.randn(3)\"]},"
                + "{\"cell_type\":\"markdown\",\"metadata\":{},\"source\":\"# Title\"},"
                + "{\"cell_type\":\"code\",\"metadata\":{},\"outputs\":[],\"execution_count\":null,"
                + "\"source\":\"print(\\\"\\u00e9\\\\n\\\")\"}"
                + "],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":5}";
        assertEquals(List.of("import torch\nx = torch.randn(3)", "print(\"é\\n\")"), Notebook.codeCells(ipynb));
    }

    @Test
    void rejectsMalformedJsonWithItsOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Notebook.codeCells("{\"cells\": [}"));
        assertEquals("unexpected character '}' at offset 11", e.getMessage());
    }

    @Test
    void rejectsNotebooksWithoutCells() {
        assertThrows(IllegalArgumentException.class, () -> Notebook.codeCells("{\"worksheets\": []}"));
    }
}
