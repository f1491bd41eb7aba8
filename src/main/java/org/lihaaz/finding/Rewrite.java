package org.lihaaz.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lihaaz.internal.source.Letters;

/**
 * How a replacement is put in place of a finding's match: the match's chars become the replacement,
 * and an "a"/"an" right before it is made to agree ("a cleaning lady" → "an office cleaner"). Every
 * path that rewrites or offers a rewrite — {@code --fix}, {@code --diff}, review, SARIF fixes, rdjson
 * suggestions, the HTML report, the language server — goes through here, so they cannot disagree.
 *
 * <p>A match that is not plain words in the source (an entity, markup or a line break inside it) is
 * never rewritten, nor is one inside a direct quotation, and a replacement never brings in a character
 * that could be markup.
 */
public final class Rewrite {
    /** The source text a rewrite reads: the whole file, or a finding's excerpt when the file is gone. */
    @FunctionalInterface
    public interface Source {
        /** The chars between two source indices; empty where the source is not known. */
        String slice(int from, int to);

        /** A whole text as a source; indices outside it read as empty. */
        static Source of(String text) {
            return (a, b) -> a >= 0 && b <= text.length() && a <= b ? text.substring(a, b) : "";
        }
    }

    private Rewrite() {
    }

    /** The edits for a finding read against a file's whole text. */
    public static Optional<List<Edit>> edits(Finding f, String replacement, String text) {
        return edits(f, replacement, Source.of(text));
    }

    /**
     * The edits that put {@code replacement} in place of the finding's match (the match, then the article
     * before it when it must change), or empty when the match cannot be rewritten safely.
     */
    public static Optional<List<Edit>> edits(Finding f, String replacement, Source source) {
        if (whyNot(f, replacement, source) != null) {
            return Optional.empty();
        }
        List<Edit> out = new ArrayList<>(2);
        out.add(new Edit(f.sourceStart(), f.sourceEnd(), replacement));
        if (f.wordBefore() != null) {
            String article = source.slice(f.wordBefore().start(), f.wordBefore().end());
            Articles.adjustWritten(article, f.wordBefore(), replacement, Letters.allCapitals(f.match())).ifPresent(out::add);
        }
        return Optional.of(List.copyOf(out));
    }

    /** Why a finding cannot be rewritten with {@code replacement}, or null when it can. */
    public static String whyNot(Finding f, String replacement, Source source) {
        if (f.notRewritable() != null) {
            return f.notRewritable();
        }
        String match = source.slice(f.sourceStart(), f.sourceEnd());
        if (match.length() != f.sourceEnd() - f.sourceStart() || !isPlainWords(match)) {
            return "the match is written with markup, an entity or a line break inside it; edit it by hand";
        }
        if (introducesSyntax(f.match(), replacement) || replacement.indexOf('\n') >= 0
                || replacement.indexOf('\r') >= 0) {
            return "the replacement has characters (quotes, markup, line breaks) that could break the file's format";
        }
        return null;
    }

    /** Letters, digits, marks, spaces, apostrophes, hyphens and full stops only: words as written, no markup. */
    static boolean isPlainWords(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean ok = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || Character.isSurrogate(c)
                    || c == ' ' || c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-' || c == '\u2010' || c == '/'
                    || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the replacement brings a character the match does not have that could be syntax in
     * some format (a quote inside an HTML attribute, a backtick or asterisk in Markdown): a fix adds
     * words, never markup.
     */
    static boolean introducesSyntax(String match, String replacement) {
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '.' || Character.isSurrogate(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK) && match.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }
}
