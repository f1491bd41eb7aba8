package org.lihaaz.internal.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.lang.WordForm;
import org.lihaaz.rule.Condition;
import org.lihaaz.rule.Replacement;

class SuggestionShaperTest {
    private static List<String> shape(Replacement r, boolean plural, boolean possessive, String matched) {
        return SuggestionShaper.shape(List.of(r), new WordForm(plural, possessive), matched,
                List.of(matched.split(" ")), x -> true);
    }

    private static List<String> shape(String replacement, boolean plural, boolean possessive, String matched) {
        return shape(Replacement.of(replacement), plural, possessive, matched);
    }

    @Test
    void keepsNumberPossessiveAndCapitals() {
        assertEquals(List.of("Chairpersons'"), shape("chairperson", true, true, "Chairmen's"));
        assertEquals(List.of("POLICE OFFICER"), shape("police officer", false, false, "POLICEMAN"));
        assertEquals(List.of("police officers\u2019"), shape("police officer", true, true, "policemen\u2019s"));
        assertEquals(List.of("firefighter's"), shape("firefighter", false, true, "fireman's"));
        assertEquals(List.of("Spokesperson"), shape("spokesperson", false, false, "Spokesman"));
        assertEquals(List.of("Chairs"), shape("chair", true, false, "Chairmen"));
    }

    @Test
    void replacementsWithTheirOwnCapitalsKeepThem() {
        assertEquals(List.of("Ahmadis"), shape("Ahmadi", true, false, "qadianis"));
        assertEquals(List.of("AHMADI'S"), shape("Ahmadi", false, true, "QADIANI'S"));
    }

    @Test
    void wordReferencesQuoteTheMatch() {
        assertEquals(List.of("Doctors"), shape("$2", true, false, "Lady doctors"));
        assertEquals(List.of("ENGINEER"), shape("$2", false, false, "FEMALE ENGINEER"));
        assertEquals(List.of("undocumented Afghans"), shape("undocumented $2", true, false, "illegal Afghans"));
    }

    @Test
    void onlyTheMarkedHeadTakesTheNumber() {
        assertEquals(List.of("People with a substance use disorder"),
                shape("[person] with a substance use disorder", true, false, "Drug addicts"));
        assertEquals(List.of("children living with HIV"), shape("[child] living with HIV", true, false, "aids orphans"));
        assertEquals(List.of("person with diabetes"), shape("[person] with diabetes", false, false, "diabetic"));
        assertEquals(List.of("police officers"), shape("police officer", true, false, "policemen"));
    }

    @Test
    void aPluralTheRuleWritesIsUsedWhole() {
        Replacement r = new Replacement("person who uses drugs", "people who use drugs", List.of());
        assertEquals(List.of("people who use drugs"), shape(r, true, false, "drug addicts"));
        assertEquals(List.of("person who uses drugs"), shape(r, false, false, "drug addict"));
    }

    @Test
    void aFormThatCannotBeMadeIsNotOffered() {
        // "person with diabetes's" would be wrong: the replacement is left out rather than offered so.
        assertEquals(List.of(), shape("[person] with diabetes", false, true, "diabetic's"));
        assertEquals(List.of(), shape(new Replacement("person who uses drugs", "people who use drugs", List.of()),
                true, true, "addicts'"));
    }

    @Test
    void aReplacementWhoseConditionsFailIsLeftOut() {
        Replacement slot = new Replacement("wheelchair-using", null,
                List.of(new Condition.PartOfSpeech(Condition.Target.NEXT, java.util.Set.of("NOUN"), null)));
        List<String> shaped = SuggestionShaper.shape(List.of(slot, Replacement.of("wheelchair user")), WordForm.BASE,
                "wheelchair-bound", List.of("wheelchair", "bound"), r -> false);
        assertEquals(List.of("wheelchair user"), shaped);
    }

    @Test
    void aTermWrittenInThePluralKeepsItsPossessivePlural() {
        assertEquals(List.of("ANCESTORS'"), shape("ancestors", false, true, "FOREFATHERS'"));
        assertEquals(List.of("ancestors\u2019"), shape("ancestors", false, true, "forefathers\u2019"));
    }

    @Test
    void aReplacementQuotingAWordTheMatchLacksIsLeftOut() {
        assertEquals(List.of(), shape("person-$2", false, false, "manhours"));
    }

    @Test
    void aCapitalInMidSentenceBelongsToTheWordNotTheReplacement() {
        List<String> mid = SuggestionShaper.shape(List.of(Replacement.of("militants")), WordForm.BASE, "Khawarij",
                List.of("Khawarij"), x -> true, false);
        assertEquals(List.of("militants"), mid);
        List<String> opening = SuggestionShaper.shape(List.of(Replacement.of("militants")), WordForm.BASE, "Khawarij",
                List.of("Khawarij"), x -> true, true);
        assertEquals(List.of("Militants"), opening);
        assertEquals(List.of("MILITANTS"), SuggestionShaper.shape(List.of(Replacement.of("militants")), WordForm.BASE,
                "KHAWARIJ", List.of("KHAWARIJ"), x -> true, false));
    }
}
