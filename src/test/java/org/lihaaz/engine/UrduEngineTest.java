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
import org.lihaaz.report.FileReport;
import org.lihaaz.rule.MessageChoice;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.testing.TestRules;

/** Urdu and Roman Urdu rules through the whole engine: noun classes, language per sentence, messages. */
class UrduEngineTest {
    private static final RuleSet UR = TestRules.pack("""
            - id: test.ur-khusra
              level: warning
              category: lgbtq
              terms: [کھسرا]
              inflect: ur-masc-a
              replace: [خواجہ سرا]
              message: "خواجہ سرا لکھیں۔"
              note: "توہین آمیز لفظ۔"
              source: [TGA 2018]
              en: {message: "Write khawaja sira.", note: "A slur.", replace: [khawaja sira]}
              examples: {flag: [یہ کھسرا ہے۔], clean: [خواجہ سرا۔]}
            """, Language.UR, "test");
    private static final RuleSet ROMAN = TestRules.pack("""
            - id: test.roman-khusra
              level: warning
              category: lgbtq
              terms: [khusra]
              inflect: ur-masc-a
              replace: [khawaja sira]
              message: "Khawaja sira likhein."
              note: "Tauheen aamez lafz."
              source: [TGA 2018]
              en: {message: "Write khawaja sira.", note: "A slur.", replace: [khawaja sira, transgender person]}
              examples: {flag: [Ye khusra hai.], clean: [Khawaja sira.]}
            - id: test.roman-izzat
              level: warning
              category: gbv
              terms: ["izzat lut gayi"]
              message: "Rape likhein."
              note: "Sharm mutasira par."
              source: [Uks]
              en: {message: "Write rape.", note: "Shame on the survivor."}
              examples: {flag: [izzat lut gayi], clean: [izzat karo]}
            """, Language.ROMAN_UR, "test");
    private static final RuleSet EN = TestRules.pack("""
            - id: en.chairman
              level: warning
              category: gender
              terms: [chairman]
              message: "Use chair."
              note: "Gendered title."
              source: [LSA]
              examples: {flag: [The chairman spoke.], clean: [The chair spoke.]}
            """, Language.EN, "en");

    private static Lihaaz engine(LanguageChoice language, MessageChoice messages) {
        return Lihaaz.builder().rules(UR.plus(ROMAN).plus(EN)).language(language).messages(messages).build();
    }

    private static List<Finding> check(Lihaaz engine, String text) {
        return engine.check(Input.ofText("post.txt", text, Format.TEXT)).findings();
    }

    @Test
    void nounClassFormsMatchInBothScripts() {
        Lihaaz e = engine(LanguageChoice.AUTO, MessageChoice.NATIVE);
        assertEquals("كھسروں", check(e, "سگنل پر كھسروں نے گاڑی گھیر لی۔").get(0).match());
        assertEquals("khusron", check(e, "Signal pe khusron ne gaari gher li.").get(0).match());
        assertEquals("Khussray", check(e, "Ye Khussray kahan se aaye hain?").get(0).match());
    }

    @Test
    void oneRomanTermMatchesItsSpellings() {
        Lihaaz e = engine(LanguageChoice.of(Language.ROMAN_UR), MessageChoice.NATIVE);
        for (String s : List.of("Bechari ki izzat lut gayi.", "Uski izat loot gai.", "Uski izzat lutt gyi.")) {
            List<Finding> f = check(e, s);
            assertEquals(1, f.size(), s);
            assertEquals("test.roman-izzat", f.get(0).ruleId());
        }
    }

    @Test
    void aMixedPostGetsTheFindingsOfEachLanguageWithItsLanguage() {
        Lihaaz e = engine(LanguageChoice.AUTO, MessageChoice.NATIVE);
        FileReport r = e.check(Input.ofText("post.txt",
                "The chairman opened the event with a speech. Lekin ye khusra wala joke bilkul ghalat tha.", Format.TEXT));
        List<String> got = new ArrayList<>();
        r.findings().forEach(f -> got.add(f.ruleId() + "/" + f.language().code() + "/" + f.match()));
        assertEquals(List.of("en.chairman/en/chairman", "test.roman-khusra/roman-ur/khusra"), got);
    }

    @Test
    void wordsOfTheOtherLatinScriptLanguageGetItsRulesEvenWithTheLanguageFixed() {
        // Code-mixed text: --lang fixes each sentence's language, not every word's.
        Lihaaz e = engine(LanguageChoice.of(Language.ROMAN_UR), MessageChoice.NATIVE);
        List<String> got = new ArrayList<>();
        check(e, "Ye chairman hai aur khusra wala joke tha.")
                .forEach(f -> got.add(f.ruleId() + "/" + f.language().code()));
        assertEquals(List.of("en.chairman/en", "test.roman-khusra/roman-ur"), got);
        Lihaaz en = engine(LanguageChoice.of(Language.EN), MessageChoice.NATIVE);
        assertEquals(List.of(Language.ROMAN_UR), check(en, "The khusra joke was wrong.").stream().map(Finding::language).toList());
        // Urdu script is never read with the Latin-script rules.
        assertTrue(check(engine(LanguageChoice.of(Language.UR), MessageChoice.NATIVE), "یہ chairman ہے۔").isEmpty());
    }

    @Test
    void fileLanguageIsWhatMostOfItsProseWasCheckedAs() {
        Lihaaz e = engine(LanguageChoice.AUTO, MessageChoice.NATIVE);
        assertEquals(Language.UR, e.check(Input.ofText("a.txt", "یہ ایک لمبا اردو جملہ ہے جو زیادہ ہے۔\n\nOK.", Format.TEXT)).language());
        assertEquals(Language.ROMAN_UR, e.check(Input.ofText("b.txt", "Ye log kuch nahi kar rahe hain.", Format.TEXT)).language());
    }
}
