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
    /** Chars read on either side of a match for its context line: a few times what is shown. */
    static final int SCAN = 4 * CONTEXT_WIDTH;

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

    /**
     * The context line of a finding and the line that points at its match, as check and review show
     * them: carets under the match; for a line with right-to-left letters, the line isolated (on a
     * terminal) and the match printed on its own, because terminals that reorder right-to-left text
     * would move the match away from any caret drawn, and ones that do not show it backwards.
     *
     * @param terminal whether the output is a terminal (direction isolates only there)
     * @return null when the finding has no line to show
     */
    public static String[] shownContext(SourceText source, Finding f, int room, boolean terminal) {
        String[] lines = contextLines(source, f, room);
        if (lines == null) {
            return null;
        }
        if (Bidi.hasRightToLeft(lines[0])) {
            String match = TerminalSafe.line(f.match());
            return new String[] {terminal ? Bidi.isolate(lines[0]) : lines[0],
                    "\u25B6 " + (terminal ? Bidi.isolate(match) : match) + " (" + lines[2] + ")"};
        }
        return new String[] {lines[0], lines[1]};
    }

    /** {@code s} with any right-to-left run isolated, for a terminal. */
    public static String isolated(String s) {
        return Bidi.isolate(s);
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
            out.write(style(TerminalSafe.path(file.path()), "1;4") + "\n");
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
        List<String> message = wrap(TerminalSafe.line(f.message()) + (f.quoted() ? " (in a quotation)" : "") + "  " + f.ruleId(),
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
            String[] lines = shownContext(source, f, room, width > 0);
            if (lines != null) {
                out.write(indent + lines[0] + "\n");
                out.write(indent + style(lines[1], levelColor(f.level())) + "\n");
            }
        }
        if (!f.suggestions().isEmpty()) {
            List<String> shown = new ArrayList<>(f.suggestions().size());
            f.suggestions().forEach(s -> shown.add(isolate(TerminalSafe.line(s))));
            out.write(indent + style("\u2192 " + String.join(", ", shown), "32") + "\n");
        }
        if (!f.advice().isEmpty()) {
            out.write(indent + style("\u2139 " + isolate(f.advice()), "36") + "\n");
        }
    }

    /**
     * The source line around the match, cut to fit, a caret line under the match, and where the match
     * is in words (for lines whose carets would mislead). Reads at most {@link #SCAN} chars on either
     * side of the match, so a report costs the same per finding on a line of 100 or of 10 million
     * chars: the whole report stays linear in its size.
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
        Excerpt ex = f.excerpt();
        String text;
        int base;
        int lineStart;
        if (ex != null) {
            text = ex.text();
            base = ex.start();
            lineStart = ex.lineStart();
        } else if (source != null) {
            // Not Excerpt.of: that copies the whole line, once per finding.
            text = source.text();
            base = 0;
            lineStart = source.lineStart(source.lineIndexOf(f.sourceStart()));
        } else {
            return null;
        }
        int matchStart = f.sourceStart();
        int lineEnd = firstLineEnd(text, base, f.sourceStart(), f.sourceEnd() + SCAN);
        int matchEnd = Math.min(f.sourceEnd(), lineEnd);
        if (matchEnd <= matchStart) {
            return null;
        }
        // Keep the match in view: trim the line on either side, marking what was cut.
        int beforeFrom = Math.max(lineStart, matchStart - SCAN);
        String before = TerminalSafe.line(slice(text, base, beforeFrom, matchStart));
        String match = TerminalSafe.line(slice(text, base, matchStart, matchEnd));
        String after = TerminalSafe.line(slice(text, base, matchEnd, lineEnd));
        boolean lineGoesOn = lineEnd == f.sourceEnd() + SCAN && lineEnd < base + text.length()
                && !isBreak(text.charAt(lineEnd - base));
        int room = Math.max(10, budget - TextWidth.of(match));
        String prefix = beforeFrom > lineStart ? "\u2026" : "";
        boolean fits = TextWidth.of(before) + TextWidth.of(after) <= room && prefix.isEmpty() && !lineGoesOn;
        if (!fits && TextWidth.of(before) > room / 2) {
            before = tail(before, room / 2 - 1);
            prefix = "\u2026";
        }
        String suffix = lineGoesOn ? "\u2026" : "";
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

    /** Where the match's first line ends (before its line break), looking no further than {@code limit}. */
    private static int firstLineEnd(String text, int base, int from, int limit) {
        int end = Math.min(base + text.length(), limit);
        int i = Math.max(from, base);
        while (i < end && !isBreak(text.charAt(i - base))) {
            i++;
        }
        return i;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** The source between two indices, clipped to what {@code text} (starting at {@code base}) holds. */
    private static String slice(String text, int base, int from, int to) {
        int a = Math.max(from, base) - base;
        int b = Math.min(to, base + text.length()) - base;
        return a >= b ? "" : text.substring(a, b);
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
        // A file that could not be read was not checked: "no findings" would be a claim about text never seen.
        int unread = (int) report.files().stream().filter(f -> f.hasError() && f.findings().isEmpty()).count();
        String unreadNote = style("\u2716 " + plural(unread, "file") + " could not be read", "31;1");
        if (findings == 0 && unread == files && unread > 0) {
            out.write(unreadNote + "; nothing checked (" + seconds + ")\n");
            return;
        }
        if (findings == 0) {
            out.write(style("\u2714 No findings", "32;1") + " in " + plural(files - unread, "file")
                    + (unread > 0 ? " checked; " + unreadNote : "") + " (" + seconds + ")\n");
            return;
        }
        List<String> levels = new ArrayList<>();
        for (Map.Entry<Level, Integer> e : report.byLevel().entrySet()) {
            levels.add(plural(e.getValue(), e.getKey().id()));
        }
        List<String> categories = new ArrayList<>();
        for (Map.Entry<String, Integer> e : report.byCategory().entrySet()) {
            categories.add(TerminalSafe.line(e.getKey()) + " " + e.getValue());
        }
        out.write(style("\u2716 " + plural(findings, "finding"), "1") + " (" + String.join(", ", levels) + ") in "
                + withFindings + " of " + plural(files - unread, "file") + " checked"
                + (unread > 0 ? "; " + unreadNote : "") + " (" + seconds + ")\n");
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
