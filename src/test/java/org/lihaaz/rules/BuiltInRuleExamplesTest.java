package org.lihaaz.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Every built-in rule's own examples, one JUnit test each: flag sentences must fire, clean ones must not. */
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
                    RuleExampleRunner.ExampleResult r = runner.check(rule, s);
                    assertTrue(r.flagged(), () -> rule.id() + " should flag \"" + s + "\": " + r.why());
                }));
            }
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
