package gradpad.kernel.runtime;

import java.util.ArrayList;
import java.util.List;

/** String splitting without java.util.regex, which would add ~100 KB to the browser build. */
public final class Text {
    private Text() {
    }

    /** Splits on every occurrence of {@code sep}, keeping empty pieces (like {@code split(sep, -1)}). */
    public static String[] split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == sep) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out.toArray(new String[0]);
    }

    /** Python's {@code str.splitlines()}: \n, \r\n and \r end lines; no empty last piece. */
    public static List<String> splitLines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }
}
