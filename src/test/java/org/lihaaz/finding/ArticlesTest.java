package org.lihaaz.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticlesTest {
    @Test
    void theArticleFollowsTheSoundOfTheFirstWord() {
        for (String w : new String[] {"chairperson", "council member", "police officer", "union leader", "European",
            "one-off", "user", "UN official", "hotel", "doctor"}) {
            assertEquals("a", Articles.forWord(w), w);
        }
        for (String w : new String[] {"office cleaner", "officer", "hour", "honest broker", "MP", "NGO worker",
            "uninformed source", "umbrella", "heir", "elder", "X-ray technician"}) {
            assertEquals("an", Articles.forWord(w), w);
        }
    }

    private static Optional<Edit> adjust(String text, String article, String replacement) {
        int at = text.indexOf(article + " ");
        return Articles.adjust(text, new Span(at, at + article.length()), replacement);
    }

    @Test
    void onlyAnArticleThatDisagreesIsChangedAndItKeepsItsCapitals() {
        assertEquals(Optional.empty(), adjust("a chairman", "a", "chairperson"));
        assertEquals(Optional.of(new Edit(0, 1, "an")), adjust("a cleaning lady", "a", "office cleaner"));
        assertEquals(Optional.of(new Edit(0, 2, "A")), adjust("An alderman", "An", "council member"));
        assertEquals(Optional.of(new Edit(0, 1, "AN")), adjust("A CLEANING LADY", "A", "OFFICE CLEANER"));
        assertEquals(Optional.of(new Edit(0, 1, "An")), adjust("A cleaning lady", "A", "office cleaner"));
        assertEquals(Optional.empty(), adjust("the chairman", "the", "office cleaner"));
        assertEquals(Optional.empty(), Articles.adjust("a chairman", null, "office cleaner"));
    }

    @Test
    void aReplacementInCapitalsBecauseTheMatchWasIsReadAsAWord() {
        assertEquals(java.util.Optional.empty(), Articles.adjustWritten("A", new Span(0, 1), "LAYPERSON", true));
        assertEquals("A", Articles.adjustWritten("AN", new Span(0, 2), "MAN WITH OBESITY", true).orElseThrow().replacement());
        // Written in capitals by the rule itself, an abbreviation is read letter by letter: "an MP".
        assertEquals("an", Articles.adjustWritten("a", new Span(0, 1), "MP", false).orElseThrow().replacement());
    }
}
