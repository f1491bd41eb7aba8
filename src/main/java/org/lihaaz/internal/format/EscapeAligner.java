package org.lihaaz.internal.format;

import org.lihaaz.internal.prose.ProseBuilder;

/**
 * Aligns a parser's decoded text with the source it came from when the two differ (backslash
 * escapes, character references), so the block reads like the rendered text while every char still
 * maps to its own source region.
 */
final class EscapeAligner {
    private EscapeAligner() {
    }

    static void append(ProseBuilder out, String src, int start, int end, String literal) {
        int i = start;
        int j = 0;
        int runStart = start;
        while (i < end && j < literal.length()) {
            char s = src.charAt(i);
            char l = literal.charAt(j);
            int entityEnd = s == '&' ? entityEnd(src, i, end) : -1;
            if (s == l && entityEnd < 0) {
                i++;
                j++;
                continue;
            }
            UrlMasker.appendMasked(out, src, runStart, i);
            runStart = i;
            if (s == '\\' && i + 1 < end && src.charAt(i + 1) == l) {
                out.appendReplacement(String.valueOf(l), i, i + 2);
                i += 2;
                j++;
            } else if (entityEnd > 0) {
                int resume = entityEnd;
                // The decoded reference is one char, or two for a surrogate pair.
                int take = Character.isHighSurrogate(l) && j + 1 < literal.length() ? 2 : 1;
                out.appendReplacement(literal.substring(j, j + take), i, resume);
                i = resume;
                j += take;
            } else {
                break;
            }
            runStart = i;
        }
        // Whatever could not be aligned is copied as it stands: positions stay exact.
        UrlMasker.appendMasked(out, src, runStart, end);
    }

    /** End (exclusive) of a character reference such as {@code &amp;} or {@code &#8217;} at {@code i}, or -1. */
    private static int entityEnd(String src, int i, int end) {
        int k = i + 1;
        while (k < end && k - i <= 32 && (Character.isLetterOrDigit(src.charAt(k)) || src.charAt(k) == '#')) {
            k++;
        }
        return k < end && k > i + 1 && src.charAt(k) == ';' ? k + 1 : -1;
    }
}
