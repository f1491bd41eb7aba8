package org.lihaaz.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.lang.Language;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void hyphenVariantsAndSpacesGiveTheSameWords() {
        List<String> expected = List.of("wheelchair", "bound");
        assertEquals(expected, tokenizer.words("wheelchair-bound", Language.EN));
        assertEquals(expected, tokenizer.words("Wheelchair bound", Language.EN));
        assertEquals(expected, tokenizer.words("wheelchair\u2010bound", Language.EN));
        assertEquals(expected, tokenizer.words("wheelchair\u2011bound", Language.EN));
    }

    @Test
    void apostrophesFold() {
        assertEquals(List.of("policemen's"), tokenizer.words("policemen\u2019s", Language.EN));
        assertEquals(List.of("policemen's"), tokenizer.words("POLICEMEN'S", Language.EN));
    }

    @Test
    void pluralPossessiveKeepsItsApostrophe() {
        Tokens t = tokenizer.tokenize("the chairpersons' room", Language.EN);
        assertEquals("chairpersons'", t.norm(1));
        assertEquals("chairpersons'", t.surface(1));
    }

    @Test
    void shapesAndOffsets() {
        Tokens t = tokenizer.tokenize("The UN said 40 Ahmadis", Language.EN);
        assertTrue(t.isCapitalised(0));
        assertTrue(t.isAllCaps(1));
        assertTrue(t.isNumber(3));
        assertTrue(t.isCapitalised(4));
        assertEquals(15, t.start(4));
        assertEquals("Ahmadis", t.surface(4));
    }

    @Test
    void urduWordsAreTokens() {
        assertEquals(List.of("عزت", "لٹ", "گئی"), tokenizer.words("عزت لٹ گئی", Language.UR));
    }
}
