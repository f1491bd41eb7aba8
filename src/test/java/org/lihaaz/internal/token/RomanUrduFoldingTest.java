package org.lihaaz.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RomanUrduFoldingTest {
    @Test
    void eachStep() {
        assertEquals("havas", RomanUrduFolding.fold("hawas"));       // w→v
        assertEquals("zara", RomanUrduFolding.fold("xara"));         // x→z
        assertEquals("randi", RomanUrduFolding.fold("randee"));      // ee→i
        assertEquals("lut", RomanUrduFolding.fold("loot"));          // oo→u
        assertEquals("izat", RomanUrduFolding.fold("izzat"));        // runs collapse
        assertEquals("churian", RomanUrduFolding.fold("churiyan"));  // iy before a vowel
        assertEquals("gaya", RomanUrduFolding.fold("gya"));          // dropped a restored
        assertEquals("gai", RomanUrduFolding.fold("gayi"));          // vowel+yi
        assertEquals("gai", RomanUrduFolding.fold("gyi"));
        assertEquals("vaja", RomanUrduFolding.fold("wajah"));        // final h after a vowel
        assertEquals("kuch", RomanUrduFolding.fold("kuchh"));
        assertEquals("khush", RomanUrduFolding.fold("khush"));
        assertEquals("dont", RomanUrduFolding.fold("don't"));
    }
}
