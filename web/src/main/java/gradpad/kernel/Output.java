package gradpad.kernel;

import java.util.List;

/**
 * One piece of a cell's output, shaped like a Jupyter (nbformat 4) output so the page can render
 * it and export it into an .ipynb unchanged.
 */
public abstract class Output {
    private Output() {
    }

    /** Text written by {@code print} (name "stdout") or a warning (name "stderr"). */
    public static final class Stream extends Output {
        public final String name;
        public final String text;

        public Stream(String name, String text) {
            this.name = name;
            this.text = text;
        }
    }

    /** The value of the cell's trailing expression, as IPython displays it. */
    public static final class ExecuteResult extends Output {
        public final String text;
        /** A richer representation (mime type and its JSON), or null: a tensor's autograd graph. */
        public final String mime;
        public final String json;

        public ExecuteResult(String text) {
            this(text, null, null);
        }

        public ExecuteResult(String text, String mime, String json) {
            this.text = text;
            this.mime = mime;
            this.json = json;
        }
    }

    /** Output shown by a call such as {@code gradpad.draw(t)}: plain text plus a JSON mime bundle. */
    public static final class DisplayData extends Output {
        public final String text;
        public final String mime;
        public final String json;

        public DisplayData(String text, String mime, String json) {
            this.text = text;
            this.mime = mime;
            this.json = json;
        }
    }

    /** An uncaught Python exception: {@code ename: evalue}, with a short Python-style traceback. */
    public static final class Error extends Output {
        public final String ename;
        public final String evalue;
        public final List<String> traceback;

        public Error(String ename, String evalue, List<String> traceback) {
            this.ename = ename;
            this.evalue = evalue;
            this.traceback = traceback;
        }
    }
}
