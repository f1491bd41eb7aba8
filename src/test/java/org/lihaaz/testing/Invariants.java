package org.lihaaz.testing;

import java.util.ArrayList;
import java.util.List;
import org.lihaaz.finding.Finding;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.report.FileReport;
import org.lihaaz.source.Position;

/**
 * The invariants every output relies on, checked from first principles (positions are recounted
 * from the text here, not through {@code SourceText}, so a bug there cannot hide itself). Used by
 * the fuzz targets and the property tests; each method throws {@link AssertionError} naming the
 * broken invariant.
 */
public final class Invariants {
    private Invariants() {
    }

    /**
     * Every finding lies inside the text, its text there is its {@code match}, its code-point offsets
     * and length agree with its char span, and its line and column agree with its offset.
     */
    public static void findings(FileReport report) {
        if (report.source() == null) {
            if (!report.findings().isEmpty()) {
                throw new AssertionError("findings without a source text in " + report.path());
            }
            return;
        }
        String text = report.source().text();
        int[] lineOfChar = null;
        for (Finding f : report.findings()) {
            if (f.sourceStart() < 0 || f.sourceStart() > f.sourceEnd() || f.sourceEnd() > text.length()) {
                throw new AssertionError("span [" + f.sourceStart() + ", " + f.sourceEnd() + ") outside a text of "
                        + text.length() + " chars: " + f);
            }
            String at = text.substring(f.sourceStart(), f.sourceEnd());
            if (!at.equals(f.match())) {
                throw new AssertionError("text at the span is '" + at + "', match is '" + f.match() + "'");
            }
            if (f.match().isEmpty()) {
                throw new AssertionError("empty match: " + f);
            }
            int cpStart = text.codePointCount(0, f.sourceStart());
            int cpEnd = cpStart + text.codePointCount(f.sourceStart(), f.sourceEnd());
            if (f.start().offset() != cpStart || f.end().offset() != cpEnd) {
                throw new AssertionError("code-point offsets " + f.start().offset() + ".." + f.end().offset()
                        + " but the chars give " + cpStart + ".." + cpEnd + ": " + f);
            }
            if (f.length() != f.match().codePointCount(0, f.match().length())) {
                throw new AssertionError("length " + f.length() + " is not the match's code points: " + f);
            }
            if (lineOfChar == null) {
                lineOfChar = lineStarts(text);
            }
            expectPosition(text, lineOfChar, f.sourceStart(), f.start(), f);
            expectPosition(text, lineOfChar, f.sourceEnd(), f.end(), f);
        }
    }

    /** Every prose char a reader copied verbatim is the source char its offset map points to; every mapping is inside the source. */
    public static void prose(Prose prose) {
        String src = prose.source().text();
        for (ProseBlock b : prose.blocks()) {
            String t = b.text();
            for (int i = 0; i < t.length(); i++) {
                int s = b.map().sourceStart(i);
                int e = b.map().sourceEnd(i + 1);
                if (s < 0 || e > src.length() || s > e) {
                    throw new AssertionError("block char " + i + " maps to [" + s + ", " + e + ") outside a source of "
                            + src.length() + " chars");
                }
                if (b.map().isVerbatim(i, i + 1) && src.charAt(s) != t.charAt(i)) {
                    throw new AssertionError("verbatim block char " + i + " '" + t.charAt(i) + "' maps to source char "
                            + s + " '" + src.charAt(s) + "'");
                }
            }
        }
    }

    private static void expectPosition(String text, int[] lineStarts, int charIndex, Position p, Finding f) {
        int line = 0;
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lineStarts[mid] <= charIndex) {
                line = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        int column = text.codePointCount(lineStarts[line], charIndex) + 1;
        if (p.line() != line + 1 || p.column() != column) {
            throw new AssertionError("position " + p.line() + ":" + p.column() + " but the text gives " + (line + 1)
                    + ":" + column + " for char " + charIndex + ": " + f.match());
        }
    }

    /** Char indices where lines start: after LF, after CR not followed by LF. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
