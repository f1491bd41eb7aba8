package org.lihaaz.internal.format;

import org.lihaaz.internal.prose.ProseBuilder;

/**
 * Copies a run of source prose into a block while masking URLs and e-mail addresses, which are not
 * prose: a path such as {@code /chairman/} must never raise a finding.
 */
final class UrlMasker {
    private UrlMasker() {
    }

    static void appendMasked(ProseBuilder out, CharSequence src, int start, int end) {
        int copied = start;
        int i = start;
        while (i < end) {
            int urlStart = -1;
            char c = src.charAt(i);
            if (c == ':' && i + 2 < end && src.charAt(i + 1) == '/' && src.charAt(i + 2) == '/') {
                urlStart = schemeStart(src, start, i);
            } else if ((c == 'w' || c == 'W') && i + 3 < end && src.charAt(i + 3) == '.' && atWordStart(src, start, i)
                    && startsWithIgnoreCase(src, i, end, "www.")) {
                urlStart = i;
            } else if (c == '@' && i > start && i + 1 < end && isAddressChar(src.charAt(i - 1))
                    && isAddressChar(src.charAt(i + 1))) {
                urlStart = addressStart(src, start, i);
            }
            if (urlStart >= copied && urlStart < i + 1 && urlStart >= 0) {
                int urlEnd = urlEnd(src, i, end);
                out.appendVerbatim(src, copied, urlStart);
                out.appendReplacement(" ", urlStart, urlEnd);
                copied = urlEnd;
                i = urlEnd;
            } else {
                i++;
            }
        }
        out.appendVerbatim(src, copied, end);
    }

    private static int schemeStart(CharSequence src, int min, int colon) {
        int s = colon;
        while (s > min && Character.isLetterOrDigit(src.charAt(s - 1)) || s > min && "+.-".indexOf(src.charAt(s - 1)) >= 0) {
            s--;
        }
        return s < colon ? s : -1;
    }

    private static int addressStart(CharSequence src, int min, int at) {
        int s = at;
        while (s > min && isAddressChar(src.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private static boolean isAddressChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+';
    }

    private static int urlEnd(CharSequence src, int from, int end) {
        int e = from;
        while (e < end && !Character.isWhitespace(src.charAt(e)) && "<>\"`".indexOf(src.charAt(e)) < 0) {
            e++;
        }
        // Sentence punctuation right after a URL belongs to the sentence, not the URL.
        while (e > from && ".,;:!?)'\u2019\u201D]".indexOf(src.charAt(e - 1)) >= 0) {
            e--;
        }
        return Math.max(e, from + 1);
    }

    private static boolean atWordStart(CharSequence src, int min, int i) {
        return i == min || !Character.isLetterOrDigit(src.charAt(i - 1));
    }

    private static boolean startsWithIgnoreCase(CharSequence src, int i, int end, String prefix) {
        if (i + prefix.length() > end) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(src.charAt(i + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
