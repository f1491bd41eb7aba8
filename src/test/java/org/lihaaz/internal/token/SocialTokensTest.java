package org.lihaaz.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.lang.Language;

/** Words as posts type them: full stops with no space after them, and Roman Urdu read off English tokens. */
class SocialTokensTest {
    private final Tokenizer tokenizer = new Tokenizer();

    /** Each word as "norm@surface", the surface cut from the text by the word's own offsets. */
    private List<String> words(String text, Language language) {
        Tokens t = tokenizer.tokenize(text, language);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.norm(i) + "@" + text.substring(t.start(i), t.end(i)));
        }
        return out;
    }

    @Test
    void aFullStopWithNoSpaceAfterItSplitsWords() {
        assertEquals(List.of("ye@Ye", "hijra@hijra", "he@he", "yaar@yaar", "kanjar@kanjar"),
                words("Ye hijra.he yaar,kanjar", Language.EN));
        assertEquals(List.of("vo@woh", "kuta@kutta", "tu@tu"), words("woh kutta.tu", Language.ROMAN_UR));
    }

    @Test
    void offsetsStayOnTheTextWithEmojiAndUrdu() {
        String text = "😂😂 یہ hijra.he 👍 khusra.tha";
        // Emoji are words of their own (surrogate pairs: two chars each).
        assertEquals(List.of("😂@😂", "😂@😂", "یہ@یہ", "hijra@hijra", "he@he", "👍@👍", "khusra@khusra", "tha@tha"),
                words(text, Language.EN));
    }

    @Test
    void numbersAbbreviationsAddressesAndMailStayWhole() {
        assertEquals(List.of("3.5@3.5", "u.s@U.S", "e.g@e.g", "ph.d@Ph.D"), words("3.5 U.S. e.g. Ph.D.", Language.EN));
        assertEquals(List.of("dawn.com.pk@dawn.com.pk"), words("dawn.com.pk", Language.EN));
        assertEquals(List.of("ali.khan@ali.khan", "x.com@x.com"), words("ali.khan@x.com", Language.EN));
        assertEquals(List.of("https@https", "site.org@site.org", "a.b@a.b"), words("https://site.org/a.b", Language.EN));
    }

    @Test
    void romanUrduReadOffEnglishTokensEqualsTheRomanUrduChain() {
        String text = "Izzat lutt gyi, woh kanjars' ka kaam tha.";
        Tokens viaEnglish = tokenizer.asRomanUrdu(tokenizer.tokenize(text, Language.EN));
        Tokens direct = tokenizer.tokenize(text, Language.ROMAN_UR);
        assertEquals(direct.size(), viaEnglish.size());
        for (int i = 0; i < direct.size(); i++) {
            assertEquals(direct.norm(i), viaEnglish.norm(i));
            assertEquals(direct.start(i), viaEnglish.start(i));
            assertEquals(direct.end(i), viaEnglish.end(i));
        }
    }

    @Test
    void lettersRepeatedForStressAreReadTwoWays() {
        String text = "sooo dumbbb, fagggot";
        Tokens t = tokenizer.tokenize(text, Language.EN);
        assertEquals("soo", t.norm(0));
        assertEquals("so", t.alternative(0));
        assertEquals("dumbb", t.norm(1));
        assertEquals("dumb", t.alternative(1));
        assertEquals("faggot", t.norm(2));
        assertEquals("sooo", text.substring(t.start(0), t.end(0)));
        assertEquals("dumbbb", text.substring(t.start(1), t.end(1)));
        // Two of a letter is ordinary spelling: no second reading.
        assertEquals(null, tokenizer.tokenize("too good", Language.EN).alternative(0));
    }
}
