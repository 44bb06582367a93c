package gradpad.web;

import gradpad.kernel.Output;
import java.util.List;

/** Serializes a cell's outputs as an nbformat 4 {@code outputs} array. */
public final class OutputJson {
    private OutputJson() {
    }

    public static String toJson(List<Output> outputs) {
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        boolean first = true;
        for (Output o : outputs) {
            if (o == null) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            append(sb, o);
        }
        sb.append(']');
        return sb.toString();
    }

    /** One error output, for failures outside the kernel's own Python error handling. */
    public static String errorJson(String ename, String evalue) {
        StringBuilder sb = new StringBuilder();
        sb.append("[{\"output_type\":\"error\",\"ename\":");
        Json.appendString(sb, ename);
        sb.append(",\"evalue\":");
        Json.appendString(sb, evalue);
        sb.append(",\"traceback\":[");
        Json.appendString(sb, evalue.isEmpty() ? ename : ename + ": " + evalue);
        sb.append("]}]");
        return sb.toString();
    }

    /** A JSON mime type's value is embedded as JSON, as nbformat stores {@code application/*+json}. */
    private static void appendMime(StringBuilder sb, String mime, String json) {
        if (mime != null && json != null) {
            sb.append(',');
            Json.appendString(sb, mime);
            sb.append(':').append(json);
        }
    }

    private static void append(StringBuilder sb, Output o) {
        if (o instanceof Output.Stream) {
            Output.Stream s = (Output.Stream) o;
            sb.append("{\"output_type\":\"stream\",\"name\":");
            Json.appendString(sb, s.name);
            sb.append(",\"text\":");
            Json.appendString(sb, s.text);
            sb.append('}');
        } else if (o instanceof Output.ExecuteResult) {
            Output.ExecuteResult r = (Output.ExecuteResult) o;
            sb.append("{\"output_type\":\"execute_result\",\"data\":{\"text/plain\":");
            Json.appendString(sb, r.text);
            appendMime(sb, r.mime, r.json);
            sb.append("}}");
        } else if (o instanceof Output.DisplayData) {
            Output.DisplayData d = (Output.DisplayData) o;
            sb.append("{\"output_type\":\"display_data\",\"data\":{\"text/plain\":");
            Json.appendString(sb, d.text);
            appendMime(sb, d.mime, d.json);
            sb.append("},\"metadata\":{}}");
        } else if (o instanceof Output.Error) {
            Output.Error e = (Output.Error) o;
            sb.append("{\"output_type\":\"error\",\"ename\":");
            Json.appendString(sb, e.ename);
            sb.append(",\"evalue\":");
            Json.appendString(sb, e.evalue);
            sb.append(",\"traceback\":[");
            if (e.traceback != null) {
                for (int i = 0; i < e.traceback.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    Json.appendString(sb, e.traceback.get(i));
                }
            }
            sb.append("]}");
        }
    }
}
