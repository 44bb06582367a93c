package gradpad.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build step (run by Maven after static/ is copied): shrinks the page's own scripts and styles
 * in the assembled site, so a learner downloads less. static/ keeps the commented sources.
 *
 * <p>Deliberately simple, because it rewrites code without parsing it: it drops lines that hold
 * only a comment, blank lines and indentation. That is safe for our files because none has a
 * multi-line string or template literal (a rule static/ follows; the browser tests run the shrunk
 * site, so a violation shows there). Comments after code on the same line stay.
 *
 * <p>JVM-only; never compiled by TeaVM. Usage: {@code PageAssets SITE_DIR}.
 */
public final class PageAssets {
    private PageAssets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PageAssets SITE_DIR");
        }
        Path site = Path.of(args[0]);
        for (Path p : files(site.resolve("js"), ".js")) {
            Files.writeString(p, shrink(Files.readString(p, StandardCharsets.UTF_8), false), StandardCharsets.UTF_8);
        }
        for (Path p : files(site.resolve("css"), ".css")) {
            Files.writeString(p, shrink(Files.readString(p, StandardCharsets.UTF_8), true), StandardCharsets.UTF_8);
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
    }

    /**
     * Drops comment-only lines ({@code //} lines in scripts; block comments that start a line and
     * end a line), blank lines and leading whitespace. In styles, a block comment after a rule on
     * the same line goes too (CSS has no other use for {@code /*} outside strings, and ours has
     * none inside them).
     */
    public static String shrink(String text, boolean css) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inComment = false;
        for (String line : text.split("\n", -1)) {
            String s = line.strip();
            if (inComment) {
                if (s.endsWith("*/")) {
                    inComment = false;
                } else if (s.contains("*/")) {
                    throw new IllegalArgumentException("code after a block comment on one line: " + line);
                }
                continue;
            }
            if (s.startsWith("/*")) {
                int end = s.indexOf("*/", 2);
                if (end < 0) {
                    inComment = true;
                    continue;
                }
                if (end == s.length() - 2) {
                    continue;
                }
                if (!css) {
                    out.append(s).append('\n'); // code after an inline comment: keep the line as it is
                    continue;
                }
                s = s.substring(end + 2).strip();
            }
            if (!css && s.startsWith("//")) {
                continue;
            }
            if (css) {
                int c = s.indexOf("/*");
                if (c > 0 && s.endsWith("*/")) {
                    s = s.substring(0, c).strip();
                }
            }
            if (!s.isEmpty()) {
                out.append(s).append('\n');
            }
        }
        if (inComment) {
            throw new IllegalArgumentException("unterminated block comment");
        }
        return out.toString();
    }
}
