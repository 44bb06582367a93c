package gradpad.kernel;

import gradpad.engine.Tensor;
import gradpad.kernel.runtime.PyNone;
import gradpad.kernel.runtime.Runtime;

/**
 * How IPython shows a cell's trailing value: {@code repr}, except that objects with the default
 * repr drop the word "object" ({@code <MulBackward0 at 0x...>}), and None shows nothing.
 */
final class Display {
    private Display() {
    }

    /** The text to display, or null for nothing. */
    static String of(Object value) {
        if (value == null || value == PyNone.NONE) {
            return null;
        }
        String r = Runtime.repr(value);
        if (value instanceof Tensor || value instanceof String) {
            return r;
        }
        if (r.startsWith("<") && r.endsWith(">")) {
            int at = r.lastIndexOf(" object at 0x");
            if (at > 0 && r.indexOf(' ') == at) {
                return r.substring(0, at) + r.substring(at + 7);
            }
        }
        return r;
    }
}
