package gradpad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageAssetsTest {
    @Test
    void dropsCommentLinesBlankLinesAndIndentationFromScripts() {
        String js = "/*\n * header\n */\nvar a = (function () {\n  'use strict';\n\n  // note\n"
                + "  var url = 'http://x'; // kept: after code\n  /* one line */\n  /* inline */ f();\n  return 1;\n})();\n";
        assertEquals("var a = (function () {\n'use strict';\nvar url = 'http://x'; // kept: after code\n"
                + "/* inline */ f();\nreturn 1;\n})();\n", PageAssets.shrink(js, false));
    }

    @Test
    void dropsCommentsFromStyles() {
        String css = "/* top */\n:root {\n  --a: 1px; /* why */\n}\n/* a\n   b */\n.x { color: red; }\n";
        assertEquals(":root {\n--a: 1px;\n}\n.x { color: red; }\n", PageAssets.shrink(css, true));
    }

    @Test
    void refusesWhatItCannotShrinkSafely() {
        assertThrows(IllegalArgumentException.class, () -> PageAssets.shrink("/* open\nvar a;\n", false));
        assertThrows(IllegalArgumentException.class, () -> PageAssets.shrink("/* a\n b */ var a;\n", false));
    }
}
