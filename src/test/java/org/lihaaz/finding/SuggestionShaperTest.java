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
}
