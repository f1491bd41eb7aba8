package org.lihaaz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.testing.TestRules;

/**
 * Code-mixed text word by word: English words in a Roman Urdu sentence get the English rules, Roman
 * Urdu words in an English sentence the Roman Urdu rules, each finding with its language; words both
 * languages spell alike stay the sentence's own.
 */
class CodeMixedTest {
    private static final RuleSet ROMAN = TestRules.pack("""
            - id: test.roman-kanjar
              level: error
              category: profanity
              terms: [kanjar]
              message: "Gaali hata dein."
              note: "Gaali."
              source: [Uks]
              en: {message: "Drop the slur.", note: "A slur."}
              examples: {flag: [Tu kanjar hai.], clean: [Tu acha hai.]}
            - id: test.roman-maal
              level: warning
              category: profanity
              terms: [maal]
              message: "Aurat maal nahi."
              note: "Cheez banana."
              source: [Uks]
              en: {message: "A woman is not goods.", note: "Objectifying."}
              examples: {flag: [Kya maal hai.], clean: [Kya baat hai.]}
            - id: test.roman-gawar
              level: warning
              category: class-rural
              terms: [gawar]
              unless: [{before: [khush]}]
              message: "Gawar na kahein."
              note: "Tauheen."
              source: [EJN]
              en: {message: "Do not call people boors.", note: "Contempt."}
              examples: {flag: [Wo gawar hai.], clean: [Mausam khush gawar hai.]}
            - id: test.roman-bhenchod
              level: error
              category: profanity
              terms: ["bhen chod"]
              inflect: ur-masc
              message: "Gaali hata dein."
              note: "Gaali."
              source: [Uks]
              en: {message: "Drop the slur.", note: "A slur."}
              examples: {flag: [Bhen chod hai.], clean: [Bhen hai.]}
            """, Language.ROMAN_UR, "test");
    private static final RuleSet EN = TestRules.pack("""
            - id: en.lady-doctor
              level: warning
              category: gender
              terms: ["lady doctor"]
              message: "Say doctor."
              note: "Gender marking."
              source: [UN]
              examples: {flag: [The lady doctor came.], clean: [The doctor came.]}
            - id: en.committed-suicide
              level: warning
              category: mental-health
              terms: ["(commit|committed) suicide"]
              inflect: none
              message: "Say died by suicide."
              note: "Crime framing."
              source: [WHO]
              examples: {flag: [He committed suicide.], clean: [He died by suicide.]}
            - id: en.paki
              level: error
              category: religion
              terms: [paki]
              message: "A slur."
              note: "A slur."
              source: [HRCP]
              examples: {flag: [Go home paki.], clean: [Go home.]}
            - id: en.kanjar
              level: error
              category: profanity
              terms: [kanjar, gawar]
              message: "An Urdu slur."
              note: "A slur."
              source: [Uks]
              examples: {flag: [He is a kanjar.], clean: [He is kind.]}
            """, Language.EN, "en");

    private static Lihaaz engine(LanguageChoice language) {
        return Lihaaz.builder().rules(ROMAN.plus(EN)).language(language).build();
    }

    private static List<String> found(Lihaaz engine, String text) {
        List<String> got = new ArrayList<>();
        for (Finding f : engine.check(Input.ofText("post.txt", text, Format.TEXT)).findings()) {
            got.add(f.ruleId() + "/" + f.language().code() + "/" + f.match());
        }
        return got;
    }

    @Test
    void englishPhrasesInARomanUrduSentenceGetTheEnglishRules() {
        assertEquals(List.of("en.lady-doctor/en/lady doctor", "en.committed-suicide/en/committed suicide"),
                found(engine(LanguageChoice.AUTO), "Yaar wo lady doctor ne kaha ke usne committed suicide kiya hai."));
    }

    @Test
    void aRomanUrduSlurInAnEnglishSentenceGetsTheRomanUrduRule() {
        // Both packs have "kanjar": one finding, the one of the sentence's language.
        assertEquals(List.of("en.kanjar/en/kanjar"), found(engine(LanguageChoice.AUTO), "This guy is such a kanjar, I swear."));
        assertEquals(List.of("test.roman-kanjar/roman-ur/kanjar"), found(engine(LanguageChoice.AUTO), "Ye banda kanjar hai yaar."));
        assertEquals(List.of("test.roman-maal/roman-ur/maal"), found(engine(LanguageChoice.AUTO), "Look at that maal over there, he said."));
    }

