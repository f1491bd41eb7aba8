package org.lihaaz.internal.context;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotation marks in a block, for two uses. A <em>mention</em> is a word written inside its own
 * marks ("replaced 'chairman' with 'chairperson'", "a so-called 'honour' killing"): rules with
 * {@code quoted: skip} (the default) stay silent on it. A <em>quotation</em> is any span of quoted
 * words, usually a speaker's: a finding inside one says so, is never rewritten, and rules decide with
 * {@code unless: [in-quotation: true]} whether to stay silent there.
 *
 * <p>Quotation spans are found in one pass over the block. Double marks (curly, straight, guillemets,
 * low-9) open and close as they face; a straight {@code "} opens after a space, a bracket or the
 * start of the block and closes otherwise. A double quotation that opens the block and is still open
 * at its end runs to the end: that is the newspaper style where a quotation runs over several
 * paragraphs, each opening with a mark and only the last closing, so every such paragraph reads as
 * quoted. One left open in mid-paragraph ends with its first sentence or line. Single
 * marks ({@code ' ‘ ’}) double as apostrophes, so a single-quoted span counts only when it opens
 * before a word and closes after one within the block ("men's" and "Martyrs' Memorial" open
 * nothing).
 */
final class QuoteHeuristic {
    private static final String OPEN = "\"'\u2018\u201C\u00AB\u2039\u201E\u201A";
    private static final String CLOSE = "\"'\u2019\u201D\u00BB\u203A";
    /** How far a quotation left open by a slip reaches at most. */
    static final int MAX_SLIP_CHARS = 250;

    private QuoteHeuristic() {
    }

    /** Words a quoted phrase may hold before the match and still be a mention of it. */
    private static final int MENTION_WORDS_BEFORE = 3;

    /** {@code start}/{@code end} are block char indices of the match. */
    static boolean isQuoted(String text, int start, int end) {
        // A mention may quote a short phrase around the word ("'political midgets'"): look back over up
        // to three words for its opening mark.
        int from = start;
        int words = 0;
        while (from > 0 && OPEN.indexOf(text.charAt(from - 1)) < 0 && words <= MENTION_WORDS_BEFORE) {
            char c = text.charAt(from - 1);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
            from--;
        }
        if (from != start && (words > MENTION_WORDS_BEFORE || from == 0)) {
            return false;
        }
        start = from;
        if (start == 0 || OPEN.indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        char open = text.charAt(start - 1);
        boolean apostropheLike = open == '\'' || open == '\u2018' || open == '\u201A';
        if (apostropheLike && start >= 2 && Character.isLetterOrDigit(text.charAt(start - 2))) {
            // "men's" is not an opening quote.
            return false;
        }
        for (int i = start + 1; i <= Math.min(end, text.length() - 1); i++) {
            char c = text.charAt(i);
            if (CLOSE.indexOf(c) >= 0 && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quotation spans of a block as char index pairs {@code [open, close)}: {@code open} is the
     * opening mark, {@code close} just past the closing mark (or the block's length when a double
     * quotation is left open). Spans do not nest: a single-quoted span inside a double one is part of
     * it.
     */
    static int[] spans(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (opensDouble(text, i)) {
                int close = closeOfDouble(text, i + 1);
                // Left open in mid-paragraph: a slip (or lines of posts run together), not the
                // paragraph-per-mark style. And a straight mark pairs with any later one, so a far
                // one is more likely another slip's than this quotation's close. Either way the
                // quotation ends with its first sentence or line.
                boolean straightAndFar = c == '"' && close > 0 && close - i > MAX_SLIP_CHARS;
                if (close < 0 && !opensBlock(text, i) || straightAndFar) {
                    close = firstBreak(text, i + 1);
                } else if (close < 0) {
                    close = n;
                }
                out.add(new int[] {i, close});
                i = close;
            } else if (opensSingle(text, i)) {
                int close = closeOfSingle(text, i + 1);
                if (close > 0) {
                    out.add(new int[] {i, close});
                    i = close;
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        int[] flat = new int[out.size() * 2];
        for (int k = 0; k < out.size(); k++) {
            flat[2 * k] = out.get(k)[0];
            flat[2 * k + 1] = out.get(k)[1];
        }
        return flat;
    }

    /** The index in {@code spans} (a pair index) of the quotation holding char {@code index}, or -1. */
    static int spanAt(int[] spans, int index) {
        for (int k = 0; k < spans.length; k += 2) {
            if (spans[k] < index && index < spans[k + 1]) {
                return k / 2;
            }
            if (spans[k] >= index) {
                break;
            }
        }
        return -1;
    }

    private static boolean opensDouble(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
            return true;
        }
        return c == '"' && (i == 0 || openingContext(text.charAt(i - 1)));
    }

    /** Just past the mark that closes a double quotation opened before {@code from}, or -1 when none does. */
    private static int closeOfDouble(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201D' || c == '\u00BB' || c == '"') {
                return i + 1;
            }
            if (c == '\u201C' && i > from) {
                // A new opening mark before any closing one: the earlier quotation was left open (a slip,
                // or lines of several paragraphs run together) and ends with its first sentence or line.
                return Math.min(i, firstBreak(text, from));
            }
        }
        return -1;
    }

    /** Only spaces before {@code i}: the mark opens the block. */
    private static boolean opensBlock(String text, int i) {
        return text.substring(0, i).isBlank();
    }

    /**
     * Just past the first sentence end (". ", "? ", "! ") or line break at or after {@code from}, and
     * at most {@value #MAX_SLIP_CHARS} chars on: plain-text lines (posts, one a line) reach the
     * checker joined by spaces and often have no full stops.
     */
    private static int firstBreak(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_SLIP_CHARS);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '?' || c == '!') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean opensSingle(String text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '\u2018' && c != '\u2039' && c != '\u201A') {
            return false;
        }
        boolean before = i == 0 || openingContext(text.charAt(i - 1));
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** Just past the single closing mark that ends a span opened before {@code from} (within reach), or -1. */
    private static int closeOfSingle(String text, int from) {
        // Single marks are mostly apostrophes; a pair further apart than a slip's reach is no quotation.
        for (int i = from; i < Math.min(text.length(), from + MAX_SLIP_CHARS); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '\u203A') {
                boolean afterWord = i > from && !Character.isWhitespace(text.charAt(i - 1));
                boolean ends = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
                if (afterWord && ends && !(text.charAt(i - 1) == 's' && pluralPossessive(text, i))) {
                    return i + 1;
                }
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** "the Martyrs' Memorial", "farmers' rights": an apostrophe after s with a lower-case-or-capital word right after. */
    private static boolean pluralPossessive(String text, int i) {
        return i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isLetter(text.charAt(i + 2));
    }

    private static boolean openingContext(char before) {
        return Character.isWhitespace(before) || "([{\u2014\u2013-:\u201C\u00AB".indexOf(before) >= 0;
    }
}
