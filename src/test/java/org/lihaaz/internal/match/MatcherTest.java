package org.lihaaz.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lihaaz.testing.TestRules.engine;
import static org.lihaaz.testing.TestRules.matches;
import static org.lihaaz.testing.TestRules.rule;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Lihaaz;

class MatcherTest {
    @Test
    void generatesPluralsPossessivesAndCapitals() {
        Lihaaz e = engine(rule("chairman", "[chairman]"));
        assertEquals(List.of("chairman", "Chairmen", "CHAIRMAN'S", "chairmen\u2019s"),
                matches(e, "chairman, Chairmen, CHAIRMAN'S, chairmen\u2019s, chair, chairmanship"));
    }

    @Test
    void inflectNoneAddsOnlyPossessives() {
        Lihaaz e = engine(rule("elderly", "[the elderly]", "inflect: none"));
        assertEquals(List.of("the elderly", "the elderly's"), matches(e, "the elderly; the elderlies; the elderly's"));
    }

    @Test
    void multiWordTermsMatchAcrossHyphensAndSpaces() {
        Lihaaz e = engine(rule("wb", "[wheelchair-bound]", "inflect: none"));
        assertEquals(List.of("wheelchair-bound", "Wheelchair bound", "wheelchair\u2010bound"),
                matches(e, "a wheelchair-bound man. Wheelchair bound since birth. wheelchair\u2010bound"));
    }

    @Test
    void wildcardGapAndPlaceholders() {
        Lihaaz e = engine(rule("any", "[\"robbed of * honour\"]", "inflect: none")
                + rule("gap", "[\"each user ... his\"]", "inflect: none")
                + rule("cap", "[\"survivor {Cap}\"]", "inflect: none", "names: flag")
                + rule("num", "[\"mother of {Num}\"]", "inflect: none"));
        assertEquals(List.of("robbed of her honour"), matches(e, "She was robbed of her honour."));
        assertEquals(List.of("each user must update his"), matches(e, "Now each user must update his password."));
        assertEquals(List.of(), matches(e, "Now each user must update the password before the end of his shift."));
        assertEquals(List.of("survivor Kiran"), matches(e, "The survivor Kiran spoke; the survivor spoke."));
        assertEquals(List.of("mother of 3"), matches(e, "A mother of 3 was hurt; a mother of many."));
    }

    @Test
    void caseSensitiveTermsMatchOnlyAsWritten() {
        Lihaaz e = engine(rule("aids", "[\"AIDS victim\"]", "case: sensitive"));
        assertEquals(List.of("AIDS victims"), matches(e, "The charity aids victims. AIDS victims were refused care."));
    }

    @Test
    void longestMatchOfOneRuleWinsAndRulesMayOverlap() {
        Lihaaz e = engine(rule("short", "[\"sex change\", \"sex change operation\"]")
                + rule("other", "[\"change operation\"]"));
        assertEquals(List.of("sex change operation", "change operation"), matches(e, "a sex change operation"));
    }

    @Test
    void termsNeverRunAcrossTheEndOfASentence() {
        Lihaaz e = engine(rule("surv", "[\"rape survivor\", \"each user ... his\"]", "inflect: none"));
        assertEquals(List.of(), matches(e, "She reported the rape. Survivor groups said so."));
        assertEquals(List.of(), matches(e, "Each user logged in. Then his screen froze."));
        assertEquals(List.of("rape survivor"), matches(e, "The rape survivor spoke to Dr. Ali."));
    }

    @Test
    void namePlaceholderSkipsAllCapitals() {
        Lihaaz e = engine(rule("title", "[\"chairman {Name}\"]", "inflect: none", "names: flag"));
        assertEquals(List.of("chairman Mao"), matches(e, "They met chairman Mao. CHAIRMAN RESIGNS."));
    }
}
