package org.lihaaz.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the language of prose. Arabic-script text is Urdu; Latin-script text is Roman Urdu or
 * English by its function words ({@link FunctionWords}). A block (a paragraph) may switch language
 * from one sentence to the next, as posts often do, so {@link #segments} decides per sentence and
 * joins neighbouring sentences of one language; a sentence with too little evidence of its own (a
 * name, "Total disaster.") takes the language of its paragraph.
 */
public final class LanguageDetector {
    /** How many more function words of one language a sentence needs to differ from its paragraph. */
    private static final int SENTENCE_MARGIN = 2;

    /** A stretch [start, end) of a block in one language. */
    public record Span(int start, int end, Language language) {
    }

    /** The language of a whole text. */
    public Language detect(CharSequence text) {
        return decide(text, 0, text.length(), Language.EN, 1);
    }

    public Language choose(LanguageChoice choice, CharSequence text) {
        return choice.isAuto() ? detect(text) : choice.fixed();
    }

    /**
     * The block split into stretches of one language each, covering it whole, in order. With a
     * fixed language, one stretch.
     */
    public List<Span> segments(LanguageChoice choice, CharSequence text) {
        if (!choice.isAuto()) {
            return List.of(new Span(0, text.length(), choice.fixed()));
        }
        Language paragraph = detect(text);
        List<Span> out = new ArrayList<>(2);
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = sentenceEnd(text, start);
            Language lang = decide(text, start, end, paragraph, SENTENCE_MARGIN);
            if (!out.isEmpty() && out.get(out.size() - 1).language() == lang) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), end, lang));
            } else {
                out.add(new Span(start, end, lang));
            }
            start = end;
        }
        if (out.isEmpty()) {
            out.add(new Span(0, n, paragraph));
        }
        return out;
    }

    /**
     * The language of [from, to): Urdu when Arabic letters outnumber Latin ones; otherwise Roman Urdu
     * or English when one's function words outnumber the other's by {@code margin}; else {@code fallback}.
     */
    private static Language decide(CharSequence text, int from, int to, Language fallback, int margin) {
        int arabic = 0;
        int latin = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isArabicScript(c)) {
                arabic++;
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin++;
            }
        }
        if (arabic > latin) {
            return Language.UR;
        }
        if (latin == 0) {
            return fallback;
        }
        int[] counts = FunctionWords.count(text, from, to);
        if (counts[0] - counts[1] >= margin) {
            return Language.ROMAN_UR;
        }
        if (counts[1] - counts[0] >= margin) {
            return Language.EN;
        }
        return fallback == Language.UR ? Language.EN : fallback;
    }

    /** One past the end of the sentence starting at {@code start}: after . ! ? ۔ ؟ or a line break, and the spaces that follow. */
    private static int sentenceEnd(CharSequence text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            i++;
            if (c == '\n' || c == '!' || c == '?' || c == '\u06D4' || c == '\u061F'
                    || c == '.' && (i == n || Character.isWhitespace(text.charAt(i)))) {
                while (i < n && (Character.isWhitespace(text.charAt(i)) || ".!?\u06D4\u061F".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                return i;
            }
        }
        return n;
    }

    static boolean isArabicScript(char c) {
        return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFDFF'
                || c >= '\uFE70' && c <= '\uFEFF';
    }
}
