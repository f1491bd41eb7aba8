package org.lihaaz.finding;

import org.lihaaz.source.SourceText;

/**
 * The source text around a finding: its line, and some text on either side. Reporters show context
 * and work out fingerprints from it, so a report holds a few hundred characters per finding instead of
 * every file it covers. Indices are char indices of the whole source, as in {@link Finding}.
 *
 * @param text      a window of the source
 * @param start     where the window starts in the source
 * @param lineStart where the match's first line starts
 * @param lineEnd   where the match's last line's content ends (before its line break)
 */
public record Excerpt(String text, int start, int lineStart, int lineEnd) {
    /** Characters kept beyond the match's lines on either side: enough for a few words of context. */
    static final int MARGIN = 200;

    public static Excerpt of(SourceText source, int matchStart, int matchEnd) {
        return of(source, matchStart, matchEnd, null);
    }

    /**
     * The excerpt for a match, sharing {@code previous}'s text when the window is the same: findings
     * on one long line (a 50 MB single-line file) then hold one copy of it between them, not one each.
     */
    public static Excerpt of(SourceText source, int matchStart, int matchEnd, Excerpt previous) {
        int lineStart = source.lineStart(source.lineIndexOf(matchStart));
        int lineEnd = source.lineContentEnd(source.lineIndexOf(Math.max(matchStart, matchEnd - 1)));
        int from = Math.max(0, Math.min(lineStart, matchStart - MARGIN));
        int to = Math.min(source.length(), Math.max(lineEnd, matchEnd + MARGIN));
        String window = previous != null && previous.start == from && previous.end() == to ? previous.text
                : source.text().substring(from, to);
        return new Excerpt(window, from, lineStart, Math.max(lineEnd, matchEnd));
    }

    /** One past the window's last char, as a source index. */
    public int end() {
        return start + text.length();
    }

    /** The source between two indices, clipped to the window. */
    public String slice(int from, int to) {
        int a = Math.max(from, start) - start;
        int b = Math.min(to, end()) - start;
        return a >= b ? "" : text.substring(a, b);
    }

    /** Where the line holding {@code index} starts, as far as the window shows. */
    public int lineStartOf(int index) {
        int i = Math.min(index, end()) - start;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return start + i;
    }
}
