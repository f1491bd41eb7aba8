package org.lihaaz.context;

/**
 * Tells a word that is mentioned from one that is used: "replaced 'chairman' with 'chairperson'",
 * "a so-called 'honour' killing". A match counts as quoted when a quotation mark opens right before
 * it and closes inside it or right after it.
 */
final class QuoteHeuristic {
    private static final String OPEN = "\"'\u2018\u201C\u00AB\u2039\u201E\u201A";
    private static final String CLOSE = "\"'\u2019\u201D\u00BB\u203A";

    private QuoteHeuristic() {
    }

    /** {@code start}/{@code end} are block char indices of the match. */
    static boolean isQuoted(String text, int start, int end) {
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
     * True when {@code index} lies after an opening double quotation mark that has not closed yet.
     * Curly marks say which way they face; a straight {@code "} opens when it follows a space or the
     * start of the block and closes otherwise.
     */
    static boolean insideQuotedSpeech(String text, int index) {
        boolean open = false;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
                open = true;
            } else if (c == '\u201D' || c == '\u00BB') {
                open = false;
            } else if (c == '"') {
                open = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{".indexOf(text.charAt(i - 1)) >= 0;
            }
        }
        return open;
    }
}
