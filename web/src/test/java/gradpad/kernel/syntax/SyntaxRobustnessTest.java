package gradpad.kernel.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Garbage in, PySyntaxError out: random token soup, truncated and shuffled corpus snippets and
 * absurd nesting must never escape as a Java exception (NullPointerException, index errors,
 * StackOverflowError, ...), since in the Wasm build those become traps.
 */
class SyntaxRobustnessTest {
    private static final String[] VOCAB = {
        "x", "y", "torch", "self", "_", "match", "print", "def", "class", "if", "elif", "else", "for", "while",
        "in", "not", "is", "and", "or", "lambda", "return", "yield", "from", "import", "as", "with", "try",
        "except", "finally", "raise", "del", "pass", "break", "continue", "global", "nonlocal", "assert",
        "None", "True", "False", "await", "async", "0", "1", "1.5", "1e3", "0x1F", "0o7", "0b1", "1_0", "1j",
        "08", "1__0", "0x", "1.e", "'s'", "\"d\"", "'''t'''", "f'{x}'", "f'{x!r:>{w}}'", "f\"{\"", "f'}'",
        "r'\\d'", "b'b'", "'\\x4'", "'unterminated", "\"\"\"open", "(", ")", "[", "]", "{", "}", ",", ":", ";",
        ".", "...", "=", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "**", "/", "//", "%", "@", "|", "&",
        "^", "~", "<<", ">>", "+=", "-=", "*=", "**=", "->", ":=", "!", "$", "?", "`", "\\", "#c", "\n", "\n",
        "\n", "\n    ", "\n  ", "\n\t", "\n        ", " ", "\u00e9", "\u00d7", "\u00a0", "\ud83d\ude00", "\r\n",
        "\f", "\u0000",
    };

    private static void parseSafely(String src) {
        try {
            Parser.parse(src);
        } catch (PySyntaxError e) {
            if (e.line < 0 || e.msg == null || e.msg.isEmpty() || e.pythonType == null) {
                fail("malformed error " + e.describe() + " for " + show(src));
            }
        } catch (Throwable t) {
            AssertionError err = new AssertionError("Java exception for " + show(src), t);
            throw err;
        }
        try {
            Parser.parseExpression(src);
        } catch (PySyntaxError e) {
            // expected for most inputs
        } catch (Throwable t) {
            throw new AssertionError("Java exception (expression) for " + show(src), t);
        }
    }

    private static String show(String s) {
        return SyntaxCorpusTestSupport.quoted(s.length() > 300 ? s.substring(0, 300) + "..." : s);
    }

    @Test
    void randomTokenSoup() {
        Random r = new Random(20240611L);
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(30);
            for (int k = 0; k < n; k++) {
                sb.append(VOCAB[r.nextInt(VOCAB.length)]);
                if (r.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            parseSafely(sb.toString());
        }
    }

    @Test
    void randomCharacters() {
        Random r = new Random(7L);
        String chars = "abcxyz019_()[]{}'\"\\#:;,.=+-*/%@<>!&|^~ \t\n\r\fjeEoObBxXfFrRuU$?`\u00e9";
        for (int i = 0; i < 20000; i++) {
            int n = 1 + r.nextInt(40);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                sb.append(chars.charAt(r.nextInt(chars.length())));
            }
            parseSafely(sb.toString());
        }
    }

    @Test
    void truncatedAndShuffledCorpus() throws IOException {
        Random r = new Random(42L);
        List<SyntaxCorpusTest.Case> cases = SyntaxCorpusTest.cases();
        assertTrue(cases.size() > 100);
        for (SyntaxCorpusTest.Case c : cases) {
            String src = c.src;
            int step = Math.max(1, src.length() / 60);
            for (int cut = 0; cut < src.length(); cut += step) {
                parseSafely(src.substring(0, cut));
                parseSafely(src.substring(cut));
            }
            List<String> lines = new ArrayList<>(Arrays.asList(src.split("\n", -1)));
            for (int k = 0; k < 5; k++) {
                List<String> l = new ArrayList<>(lines);
                Collections.shuffle(l, r);
                parseSafely(String.join("\n", l));
                if (!l.isEmpty()) {
                    l.remove(r.nextInt(l.size()));
                    parseSafely(String.join("\n", l));
                }
                StringBuilder sb = new StringBuilder(src);
                sb.insert(r.nextInt(src.length() + 1), VOCAB[r.nextInt(VOCAB.length)]);
                parseSafely(sb.toString());
            }
        }
    }

    private static String repeat(String s, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(s);
        }
        return sb.toString();
    }

    @Test
    void absurdNestingIsASyntaxErrorNotAStackOverflow() {
        for (int n : new int[] {10, 150, 199, 200, 201, 249, 251, 999, 5000, 50000}) {
            parseSafely(repeat("(", n) + "1" + repeat(")", n));
            parseSafely(repeat("[", n) + repeat("]", n));
            parseSafely(repeat("{", n) + repeat("}", n));
            parseSafely(repeat("f(", n) + repeat(")", n));
            parseSafely("x" + repeat("[0", n) + repeat("]", n));
            parseSafely(repeat("-", n) + "1");
            parseSafely(repeat("not ", n) + "x");
            parseSafely(repeat("2**", n) + "2");
            parseSafely(repeat("lambda:", n) + "1");
            parseSafely(repeat("1 if 1 else ", n) + "1");
            parseSafely(repeat("a.", n) + "b");
            parseSafely(repeat("a + ", n) + "b");
            parseSafely("x = " + repeat("(", n));
            parseSafely(repeat("@d\n", n) + "def f(): pass");
        }
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            deep.append(repeat(" ", i)).append("if x:\n");
        }
        deep.append(repeat(" ", 150)).append("pass\n");
        parseSafely(deep.toString());
        for (int n : new int[] {2, 3, 5, 50}) {
            String f = "x";
            for (int i = 0; i < n; i++) {
                f = "f'{" + f + "}'";
            }
            parseSafely(f);
            parseSafely("f'{x:" + repeat("{y:", n) + repeat("}", n) + "}'");
        }
    }
}
