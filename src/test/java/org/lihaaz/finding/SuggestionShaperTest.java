package org.lihaaz.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.lang.WordForm;

class SuggestionShaperTest {
    private static List<String> shape(String suggestion, boolean plural, boolean possessive, String matched) {
        return SuggestionShaper.shape(List.of(suggestion), new WordForm(plural, possessive), matched, List.of(matched.split(" ")));
    }

    @Test
    void keepsNumberPossessiveAndCapitals() {
        assertEquals(List.of("Chairpersons'"), shape("chairperson", true, true, "Chairmen's"));
        assertEquals(List.of("POLICE OFFICER"), shape("police officer", false, false, "POLICEMAN"));
        assertEquals(List.of("police officers\u2019"), shape("police officer", true, true, "policemen\u2019s"));
        assertEquals(List.of("firefighter's"), shape("firefighter", false, true, "fireman's"));
        assertEquals(List.of("Spokesperson"), shape("spokesperson", false, false, "Spokesman"));
    }

    @Test
    void suggestionsWithTheirOwnCapitalsKeepThem() {
        assertEquals(List.of("Ahmadis"), shape("Ahmadi", true, false, "qadianis"));
        assertEquals(List.of("AHMADI'S"), shape("Ahmadi", false, true, "QADIANI'S"));
    }

    @Test
    void wordReferencesQuoteTheMatch() {
        assertEquals(List.of("Doctors"), SuggestionShaper.shape(List.of("$2"), new WordForm(true, false), "Lady doctors",
                List.of("Lady", "doctors")));
        assertEquals(List.of("ENGINEER"), SuggestionShaper.shape(List.of("$2"), WordForm.BASE, "FEMALE ENGINEER",
                List.of("FEMALE", "ENGINEER")));
        assertEquals(List.of("undocumented Afghans"), SuggestionShaper.shape(List.of("undocumented $2"),
                new WordForm(true, false), "illegal Afghans", List.of("illegal", "Afghans")));
    }

    @Test
    void aPhraseWithAModifierAfterItsNounInflectsTheNoun() {
        assertEquals(List.of("people who use drugs"), shape("person who uses drugs", true, false, "drug addicts"));
        assertEquals(List.of("People with a substance use disorder"),
                shape("person with a substance use disorder", true, false, "Drug addicts"));
        assertEquals(List.of("children living with HIV"), shape("child living with HIV", true, false, "aids orphans"));
        assertEquals(List.of("person who uses drugs"), shape("person who uses drugs", false, false, "drug addict"));
        // A possessive is not forced onto the phrase ("person who uses drugs's").
        assertEquals(List.of("person who uses drugs"), shape("person who uses drugs", false, true, "addict's"));
        assertEquals(List.of("police officers"), shape("police officer", true, false, "policemen"));
        assertEquals("carry", SuggestionShaper.pluralVerb("carries"));
        assertEquals("have", SuggestionShaper.pluralVerb("has"));
        assertEquals("push", SuggestionShaper.pluralVerb("pushes"));
        assertEquals("use", SuggestionShaper.pluralVerb("uses"));
    }
}
