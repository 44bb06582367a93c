package gradpad.kernel.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python exception in flight. Carries the Python exception object and the traceback entries
 * added as it leaves each frame. No Java stack trace: it is never shown, and filling it is slow.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;
    public final List<TraceEntry> trace = new ArrayList<>();
    /** The frame that last added a traceback entry, so each frame adds one (its innermost line). */
    public Object tracedFrame;
    /** For gradpad's own SystemError: the Java exception behind it (never shown to Python code). */
    public Throwable internalCause;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** One traceback line: where the exception passed. */
    public static final class TraceEntry {
        public final String file;
        public final int line;
        public final String function;

        public TraceEntry(String file, int line, String function) {
            this.file = file;
            this.line = line;
            this.function = function;
        }
    }

    public String typeName() {
        return value.cls().name();
    }

    /** {@code str(e)}. */
    public String message() {
        try {
            return Runtime.str(value);
        } catch (RuntimeException | StackOverflowError e) {
            return "<exception str() failed>";
        }
    }

    @Override
    public String getMessage() {
        return typeName() + ": " + message();
    }
}
