package org.lihaaz.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lihaaz.finding.Excerpt;
import org.lihaaz.finding.Finding;
import org.lihaaz.rule.Level;
import org.lihaaz.source.SourceText;

/**
 * The terminal report for people: findings grouped by file, each with its line, the match underlined
 * and the suggestions, then a summary. Colour only when asked for (the CLI decides: a terminal, and
 * NO_COLOR unset).
 */
public final class HumanReporter implements Reporter {
    private static final int CONTEXT_WIDTH = 96;

    private final boolean color;
    private final boolean summary;
    private final int width;

    public HumanReporter(boolean color, boolean summary) {
        this(color, summary, 0);
    }

    /**
     * @param width the terminal's width in cells, to wrap headers and cut context lines to; 0 when
     *              the report does not go to a terminal: no wrapping, and no direction isolates, which
     *              only a terminal's bidi display needs and which would end up in grep and diffs
     */
    public HumanReporter(boolean color, boolean summary, int width) {
        this.color = color;
        this.summary = summary;
        this.width = width;
    }

    /** Right-to-left text isolated on a terminal only. */
    private String isolate(String s) {
        return width > 0 ? Bidi.isolate(s) : s;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (FileReport file : report.files()) {
            if (file.findings().isEmpty()) {
                continue;
            }
            out.write(style(file.path(), "1;4") + "\n");
            int posWidth = 0;
            for (Finding f : file.findings()) {
                posWidth = Math.max(posWidth, position(f).length());
            }
            for (Finding f : file.findings()) {
                writeFinding(out, file.source(), f, posWidth);
            }
            out.write("\n");
        }
        if (summary) {
            writeSummary(out, report);
        }
        out.flush();
    }

    private void writeFinding(Writer out, SourceText source, Finding f, int posWidth) throws IOException {
        String pos = position(f);
        String level = f.level().id();
        String head = "  " + pad(pos, posWidth) + "  " + pad(level, 11);
        List<String> message = wrap(f.message() + (f.quoted() ? " (in a quotation)" : "") + "  " + f.ruleId(),
                width - TextWidth.of(head));
        for (int i = 0; i < message.size(); i++) {
            String part = message.get(i);
            String text;
            if (i < message.size() - 1) {
                text = isolate(part);
            } else if (part.equals(f.ruleId())) {
                text = style(part, "2");
            } else {
                // The rule id ends the last line: the message part is isolated, the id dimmed.
                String words = part.substring(0, part.length() - f.ruleId().length()).stripTrailing();
                text = isolate(words) + "  " + style(f.ruleId(), "2");
            }
            String lead = i == 0 ? "  " + style(pad(pos, posWidth), "2") + "  " + style(pad(level, 11), levelColor(f.level()))
                    : " ".repeat(TextWidth.of(head));
            out.write(lead + text + "\n");
        }
        String indent = "  " + " ".repeat(posWidth) + "  ";
        if (source != null || f.excerpt() != null) {
            int room = width > 0 ? Math.max(20, Math.min(CONTEXT_WIDTH, width - TextWidth.of(indent) - 1)) : CONTEXT_WIDTH;
            String[] lines = contextLines(source, f, room);
            if (lines != null && Bidi.hasRightToLeft(lines[0])) {
                // Terminals that reorder right-to-left text would move the match away from any caret we
                // drew, and ones that do not would show the letters backwards; so the line is isolated
                // and the match printed on its own instead of underlined.
                out.write(indent + isolate(lines[0]) + "\n");
                out.write(indent + style("\u25B6 " + isolate(clean(f.match())) + " (" + lines[2] + ")",
                        levelColor(f.level())) + "\n");
            } else if (lines != null) {
                out.write(indent + lines[0] + "\n");
                out.write(indent + style(lines[1], levelColor(f.level())) + "\n");
            }
        }
        if (!f.suggestions().isEmpty()) {
            List<String> shown = new ArrayList<>(f.suggestions().size());
            f.suggestions().forEach(s -> shown.add(isolate(s)));
            out.write(indent + style("\u2192 " + String.join(", ", shown), "32") + "\n");
        }
        if (!f.advice().isEmpty()) {
            out.write(indent + style("\u2139 " + isolate(f.advice()), "36") + "\n");
        }
    }

    /**
     * The source line around the match, cut to fit, a caret line under the match, and where the match
     * is in words (for lines whose carets would mislead).
     */
    public static String[] contextLines(SourceText source, Finding f) {
        return contextLines(source, f, CONTEXT_WIDTH);
    }

