package org.lihaaz.internal.lang;

import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;

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

    /** What one stretch of text shows about its language: letters of each script, function words of each language. */
    private record Evidence(int arabic, int latin, int urdu, int english) {
        static Evidence of(CharSequence text, int from, int to) {
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
            if (latin == 0 || arabic > latin) {
                return new Evidence(arabic, latin, 0, 0);
            }
            int[] words = FunctionWords.count(text, from, to);
            return new Evidence(arabic, latin, words[0], words[1]);
        }

        Evidence plus(Evidence o) {
            return new Evidence(arabic + o.arabic, latin + o.latin, urdu + o.urdu, english + o.english);
        }

        /**
         * Urdu when Arabic letters outnumber Latin ones; otherwise Roman Urdu or English when one's
         * function words outnumber the other's by {@code margin}; else {@code fallback}.
         */
        Language decide(Language fallback, int margin) {
            if (arabic > latin) {
                return Language.UR;
            }
            if (latin == 0) {
                return fallback;
            }
            if (urdu - english >= margin) {
                return Language.ROMAN_UR;
            }
            if (english - urdu >= margin) {
                return Language.EN;
            }
            return fallback == Language.UR ? Language.EN : fallback;
        }
    }

    /** The language of a whole text. */
    public Language detect(CharSequence text) {
        return Evidence.of(text, 0, text.length()).decide(Language.EN, 1);
    }

    public Language choose(LanguageChoice choice, CharSequence text) {
        return choice.isAuto() ? detect(text) : choice.fixed();
    }

    /**
     * The block split into stretches of one language each, covering it whole, in order. With a
     * fixed language, one stretch. The text is read once: each sentence's evidence is counted, the
     * paragraph's is their sum.
     */
    public List<Span> segments(LanguageChoice choice, CharSequence text) {
        if (!choice.isAuto()) {
            return List.of(new Span(0, text.length(), choice.fixed()));
        }
        int n = text.length();
        Evidence whole = Evidence.of(text, 0, n);
        if (whole.arabic() == 0 && whole.urdu() < SENTENCE_MARGIN || whole.latin() == 0) {
            // No sentence can differ from its paragraph: one with no Arabic letters needs more Roman
            // Urdu function words than the whole paragraph has, one with no Latin letters is Urdu.
            return List.of(new Span(0, n, whole.decide(Language.EN, 1)));
        }
        List<int[]> bounds = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        Evidence total = new Evidence(0, 0, 0, 0);
        for (int start = 0; start < n; ) {
            int end = sentenceEnd(text, start);
            Evidence e = Evidence.of(text, start, end);
            bounds.add(new int[] {start, end});
            evidence.add(e);
            total = total.plus(e);
            start = end;
        }
        Language paragraph = total.decide(Language.EN, 1);
        List<Span> out = new ArrayList<>(2);
        for (int k = 0; k < bounds.size(); k++) {
            int start = bounds.get(k)[0];
            int end = bounds.get(k)[1];
            Language lang = evidence.get(k).decide(paragraph, SENTENCE_MARGIN);
            if (!out.isEmpty() && out.get(out.size() - 1).language() == lang) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), end, lang));
            } else {
                out.add(new Span(start, end, lang));
            }
        }
        if (out.isEmpty()) {
            out.add(new Span(0, n, paragraph));
        }
        return out;
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
