package org.lihaaz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.finding.Finding;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.testing.TestRules;

/**
 * Hashtags are read as the words they join ("#WomenBelongInTheKitchen", "#womenbelonginthekitchen"),
 * in their places in the text, and a finding inside one is never rewritten: posts are found by the
 * tag's exact text.
 */
class HashtagTest {
    private static final Lihaaz ENGINE = TestRules.engine(
            TestRules.rule("kitchen", "[\"women belong in the kitchen\"]", "replace: [x]")
            + TestRules.rule("fireman", "[fireman]", "replace: [firefighter]"));

    private static List<Finding> found(String text) {
        return TestRules.check(ENGINE, text).findings();
    }

    @Test
    void aHashtagIsSplitAtItsCapitalsAndTheMatchCoversItsWords() {
        String text = "So many posts say #WomenBelongInTheKitchen today.";
        Finding f = found(text).get(0);
        assertEquals("WomenBelongInTheKitchen", f.match());
        assertEquals(text.indexOf("Women"), f.sourceStart());
        assertEquals(text.indexOf(" today"), f.sourceEnd());
        assertEquals(Prose.IN_HASHTAG, f.notRewritable(), "the tag is left as written");
    }

    @Test
    void aHashtagInOneCaseIsSplitIntoTheRulesWords() {
        List<Finding> f = found("#womenbelonginthekitchen 😀 again");
        assertEquals(List.of("womenbelonginthekitchen"), f.stream().map(Finding::match).toList());
        assertEquals(1, f.get(0).sourceStart());
    }

    @Test
    void aHashtagThatDoesNotSplitWholeIntoKnownWordsStaysOneWord() {
        assertEquals(List.of(), found("Trending: #womenbelongingkarachi and #Karachi."));
        assertEquals(List.of(), found("#WomenBelong2InTheKitchen"), "digits: the tag is left whole");
    }

    @Test
    void aWordOutsideAHashtagIsRewrittenAsBeforeOneInsideIsNot() {
        List<Finding> f = found("The fireman (#fireman) came. C#fireman is code.");
        assertEquals(3, f.size(), f::toString);
        assertNull(f.get(0).notRewritable());
        assertEquals(Prose.IN_HASHTAG, f.get(1).notRewritable());
        assertNull(f.get(2).notRewritable(), "'C#' is not a hashtag's start");
    }
}
