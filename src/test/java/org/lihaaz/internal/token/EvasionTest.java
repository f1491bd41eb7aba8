package org.lihaaz.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.lang.Language;
import org.lihaaz.report.FileReport;

/**
 * Round two, item 15: invisible characters and look-alike letters must not hide a term, and the
 * finding must still point at the chars as written (for carets, columns and fixes).
 */
class EvasionTest {
    private static final Lihaaz ENGINE = Lihaaz.builder().build();

    private static final Map<String, String> DISGUISES = Map.ofEntries(
            Map.entry("zero width space", "pol\u200Biceman"),
            Map.entry("zero width non-joiner", "pol\u200Ciceman"),
            Map.entry("zero width joiner", "pol\u200Diceman"),
            Map.entry("left-to-right mark", "pol\u200Eiceman"),
            Map.entry("combining grapheme joiner", "pol\u034Ficeman"),
            Map.entry("word joiner", "pol\u2060iceman"),
            Map.entry("variation selector", "pol\uFE0Ficeman"),
            Map.entry("variation selector supplement", "pol\uDB40\uDD00iceman"),
            Map.entry("TAG characters", "pol\uDB40\uDC41\uDB40\uDC42iceman"),
            Map.entry("soft hyphen", "police\u00ADman"),
            Map.entry("byte order mark", "police\uFEFFman"),
            Map.entry("right-to-left override around", "\u202Epoliceman\u202C"),
            Map.entry("isolates around", "\u2067policeman\u2069"),
            Map.entry("Cyrillic o", "p\u043Eliceman"),
            Map.entry("Greek omicron and Cyrillic e", "p\u03BFlic\u0435man"),
            Map.entry("fullwidth", "\uFF50\uFF4F\uFF4C\uFF49\uFF43\uFF45\uFF4D\uFF41\uFF4E"),
            Map.entry("mathematical bold", "\uD835\uDC29\uD835\uDC28\uD835\uDC25\uD835\uDC22\uD835\uDC1C\uD835\uDC1E\uD835\uDC26\uD835\uDC1A\uD835\uDC27"));

    @Test
    void disguisedTermsAreFoundWhereTheyAreWritten() {
        for (Map.Entry<String, String> e : DISGUISES.entrySet()) {
            String word = e.getValue();
            String text = "The " + word + " came.\n";
            FileReport r = ENGINE.check(Input.ofText("t.txt", text));
            List<Finding> hits = r.findings().stream().filter(f -> f.ruleId().equals("gender.policeman")).toList();
            assertEquals(1, hits.size(), () -> e.getKey() + ": " + r.findings());
            Finding f = hits.get(0);
            // The span runs from the first visible letter to the last, on the source as written.
            int start = 4;
            int end = 4 + word.length();
            while (Lookalikes.isDropped(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            while (Lookalikes.isDropped(text.codePointBefore(end))) {
                end -= Character.charCount(text.codePointBefore(end));
            }
            assertEquals(start, f.sourceStart(), e.getKey());
            assertEquals(end, f.sourceEnd(), e.getKey());
            assertEquals(text.substring(start, end), f.match(), e.getKey());
        }
    }

    @Test
    void wordsAroundAnInvisibleRunKeepTheirPlaces() {
        String text = "A \u200B\u200B\u200B policeman \u2060\u2060 and a fireman.\n";
        FileReport r = ENGINE.check(Input.ofText("t.txt", text));
        assertEquals(List.of("policeman", "fireman"), r.findings().stream().map(Finding::match).toList(), r.findings()::toString);
        assertEquals(text.indexOf("fireman"), r.findings().get(1).sourceStart());
    }

    @Test
    void aWordWhollyInAnotherScriptIsNotReadAsLatin() {
        // Only a word that mixes scripts is a disguise: a Cyrillic word stays Cyrillic.
        Tokenizer t = new Tokenizer();
        assertEquals(List.of("\u0441\u043E\u0440"), t.words("\u0441\u043E\u0440", Language.EN));
        assertEquals(List.of("cop"), t.words("c\u043E\u0440", Language.EN));
    }

    @Test
    void urduKeepsItsZeroWidthNonJoinerInsideWords() {
        Tokenizer t = new Tokenizer();
        assertEquals(t.words("\u0628\u062F\u062A\u0645\u06CC\u0632", Language.UR),
                t.words("\u0628\u062F\u200C\u062A\u0645\u06CC\u0632", Language.UR));
        assertEquals(1, t.words("\u0628\u062F\u200C\u062A\u0645\u06CC\u0632 \u200F", Language.UR).size());
        assertTrue(t.tokenize("\u0628\u062F\u200C\u062A\u0645\u06CC\u0632", Language.UR).size() == 1);
    }

    /** The JDK pre-filter in {@link Lookalikes#isDropped} loses no default-ignorable character. */
    @Test
    void everyDefaultIgnorableButZwnjAndZwjIsDropped() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean ignorable = com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp,
                    com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT) && cp != 0x200C && cp != 0x200D;
            if (ignorable != Lookalikes.isDropped(cp)) {
                throw new AssertionError(String.format("U+%04X", cp));
            }
        }
    }
}
