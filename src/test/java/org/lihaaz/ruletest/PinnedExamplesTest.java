package org.lihaaz.ruletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.Example;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;

/** Flag examples that pin the span and the rewrite, as rules test and the JUnit sweep check them. */
class PinnedExamplesTest {
    private static final String PACK = """
            - id: test.chairman
              level: warning
              category: gender
              terms: [chairman]
              inflect: noun
              replace: [chair]
              message: m
              note: n
              source: s
              examples:
                flag: [FLAG]
                clean: [The chair spoke.]
            - id: test.hostess
              level: warning
              category: gender
              terms: [air hostess]
              replace: [flight attendant]
              fix: safe
              message: m
              note: n
              source: s
              examples:
                flag: ["She was an [air hostess]. => She was a flight attendant."]
                clean: [She was a pilot.]
            """;

    private static RuleSet rules(String flag) {
        RuleLoader.Result r = new RuleLoader().loadPack(PACK.replace("FLAG", "\"" + flag + "\""), "p.yml", Language.EN, "test");
        assertTrue(r.ok(), () -> r.errors().toString());
        return r.rules();
    }

    private static RuleExampleRunner.FlagResult check(String flag) {
        RuleSet rules = rules(flag);
        Rule rule = rules.get("test.chairman").orElseThrow();
        return new RuleExampleRunner(rules).checkFlag(rule, flag);
    }

    @Test
    void anExampleReadsItsSpanAndRewrite() {
        Example e = Example.parse("The committee still has no [chairman]. => The committee still has no chair.");
        assertEquals("The committee still has no chairman.", e.sentence());
        assertEquals("chairman", e.span());
        assertEquals("The committee still has no chair.", e.rewrite());
        Example literal = Example.parse("See \\[1\\] about the [chairman].");
        assertEquals("See [1] about the chairman.", literal.sentence());
        assertEquals("chairman", literal.span());
        assertNull(Example.parse("The chairman spoke.").rewrite());
        assertThrows(IllegalArgumentException.class, () -> Example.parse("The [chairman spoke."));
        assertThrows(IllegalArgumentException.class, () -> Example.parse("The chairman spoke. => The chair spoke."));
        assertThrows(IllegalArgumentException.class, () -> Example.parse("[The] [chairman] spoke."));
    }

    @Test
    void aPinnedRewriteThatMatchesPasses() {
        RuleExampleRunner.FlagResult r = check("The committee still has no [chairman]. => The committee still has no chair.");
        assertTrue(r.passed(), () -> r.failure().why());
        assertTrue(check("Three [chairmen] of union councils left. => Three chairs of union councils left.").passed());
        assertTrue(check("[Chairmen's] meeting ended. => Chairs' meeting ended.").passed());
    }

    @Test
    void aWrongSpanOrRewriteFailsAndSaysWhat() {
        RuleExampleRunner.FlagResult span = check("The committee still has [no chairman]. => The committee still has no chair.");
        assertEquals(RuleExampleRunner.Kind.WRONG_SPAN, span.failure().kind());
        assertTrue(span.failure().why().contains("flagged 'chairman'"), span.failure().why());
        RuleExampleRunner.FlagResult rewrite = check("The [chairman] spoke. => The chairperson spoke.");
        assertEquals(RuleExampleRunner.Kind.WRONG_REWRITE, rewrite.failure().kind());
        assertTrue(rewrite.failure().why().contains("reads 'The chair spoke.'"), rewrite.failure().why());
        RuleExampleRunner.FlagResult none = check("The [chairman] spoke. => (no replacement)");
        assertEquals(RuleExampleRunner.Kind.WRONG_REWRITE, none.failure().kind());
    }

    @Test
    void theArticleAgreesInTheRewrite() {
        RuleSet rules = rules("The [chairman] spoke. => The chair spoke.");
        RuleExampleRunner runner = new RuleExampleRunner(rules);
        Rule hostess = rules.get("test.hostess").orElseThrow();
        assertTrue(runner.checkFlag(hostess, hostess.examples().flag().get(0)).passed());
        assertTrue(runner.pinningFailure(hostess).isEmpty());
    }

    @Test
    void aRuleWithReplacementsMustPinARewrite() {
        RuleSet rules = rules("The chairman spoke.");
        Rule rule = rules.get("test.chairman").orElseThrow();
        RuleExampleRunner runner = new RuleExampleRunner(rules);
        assertEquals(RuleExampleRunner.Kind.UNPINNED, runner.pinningFailure(rule).orElseThrow().kind());
        assertFalse(runner.runAll().passed());
    }

    @Test
    void theRewriteMustNotBeFlaggedAgainByTheRule() {
        String pack = PACK.replace("replace: [chair]", "replace: [head chairman]")
                .replace("FLAG", "\"The [chairman] spoke. => The head chairman spoke.\"");
        RuleLoader.Result r = new RuleLoader().loadPack(pack, "p.yml", Language.EN, "test");
        Rule rule = r.rules().get("test.chairman").orElseThrow();
        RuleExampleRunner.FlagResult result = new RuleExampleRunner(r.rules()).checkFlag(rule, rule.examples().flag().get(0));
        assertEquals(RuleExampleRunner.Kind.FLAGGED_AGAIN, result.failure().kind());
    }

    @Test
    void thePinnerRecordsSpanAndRewriteAndKeepsTheRestOfTheFile() {
        String pack = PACK.replace("FLAG", "The committee still has no chairman.") + "# trailing comment\n";
        RuleLoader.Result r = new RuleLoader().loadPack(pack, "p.yml", Language.EN, "test");
        ExamplePinner.Result pinned = ExamplePinner.pin(pack, "p.yml", r.rules(), new RuleExampleRunner(r.rules()));
        assertEquals(List.of("test.chairman: The committee still has no [chairman]. => The committee still has no chair."),
                pinned.pinned());
        assertEquals(pack.replace("flag: [The committee still has no chairman.]",
                "flag: [\"The committee still has no [chairman]. => The committee still has no chair.\"]"), pinned.text());
        RuleLoader.Result again = new RuleLoader().loadPack(pinned.text(), "p.yml", Language.EN, "test");
        assertTrue(new RuleExampleRunner(again.rules()).runAll().passed());
    }
}
