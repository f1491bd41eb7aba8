package org.lihaaz.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.lang.Language;

/** The Urdu and Roman Urdu analysis chains: what they fold together, and what they keep apart. */
class UrduTokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> ur(String text) {
        return tokenizer.words(text, Language.UR);
    }

    private List<String> roman(String text) {
        return tokenizer.words(text, Language.ROMAN_UR);
    }

    @Test
    void arabicLetterVariantsFoldToUrdu() {
        // Arabic kaf (U+0643) and yeh (U+064A) as typed on Arabic keyboards.
        assertEquals(ur("کھسروں"), ur("\u0643\u06BE\u0633\u0631\u0648\u06BA"));
        assertEquals(ur("قادیانیوں"), ur("\u0642\u0627\u062F\u064A\u0627\u0646\u064A\u0648\u06BA"));
        assertEquals(ur("چوڑیاں"), ur("چوڑياں"));
        // Alef maksura and Arabic heh; teh marbuta goal.
        assertEquals(ur("لی"), ur("ل\u0649"));
        assertEquals(ur("زنانہ"), ur("زنان\u0647"));
        assertEquals(ur("زنانہ"), ur("زنان\u06C3"));
    }

    @Test
    void diacriticsTatweelAndPresentationFormsAreDropped() {
        assertEquals(List.of("عزت"), ur("عِزّت"));
        assertEquals(List.of("کھسرا"), ur("کـــھسرا"));
        // Arabic presentation forms (as copied from some PDFs) become base letters through NFKC.
        assertEquals(List.of("عزت"), ur("\uFECB\uFEB0\uFE95"));
    }

    @Test
    void zeroWidthNonJoinerInsideAWordIsTheWordWithoutIt() {
        assertEquals(ur("بدتمیز"), ur("بد\u200Cتمیز"));
        assertEquals(1, ur("بد\u200Cتمیز").size());
    }

    @Test
    void differentLettersStayApart() {
        assertNotEquals(ur("اندھی"), ur("آندھی"));   // blind (f.) / storm
        assertNotEquals(ur("کہا"), ur("کھا"));       // said / eat
        assertNotEquals(ur("لی"), ur("لے"));
    }

    @Test
    void urduIsNotStemmed() {
        assertEquals(List.of("انسان"), ur("انسان"));
        assertEquals(List.of("انسانوں"), ur("انسانوں"));
    }

    @Test
    void romanSpellingsOfOnePhraseFoldAlike() {
        List<String> key = roman("izzat lut gayi");
        assertEquals(key, roman("izat loot gai"));
        assertEquals(key, roman("izzat lutt gyi"));
        assertEquals(key, roman("IZZAT LOOT GAYI"));
        assertEquals(roman("churiyan"), roman("chooriyaan"));
        assertEquals(roman("larkiyon"), roman("larkion"));
        assertEquals(roman("yeh woh"), roman("ye wo"));
        assertEquals(roman("zyada"), roman("xyada"));
    }

    @Test
    void romanFoldingKeepsDifferentWordsApart() {
        assertNotEquals(roman("chura"), roman("chuhra"));   // stole / caste slur
        assertNotEquals(roman("hijri"), roman("hijra"));
        assertNotEquals(roman("kya"), roman("kiya"));       // what / did
        assertNotEquals(roman("gasht"), roman("gashti"));
        assertNotEquals(roman("khush"), roman("khu"));      // a final h after a consonant stays
    }

    @Test
    void englishIsUnchangedByUrduFolding() {
        assertEquals(List.of("loot", "wheelchair", "bound"), tokenizer.words("loot wheelchair-bound", Language.EN));
    }

    @Test
    void partOfABlockIsTokenisedWithOffsetsIntoTheBlock() {
        String text = "Great work. Ye khusra wala joke.";
        Tokens t = Tokenizer.empty(text);
        tokenizer.tokenize(text, 12, text.length(), Language.ROMAN_UR, t);
        assertEquals("khusra", t.norm(1));
        assertEquals(15, t.start(1));
        assertEquals("khusra", t.surface(1));
    }
}
