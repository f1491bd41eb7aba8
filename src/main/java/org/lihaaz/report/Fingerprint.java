package org.lihaaz.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.lihaaz.finding.Finding;
import org.lihaaz.source.SourceText;

/**
 * A finding's identity that survives edits elsewhere in its file: a hash of the rule, the matched
 * text and a few words on either side of it within the same paragraph, all lower-cased with
 * punctuation and spacing dropped. Line numbers are deliberately left out, so adding a paragraph
 * above a finding, or re-wrapping its paragraph, keeps its fingerprint; changing the words right
 * around it gives a new one.
 */
public final class Fingerprint {
    /** Words of context taken on each side of the match. */
    static final int CONTEXT_WORDS = 4;

    private Fingerprint() {
    }

    /** 16 hex digits; {@code source} may be null when the text was not kept (no context then). */
    public static String of(Finding f, SourceText source) {
        String before = "";
        String after = "";
        if (source != null) {
            before = String.join(" ", wordsBefore(source.text(), f.sourceStart()));
            after = String.join(" ", wordsAfter(source.text(), f.sourceEnd()));
        } else if (f.excerpt() != null) {
            // The text kept around the finding reaches well past four words on either side.
            org.lihaaz.finding.Excerpt ex = f.excerpt();
            before = String.join(" ", wordsBefore(ex.text(), f.sourceStart() - ex.start()));
            after = String.join(" ", wordsAfter(ex.text(), f.sourceEnd() - ex.start()));
        }
        String key = f.ruleId() + '\u0000' + normalise(f.match()) + '\u0000' + before + '\u0000' + after;
        return HexFormat.of().formatHex(sha256(key), 0, 8);
    }

    /** Lower case, only letters, digits and marks, words separated by one space. */
    static String normalise(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) {
                w.appendCodePoint(cp);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    private static List<String> wordsBefore(String text, int from) {
        List<String> words = words(text, from, -1);
        java.util.Collections.reverse(words);
        return words;
    }

    private static List<String> wordsAfter(String text, int from) {
        return words(text, from, 1);
    }

    /**
     * Up to {@link #CONTEXT_WORDS} words walking from {@code from} in {@code direction} (+1 or -1),
     * nearest first, stopping at a blank line: context never reaches into another paragraph.
     */
    private static List<String> words(String text, int from, int direction) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int newlines = 0;
        int i = from;
        while (words.size() < CONTEXT_WORDS) {
            boolean more = direction > 0 ? i < text.length() : i > 0;
            int cp = more ? (direction > 0 ? text.codePointAt(i) : text.codePointBefore(i)) : -1;
            if (cp >= 0 && isWordChar(cp)) {
                w.appendCodePoint(cp);
                newlines = 0;
            } else {
                if (w.length() > 0) {
                    String word = direction > 0 ? w.toString() : new StringBuilder(w).reverse().toString();
                    words.add(word.toLowerCase(Locale.ROOT));
                    w.setLength(0);
                }
                if (cp < 0) {
                    break;
                }
                if (cp == '\n' && ++newlines >= 2) {
                    break;
                } else if (cp != '\n' && !Character.isWhitespace(cp)) {
                    newlines = 0;
                }
            }
            i += direction * Character.charCount(cp);
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