    /**
     * Words of {@code text} in lines of at most {@code room} cells (display width); a word longer than
     * a line gets a line of its own. No wrapping when {@code room} is 0 or less (not a terminal).
     */
    static List<String> wrap(String text, int room) {
        if (room <= 0 || TextWidth.of(text) <= room) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && TextWidth.of(candidate.stripTrailing()) > room) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** As {@link #contextLines(SourceText, Finding)}, the line cut to {@code budget} cells. */
    public static String[] contextLines(SourceText source, Finding f, int budget) {
        Excerpt ex = f.excerpt() != null ? f.excerpt() : source == null ? null : Excerpt.of(source, f.sourceStart(), f.sourceEnd());
        if (ex == null) {
            return null;
        }
        int lineStart = ex.lineStart();
        int lineEnd = firstLineEnd(ex, f.sourceStart());
        int matchStart = f.sourceStart();
        int matchEnd = Math.min(f.sourceEnd(), lineEnd);
        if (matchEnd <= matchStart) {
            return null;
        }
        // Keep the match in view: trim the line on either side, marking what was cut.
        String before = clean(ex.slice(lineStart, matchStart));
        String match = clean(ex.slice(matchStart, matchEnd));
        String after = clean(ex.slice(matchEnd, lineEnd));
        int room = Math.max(10, budget - TextWidth.of(match));
        String prefix = "";
        boolean fits = TextWidth.of(before) + TextWidth.of(after) <= room;
        if (!fits && TextWidth.of(before) > room / 2) {
            before = tail(before, room / 2 - 1);
            prefix = "\u2026";
        }
        String suffix = "";
        int left = room - TextWidth.of(prefix + before);
        if (TextWidth.of(after) > left) {
            after = head(after, Math.max(0, left - 1));
            suffix = "\u2026";
        }
        String line = prefix + before + match + after + suffix;
        String carets = " ".repeat(TextWidth.of(prefix + before)) + "^".repeat(Math.max(1, TextWidth.of(match)));
        String where = "column " + f.start().column() + ", " + f.length() + (f.length() == 1 ? " letter" : " letters");
        return new String[] {line, carets, where};
    }

    /** Where the match's first line ends (before its line break). */
    private static int firstLineEnd(Excerpt ex, int from) {
        int i = from;
        while (i < ex.end()) {
            char c = ex.text().charAt(i - ex.start());
            if (c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\t' ? ' ' : Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString();
    }

    private static String tail(String s, int width) {
        int w = 0;
        int i = s.length();
        while (i > 0) {
            int cp = Character.codePointBefore(s, i);
            int cw = TextWidth.of(cp);
            if (w + cw > width) {
                break;
            }
            w += cw;
            i -= Character.charCount(cp);
        }
        return s.substring(i);
    }

    private static String head(String s, int width) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = Character.codePointAt(s, i);
            int cw = TextWidth.of(cp);
            if (w + cw > width) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    private void writeSummary(Writer out, Report report) throws IOException {
        int findings = report.findingCount();
        int files = report.files().size();
        int withFindings = (int) report.files().stream().filter(f -> !f.findings().isEmpty()).count();
        String seconds = String.format(Locale.ROOT, "%.2f s", report.elapsedNanos() / 1e9);
        if (findings == 0) {
            out.write(style("\u2714 No findings", "32;1") + " in " + plural(files, "file") + " (" + seconds + ")\n");
            return;
        }
        List<String> levels = new ArrayList<>();
        for (Map.Entry<Level, Integer> e : report.byLevel().entrySet()) {
            levels.add(plural(e.getValue(), e.getKey().id()));
        }
        List<String> categories = new ArrayList<>();
        for (Map.Entry<String, Integer> e : report.byCategory().entrySet()) {
            categories.add(e.getKey() + " " + e.getValue());
        }
        out.write(style("\u2716 " + plural(findings, "finding"), "1") + " (" + String.join(", ", levels) + ") in "
                + withFindings + " of " + plural(files, "file") + " checked (" + seconds + ")\n");
        out.write("  by category: " + String.join(", ", categories) + "\n");
    }

    /** Line and column, and the anchor's label (a subtitle cue's start time) where the format has one. */
    private static String position(Finding f) {
        String pos = f.start().line() + ":" + f.start().column();
        return f.anchor() != null && f.anchor().anchor().label() != null ? pos + " " + f.anchor().anchor().label() : pos;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String plural(int n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }

    private static String levelColor(Level level) {
        return switch (level) {
            case ERROR -> "31;1";
            case WARNING -> "33;1";
            case SUGGESTION -> "36";
        };
    }

    private String style(String s, String sgr) {
        return color ? "\u001B[" + sgr + "m" + s + "\u001B[0m" : s;
    }
}
