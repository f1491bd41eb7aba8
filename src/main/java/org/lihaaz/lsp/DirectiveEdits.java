package org.lihaaz.lsp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lihaaz.format.Format;

/**
 * The text to insert so that a rule is suppressed, written in each format's directive syntax as its
 * reader recognises it (docs/configuration.md, "Inline suppression"): an HTML comment in Markdown and
 * HTML, a line of its own in plain text and Fountain, a {@code NOTE} block in WebVTT. SubRip has no
 * comments, so no directive can be written there.
 */
final class DirectiveEdits {
    /** Text to insert at a char index of the document. */
    record Insertion(int at, String text) {
    }

    private DirectiveEdits() {
    }

    /**
     * Suppresses {@code ruleId} for the finding that starts at {@code start}: a {@code
     * disable-next-line} directive on its own line just above the finding's line (indented like it);
     * in a Markdown table, a {@code lihaaz-disable} comment before the table and {@code lihaaz-enable}
     * after it; in WebVTT, a {@code NOTE lihaaz-disable} block before the cue and a {@code NOTE
     * lihaaz-enable} block after it.
     */
    static Optional<List<Insertion>> ignoreHere(Format format, String text, int start, String ruleId) {
        Lines lines = new Lines(text);
        int line = lines.lineOf(start);
        String nl = newline(text);
        int lineStart = lines.start(line);
        String indent = indentOf(text, lineStart, lines.contentEnd(line));
        if (format == Format.MARKDOWN && text.startsWith("|", lineStart + indent.length())) {
            // A line put between a table's rows would end the table (or become a row of it): the
            // table is wrapped in a disable/enable pair instead, the enable after a blank line.
            int[] block = paragraph(lines, line);
            return Optional.of(List.of(
                    new Insertion(lines.start(block[0]), "<!-- lihaaz-disable " + ruleId + " -->" + nl),
                    new Insertion(lines.contentEnd(block[1]), nl + nl + "<!-- lihaaz-enable " + ruleId + " -->")));
        }
        return switch (format) {
            case MARKDOWN, HTML -> Optional.of(List.of(new Insertion(lineStart,
                    indent + "<!-- lihaaz-disable-next-line " + ruleId + " -->" + nl)));
            case TEXT, FOUNTAIN -> Optional.of(List.of(new Insertion(lineStart,
                    indent + "lihaaz-disable-next-line " + ruleId + nl)));
            case WEBVTT -> {
                int[] cue = paragraph(lines, line);
                yield Optional.of(List.of(
                        new Insertion(lines.start(cue[0]), "NOTE lihaaz-disable " + ruleId + nl + nl),
                        new Insertion(lines.contentEnd(cue[1]), nl + nl + "NOTE lihaaz-enable " + ruleId)));
            }
            default -> Optional.empty();
        };
    }

    /**
     * Suppresses {@code ruleId} in the whole file: a {@code lihaaz-disable} directive at its top
     * (after Markdown front matter, an HTML doctype, the WebVTT header).
     */
    static Optional<Insertion> disableInFile(Format format, String text, String ruleId) {
        Lines lines = new Lines(text);
        String nl = newline(text);
        return switch (format) {
            case MARKDOWN -> Optional.of(new Insertion(afterFrontMatter(lines),
                    "<!-- lihaaz-disable " + ruleId + " -->" + nl));
            case HTML -> Optional.of(new Insertion(
                    lineText(lines, 0).strip().toLowerCase(Locale.ROOT).startsWith("<!doctype") ? lineAfter(lines, 0) : 0,
                    "<!-- lihaaz-disable " + ruleId + " -->" + nl));
            case TEXT, FOUNTAIN -> Optional.of(new Insertion(0, "lihaaz-disable " + ruleId + nl));
            case WEBVTT -> {
                int header = 0;
                while (header + 1 < lines.count() && !blank(lines, header + 1)) {
                    header++;
                }
                yield Optional.of(new Insertion(lines.contentEnd(header), nl + nl + "NOTE lihaaz-disable " + ruleId));
            }
            default -> Optional.empty();
        };
    }

    /** The first and last line of the run of non-blank lines holding {@code line} (a cue, a table). */
    private static int[] paragraph(Lines lines, int line) {
        int first = line;
        while (first > 0 && !blank(lines, first - 1)) {
            first--;
        }
        int last = line;
        while (last + 1 < lines.count() && !blank(lines, last + 1)) {
            last++;
        }
        return new int[] {first, last};
    }

    /** Where the text after a leading {@code ---} front-matter block starts, or 0. */
    private static int afterFrontMatter(Lines lines) {
        if (!lineText(lines, 0).strip().equals("---")) {
            return 0;
        }
        for (int l = 1; l < lines.count(); l++) {
            String s = lineText(lines, l).strip();
            if (s.equals("---") || s.equals("...")) {
                return lineAfter(lines, l);
            }
        }
        return 0;
    }

    private static int lineAfter(Lines lines, int line) {
        return line + 1 < lines.count() ? lines.start(line + 1) : lines.text().length();
    }

    private static String lineText(Lines lines, int line) {
        return lines.text().substring(lines.start(line), lines.contentEnd(line));
    }

    private static boolean blank(Lines lines, int line) {
        return lineText(lines, line).isBlank();
    }

    private static String indentOf(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(from, i);
    }

    private static String newline(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
