package org.lihaaz.fix;

import java.util.ArrayList;
import java.util.List;
import org.lihaaz.report.TerminalSafe;

/**
 * A unified diff (as {@code diff -u} and {@code git diff} print, and {@code patch -p1} or
 * {@code git apply} take) between a text and the same text after edits. Edits never add or remove a
 * line break, so line N of the old text is line N of the new and the diff needs no search.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /**
     * The diff, or "" when nothing changed. A relative path is printed under {@code a/} and {@code b/}
     * as git does ({@code patch -p1}, {@code git apply}); an absolute one as it is ({@code patch -p0}).
     */
    public static String of(String path, String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("edits changed the number of lines");
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(i);
            }
        }
        if (changed.isEmpty()) {
            return "";
        }
        boolean oldNoEol = !endsWithBreak(oldText);
        boolean newNoEol = !endsWithBreak(newText);
        StringBuilder out = new StringBuilder();
        boolean absolute = path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:[\\\\/].*");
        out.append("--- ").append(header(absolute ? "" : "a/", path)).append('\n')
                .append("+++ ").append(header(absolute ? "" : "b/", path)).append('\n');
        int k = 0;
        while (k < changed.size()) {
            int from = Math.max(0, changed.get(k) - CONTEXT);
            int last = changed.get(k);
            while (k + 1 < changed.size() && changed.get(k + 1) - last <= 2 * CONTEXT) {
                last = changed.get(++k);
            }
            int to = Math.min(a.size(), last + CONTEXT + 1);
            int count = to - from;
            out.append("@@ -").append(range(from, count)).append(" +").append(range(from, count)).append(" @@\n");
            int i = from;
            while (i < to) {
                if (a.get(i).equals(b.get(i))) {
                    line(out, ' ', a.get(i), i == a.size() - 1 && oldNoEol);
                    i++;
                    continue;
                }
                // A run of changed lines: all old lines, then all new ones, as diff -u prints them.
                int runEnd = i;
                while (runEnd < to && !a.get(runEnd).equals(b.get(runEnd))) {
                    runEnd++;
                }
                for (int j = i; j < runEnd; j++) {
                    line(out, '-', a.get(j), j == a.size() - 1 && oldNoEol);
                }
                for (int j = i; j < runEnd; j++) {
                    line(out, '+', b.get(j), j == b.size() - 1 && newNoEol);
                }
                i = runEnd;
            }
            k++;
        }
        return out.toString();
    }

    /**
     * A header's file name. A name with a line break or another control character is C-quoted as git
     * quotes it ({@code "a/x\n+++ b/build.sh"}), which {@code git apply} and GNU {@code patch} read
     * back as the one name; printed raw, its line breaks would start headers and hunks of their own
     * and make {@code patch -p1} change another file. A name that starts with a quote is quoted too, so
     * it is not read as a quoted name.
     */
    static String header(String prefix, String path) {
        String name = prefix + path;
        return TerminalSafe.path(name).equals(name) && !path.startsWith("\"") ? name : TerminalSafe.cQuote(name);
    }

    private static void line(StringBuilder out, char sign, String text, boolean noEol) {
        out.append(sign).append(text).append('\n');
        if (noEol) {
            out.append("\\ No newline at end of file\n");
        }
    }

    private static String range(int from, int count) {
        return (from + 1) + "," + count;
    }

    /** Lines without their breaks (a CR of a CRLF stays, as diff keeps it); no empty last line after a final break. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean endsWithBreak(String text) {
        return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
    }
}
