package org.lihaaz.internal.suppress;

import org.lihaaz.suppress.Policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.testing.TestRules;

class SuppressorTest {
    private static final RuleSet RULES = TestRules.pack(TestRules.rule("chairman", "[chairman]")
            + TestRules.rule("fireman", "[fireman]"));

    private static List<String> found(Policy policy, String name, String text) {
        Lihaaz e = Lihaaz.builder().rules(RULES).policy(policy).language(LanguageChoice.of(Language.EN)).build();
        return e.check(Input.ofText(name, text)).findings().stream()
                .map(f -> f.start().line() + ":" + f.match() + ":" + f.level().id()).toList();
    }

    @Test
    void disableNextLineInMarkdown() {
        String md = "The chairman.\n<!-- lihaaz-disable-next-line test.chairman -->\nThe chairman and fireman.\n\nThe chairman.";
        assertEquals(List.of("1:chairman:warning", "3:fireman:warning", "5:chairman:warning"),
                found(Policy.none(), "a.md", md));
    }

    @Test
    void disableAndEnableRegionsInPlainText() {
        String txt = "chairman 1\n\n# lihaaz-disable test\nchairman 2 fireman\n\nlihaaz-enable test\nchairman 3\n"
                + "lihaaz-disable test.fireman\nfireman 4 chairman";
        assertEquals(List.of("1:chairman:warning", "7:chairman:warning", "9:chairman:warning"),
                found(Policy.none(), "a.txt", txt));
    }

    @Test
    void allowListAcceptsTermsAndTheirForms() {
        Policy p = Policy.builder().allow("Chairman").build();
        assertEquals(List.of("1:fireman:warning"), found(p, "a.txt", "fireman, chairmen and chairman"));
    }

    @Test
    void levelsAndOffSwitches() {
        Policy p = Policy.builder().enable("test", Level.ERROR).disable("test.fireman").build();
        assertEquals(List.of("1:chairman:error"), found(p, "a.txt", "chairman fireman"));
        Policy byId = Policy.builder().enable("test", Level.ERROR).enable("test.chairman", Level.SUGGESTION).build();
        assertEquals(List.of("1:chairman:suggestion", "1:fireman:error"), found(byId, "a.txt", "chairman fireman"));
    }

    @Test
    void unsureRulesRunOnlyWhenAskedFor() {
        RuleSet rules = TestRules.pack(TestRules.rule("bloody", "[bloody]", "sureness: low"));
        Lihaaz byDefault = Lihaaz.builder().rules(rules).build();
        assertEquals(0, byDefault.rules().size());
        Lihaaz low = Lihaaz.builder().rules(rules).policy(Policy.builder().minSureness(Rule.Sureness.LOW).build()).build();
        assertEquals(1, low.rules().size());
        Lihaaz named = Lihaaz.builder().rules(rules).policy(Policy.builder().enable("test.bloody", null).build()).build();
        assertEquals(1, named.rules().size());
        Finding f = named.check(Input.ofText("a.txt", "bloody hell")).findings().get(0);
        assertEquals("bloody", f.match());
    }
}
