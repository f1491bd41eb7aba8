package org.lihaaz.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.ruletest.RuleExampleRunner;

/**
 * Every built-in rule's own examples, one JUnit test each: flag sentences must fire on the words they
 * mark, with the first replacement reading as pinned and not flagged again (the review sweep); clean
 * ones must not fire; and every rule with replacements pins its rewrites.
 */
class BuiltInRuleExamplesTest {
    @TestFactory
    Stream<DynamicNode> everyRuleExample() {
        RuleLoader.Result loaded = new RuleLoader().loadBuiltIn();
        assertTrue(loaded.ok(), () -> "built-in rules do not load: " + loaded.errors());
        RuleSet rules = loaded.rules();
        RuleExampleRunner runner = new RuleExampleRunner(rules);
        List<DynamicNode> perRule = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            List<DynamicTest> tests = new ArrayList<>();
            for (String s : rule.examples().flag()) {
                tests.add(DynamicTest.dynamicTest("flags: " + s, () -> {
                    RuleExampleRunner.FlagResult r = runner.checkFlag(rule, s);
                    assertTrue(r.passed(), () -> rule.id() + ": " + r.failure().kind().label() + "\"" + s + "\": "
                            + r.failure().why());
                }));
            }
            tests.add(DynamicTest.dynamicTest("pins its rewrites", () -> runner.pinningFailure(rule).ifPresent(f ->
                    fail(rule.id() + ": " + f.why()))));
            for (String s : rule.examples().clean()) {
                tests.add(DynamicTest.dynamicTest("leaves alone: " + s, () -> {
                    RuleExampleRunner.ExampleResult r = runner.check(rule, s);
                    assertFalse(r.flagged(), () -> rule.id() + " should leave \"" + s + "\" alone: " + r.why());
                }));
            }
            perRule.add(DynamicContainer.dynamicContainer(rule.id(), tests));
        }
        return perRule.stream();
    }
}
