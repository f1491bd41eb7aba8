package org.lihaaz.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrduNounClassTest {
    @Test
    void urduScriptForms() {
        assertEquals(List.of("کھسرے", "کھسروں"), UrduNounClass.MASC_A.forms("کھسرا", Language.UR));
        assertEquals(List.of("بچے", "بچوں"), UrduNounClass.MASC_A.forms("بچہ", Language.UR));
        assertEquals(List.of("قادیانیوں"), UrduNounClass.MASC.forms("قادیانی", Language.UR));
        assertEquals(List.of("رنڈیاں", "رنڈیوں"), UrduNounClass.FEM_I.forms("رنڈی", Language.UR));
        assertEquals(List.of("عورتیں", "عورتوں"), UrduNounClass.FEM.forms("عورت", Language.UR));
        assertEquals(List.of("لنگڑی", "لنگڑے", "لنگڑوں"), UrduNounClass.ADJ_A.forms("لنگڑا", Language.UR));
    }

    @Test
    void romanForms() {
        assertEquals(List.of("khusre", "khusray", "khusrey", "khusron", "khusro"),
                UrduNounClass.MASC_A.forms("khusra", Language.ROMAN_UR));
        assertEquals(List.of("randiyan", "randiyon", "randiyo"), UrduNounClass.FEM_I.forms("randi", Language.ROMAN_UR));
    }

    @Test
    void aWordWithoutTheClassEndingGetsNoForms() {
        assertTrue(UrduNounClass.MASC_A.forms("مرد", Language.UR).isEmpty());
        assertTrue(UrduNounClass.ADJ_A.forms("mard", Language.ROMAN_UR).isEmpty());
    }

    @Test
    void codes() {
        assertEquals(UrduNounClass.MASC_A, UrduNounClass.byCode("ur-masc-a").orElseThrow());
        assertTrue(UrduNounClass.byCode("noun").isEmpty());
    }
}
