package org.lihaaz.internal.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishInflectorTest {
    @Test
    void irregularNounsAndTheirCompounds() {
        assertEquals(List.of("men"), EnglishInflector.plurals("man"));
        assertEquals(List.of("policemen"), EnglishInflector.plurals("policeman"));
        assertEquals(List.of("policewomen"), EnglishInflector.plurals("policewoman"));
        assertEquals(List.of("housewives"), EnglishInflector.plurals("housewife"));
        assertEquals(List.of("grandchildren"), EnglishInflector.plurals("grandchild"));
        assertEquals(List.of("chairpeople", "chairpersons"), EnglishInflector.plurals("chairperson"));
    }

    @Test
    void regularPlurals() {
        assertEquals(List.of("humans"), EnglishInflector.plurals("human"));
        assertEquals(List.of("germans"), EnglishInflector.plurals("german"));
        assertEquals(List.of("boxes"), EnglishInflector.plurals("box"));
        assertEquals(List.of("ladies"), EnglishInflector.plurals("lady"));
        assertEquals(List.of("boys"), EnglishInflector.plurals("boy"));
        assertEquals(List.of("staff"), EnglishInflector.plurals("staff"));
    }

    @Test
    void suggestionPluralsPreferPersons() {
        assertEquals("chairpersons", EnglishInflector.plural("chairperson"));
        assertEquals("Firefighters", EnglishInflector.plural("Firefighter"));
    }

    @Test
    void possessives() {
        assertEquals("chairperson's", EnglishInflector.possessive("chairperson", false, '\''));
        assertEquals("chairpersons'", EnglishInflector.possessive("chairpersons", true, '\''));
        assertEquals("women\u2019s", EnglishInflector.possessive("women", true, '\u2019'));
        assertEquals("OFFICER'S", EnglishInflector.possessive("OFFICER", false, '\''));
    }
}
