package gradpad.kernel;

import java.util.ArrayList;
import java.util.List;

/** Gathers a cell's outputs in order, merging consecutive writes to the same stream. */
final class OutputCollector {
    private List<Output> outputs = new ArrayList<>();
    private StringBuilder pending = new StringBuilder();
    private String pendingName;

    void reset() {
        outputs = new ArrayList<>();
        pending = new StringBuilder();
        pendingName = null;
    }

    void stdout(String text) {
        stream("stdout", text);
    }

    void stderr(String text) {
        stream("stderr", text);
    }

    private void stream(String name, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (pendingName != null && !pendingName.equals(name)) {
            flush();
        }
        pendingName = name;
        pending.append(text);
    }

    private void flush() {
        if (pendingName != null && pending.length() > 0) {
            outputs.add(new Output.Stream(pendingName, pending.toString()));
        }
        pending = new StringBuilder();
        pendingName = null;
    }

    void result(String text, String mime, String json) {
        flush();
        outputs.add(new Output.ExecuteResult(text, mime, json));
    }

    void display(String text, String mime, String json) {
        flush();
        outputs.add(new Output.DisplayData(text, mime, json));
    }

    void error(String ename, String evalue, List<String> traceback) {
        flush();
        outputs.add(new Output.Error(ename, evalue, traceback));
    }

    List<Output> take() {
        flush();
        List<Output> r = outputs;
        outputs = new ArrayList<>();
        return r;
    }
}