    @Test
    void homographsStayWordsOfTheSentencesLanguage() {
        // Roman Urdu "paki" is firm or ripe (rules/roman-ur/homographs.yml); English "mall" folds to "maal"
        // (rules/en/homographs.yml).
        assertEquals(List.of(), found(engine(LanguageChoice.AUTO), "Aam abhi paki nahi hai, kal tak ho jaye gi."));
        assertEquals(List.of(), found(engine(LanguageChoice.AUTO), "We went to the new mall in the evening."));
        // In an English sentence the English slur is the English rule's.
        assertEquals(List.of("en.paki/en/paki"), found(engine(LanguageChoice.AUTO), "He was called a paki at school."));
    }

    @Test
    void theSentencesOwnRulesJudgeTheirWordsExceptionsIncluded() {
        // The Roman Urdu rule leaves "khush gawar" (pleasant) alone: the English rule on "gawar" may not override it.
        assertEquals(List.of(), found(engine(LanguageChoice.AUTO), "Aaj mausam bara khush gawar hai na."));
        assertEquals(List.of("test.roman-gawar/roman-ur/gawar"), found(engine(LanguageChoice.AUTO), "Wo gawar hai, chhoro usay."));
    }

    @Test
    void aGlossInBracketsIsAMention() {
        assertEquals(List.of(), found(engine(LanguageChoice.AUTO),
                "The law separated rape (bhen chod) from adultery, and the court agreed with that."));
    }

    @Test
    void aPhraseOfTheOtherLanguageFiresAmongTheSentencesOwnWords() {
        // It begins with a word Roman Urdu does not use; "wo" and "kar" around it are Roman Urdu.
        assertEquals(List.of("en.committed-suicide/en/commit suicide"),
                found(engine(LanguageChoice.of(Language.ROMAN_UR)), "Usne kaha ke wo commit suicide kar lega."));
    }

    @Test
    void aMatchThatBeginsWithAnOrdinaryWordOfTheSentencesLanguageIsThatLanguage() {
        // "is" is a Roman Urdu word (this) that begins no English phrase here; "he" (hai) neither.
        assertEquals(List.of(), found(engine(LanguageChoice.of(Language.ROMAN_UR)), "Ye paki hai, is me koi shak nahi he."));
    }

    @Test
    void romanUrduNounsTakeEnglishEndingsAndCompoundsAreWrittenJoined() {
        Lihaaz e = engine(LanguageChoice.AUTO);
        assertEquals(List.of("test.roman-kanjar/roman-ur/kanjars", "test.roman-kanjar/roman-ur/kanjar's"),
                found(e, "Ye sab kanjars hain aur ye kanjar's ka ghar hai."));
        // "bhen chod" (inflect: ur-masc) also joined, hyphenated, and joined with the class's endings.
        assertEquals(List.of("test.roman-bhenchod/roman-ur/bhenchod", "test.roman-bhenchod/roman-ur/Bhen-chod",
                "test.roman-bhenchod/roman-ur/bhenchodo"),
                found(e, "Ye bhenchod hai. Bhen-chod kahin ka. Sun lo bhenchodo, ye ghalat hai."));
    }

    @Test
    void aSlurGluedToTheNextWordByAFullStopIsFound() {
        assertEquals(List.of("test.roman-kanjar/roman-ur/kanjar"), found(engine(LanguageChoice.AUTO), "Wo kanjar.he yaar, sach mein."));
    }

    @Test
    void repeatedLettersStillMatchWithOffsetsOnTheTextAsWritten() {
        Lihaaz e = engine(LanguageChoice.AUTO);
        assertEquals(List.of("en.lady-doctor/en/ladyyy doctorrr"), found(e, "The ladyyy doctorrr came in late today."));
        assertEquals(List.of("test.roman-kanjar/roman-ur/kanjaaaar"), found(e, "Ye banda kanjaaaar hai yaar."));
        // An English sentence: the English rule on the same word wins.
        assertEquals(List.of("en.kanjar/en/kanjaaar"), found(e, "😂😂 he is such a kanjaaar 😂"));
    }

    @Test
    void urduScriptTextIsNotReadWithLatinRules() {
        assertTrue(found(engine(LanguageChoice.AUTO), "یہ آدمی kanjar ہے اور بہت برا ہے۔").isEmpty());
    }
}
