package org.lihaaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.testing.TestRules;

class FingerprintTest {
    private static final Lihaaz ENGINE = TestRules.engine(TestRules.rule("chairman", "[chairman]"));

    private static List<String> prints(String text) {
        FileReport r = TestRules.check(ENGINE, text);
        return r.findings().stream().map(f -> Fingerprint.of(f, r.source())).toList();
    }

    @Test
    void editsElsewhereKeepTheFingerprint() {
        String base = prints("The district chairman told reporters about the camps.\n").get(0);
        assertEquals(base, prints("# A new heading\n\nA new paragraph above.\n\nThe district chairman told reporters about the camps.\n").get(0));
        assertEquals(base, prints("The district\nchairman told   reporters about the camps.\n").get(0), "re-wrapped");
        assertEquals(base, prints("THE DISTRICT chairman told Reporters, about the camps!\n").get(0),
                "case and punctuation do not count");
        assertEquals(base, prints("Other words end here.\n\nThe district chairman told reporters about the camps.\n").get(0),
                "context stops at the paragraph break");
    }

    @Test
    void editsRightAroundTheMatchChangeIt() {
        String base = prints("The district chairman told reporters about the camps.\n").get(0);
        assertNotEquals(base, prints("The provincial chairman told reporters about the camps.\n").get(0));
        assertNotEquals(base, prints("The district chairman told journalists about the camps.\n").get(0));
        assertNotEquals(base, prints("The district chairmen told reporters about the camps.\n").get(0), "the match itself");
    }

    @Test
    void repeatedWordingGivesTheSameFingerprint() {
        List<String> p = prints("The chairman spoke.\n\nThe chairman spoke.\n");
        assertEquals(2, p.size());
        assertEquals(p.get(0), p.get(1));
        assertEquals(16, p.get(0).length());
    }

    @Test
    void normalisesToLowerCaseWords() {
        assertEquals("the chair man s", Fingerprint.normalise(" The  CHAIR-man's! "));
        assertEquals("\u0645\u0636\u0645\u0648\u0646 \u06C1\u06D2", Fingerprint.normalise("\u0645\u0636\u0645\u0648\u0646\u060C \u06C1\u06D2\u06D4"));
    }
}
