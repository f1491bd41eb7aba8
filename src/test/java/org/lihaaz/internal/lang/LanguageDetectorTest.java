package org.lihaaz.internal.lang;

import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void scriptAndFunctionWordsDecide() {
        assertEquals(Language.UR, detector.detect("اپوزیشن نے چوڑیاں پہن لی ہیں۔"));
        assertEquals(Language.ROMAN_UR, detector.detect("Hukoomat ne churiyan pehen rakhi hain kya?"));
        assertEquals(Language.EN, detector.detect("The chairman said the rally was peaceful."));
        // Code-mixed, mostly Roman Urdu.
        assertEquals(Language.ROMAN_UR, detector.detect("Honestly ye government ne churiyaan pehni hui hain, no action at all."));
        // No evidence either way: English.
        assertEquals(Language.EN, detector.detect("Lahore, 2025"));
    }

    @Test
    void aParagraphThatSwitchesLanguageIsSplitAtTheSentence() {
        String text = "Great work by the team today. Lekin ye khusra wala joke bilkul ghalat tha.";
        List<LanguageDetector.Span> spans = detector.segments(LanguageChoice.AUTO, text);
        assertEquals(2, spans.size());
        assertEquals(Language.EN, spans.get(0).language());
        assertEquals("Great work by the team today. ", text.substring(spans.get(0).start(), spans.get(0).end()));
        assertEquals(Language.ROMAN_UR, spans.get(1).language());
        assertEquals(text.length(), spans.get(1).end());
    }

    @Test
    void aSentenceWithLittleEvidenceTakesItsParagraphsLanguage() {
        String text = "Total disaster. Ye log kuch nahi kar rahe, sab ghar baithe hain aur hum intezar kar rahe hain.";
        List<LanguageDetector.Span> spans = detector.segments(LanguageChoice.AUTO, text);
        assertEquals(List.of(new LanguageDetector.Span(0, text.length(), Language.ROMAN_UR)), spans);
    }

    @Test
    void urduAndEnglishLinesInOneBlock() {
        String text = "Statement from the board:\nبورڈ کی نئی چیئرمین نے عہدہ سنبھال لیا۔";
        List<LanguageDetector.Span> spans = detector.segments(LanguageChoice.AUTO, text);
        assertEquals(Language.EN, spans.get(0).language());
        assertEquals(Language.UR, spans.get(spans.size() - 1).language());
    }

    @Test
    void aForcedLanguageIsOneSpan() {
        String text = "The team. Ye log.";
        assertEquals(List.of(new LanguageDetector.Span(0, text.length(), Language.ROMAN_UR)),
                detector.segments(LanguageChoice.of(Language.ROMAN_UR), text));
    }
}
