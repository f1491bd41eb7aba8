package org.lihaaz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.report.FileReport;
import org.lihaaz.internal.rule.PatternSyntax;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.lang.Language;
import org.lihaaz.testing.Invariants;
import org.lihaaz.testing.TestRules;

/**
 * A rule pack from an untrusted repository cannot hang CI: rule patterns are not regular
 * expressions but a small language expanded into a word trie (capped at
 * {@link PatternSyntax#MAX_EXPANSIONS} variants), and matching does bounded work per token. Each
 * case below would take hours with backtracking or with work that grows with the square of the
 * text; the timeouts only guard against such a hang and measure nothing (bench/ does that).
 */
class AdversarialPatternTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** Words separated by spaces, as a paragraph of one block. */
    private static String words(String word, int n) {
        return (word + " ").repeat(n).strip() + "\n";
    }

    @Test
    void manyGapsInOneTermOverTextThatMatchesEveryStepStayLinear() {
        // Each '...' skips 0 to 4 words: with 12 of them, a walk that tried every way would take 5^12 steps per word.
        String term = "a ... ".repeat(12) + "b";
        Lihaaz engine = TestRules.engine(TestRules.rule("gaps", "[\"" + term + "\"]"));
        FileReport r = assertTimeoutPreemptively(HANG_GUARD, () -> TestRules.check(engine, words("a", 20_000) + " b\n"));
        Invariants.findings(r);
        assertEquals(1, r.findings().size(), "one match, ending at the b");
    }

    @Test
    void gapsAndWildcardsTogetherStayLinear() {
        String term = "x ... * ... * ... * ... * ... * ... * ... y";
        Lihaaz engine = TestRules.engine(TestRules.rule("wild", "[\"" + term + "\"]"));
        FileReport r = assertTimeoutPreemptively(HANG_GUARD, () -> TestRules.check(engine, words("x", 20_000)));
        assertTrue(r.findings().isEmpty());
    }

    @Test
    void aTermFoundAtEveryWordOfAHugeParagraphIsResolvedWithoutQuadraticWork() {
        // 400,000 candidates of one rule in one block: comparing each with every kept one would be 10^11 steps.
        Lihaaz engine = TestRules.engine(TestRules.rule("every", "[fireman, fireman fireman]"));
        FileReport r = assertTimeoutPreemptively(HANG_GUARD, () -> TestRules.check(engine, words("fireman", 400_000)));
        Invariants.findings(r);
        // 400,000 words give 200,000 two-word matches when the longest win; a file reports the first 100,000.
        assertEquals(100_000, r.findings().size());
        String warning = r.problems().get(r.problems().size() - 1).message();
        int found = Integer.parseInt(warning.substring(0, warning.indexOf(' ')).replace(",", ""));
        assertTrue(found >= 200_000 && found < 210_000, "the longest matches win: " + warning);
        for (int i = 1; i < r.findings().size(); i++) {
            assertTrue(r.findings().get(i - 1).sourceEnd() <= r.findings().get(i).sourceStart(), "no overlap at " + i);
        }
    }

    @Test
    void patternsThatWouldExpandPastTheCapAreRefusedAtOnce() {
        String bomb = "(a|b|c|d)".repeat(40);
        IllegalArgumentException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(IllegalArgumentException.class, () -> PatternSyntax.expand(bomb)));
        assertTrue(e.getMessage().contains("more than " + PatternSyntax.MAX_EXPANSIONS + " variants"), e.getMessage());
        String nested = "(".repeat(240) + "a" + ")".repeat(240);
        assertEquals(1, PatternSyntax.expand(nested).size(), "deep nesting within the length limit is fine");
        assertThrows(IllegalArgumentException.class, () -> PatternSyntax.expand("(".repeat(5000) + "a" + ")".repeat(5000)),
                "too long");
        RuleLoader.Result loaded = new RuleLoader().loadPack(TestRules.rule("bomb", "[\"" + bomb + "\"]"), "evil.yml",
                Language.EN, "test");
        assertFalse(loaded.ok());
        assertTrue(loaded.errors().get(0).getMessage().startsWith("evil.yml:"), loaded.errors().get(0).getMessage());
    }

    @Test
    void manyRulesWithWildcardsOverRepetitiveTextStayLinear() {
        StringBuilder pack = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            pack.append(TestRules.rule("r" + i, "[\"w * * * ... * * w" + i + "\"]"));
        }
        Lihaaz engine = TestRules.engine(pack.toString());
        FileReport r = assertTimeoutPreemptively(HANG_GUARD, () -> TestRules.check(engine, words("w", 20_000)));
        assertEquals(List.of(), r.findings());
    }
}
