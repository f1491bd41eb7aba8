package org.lihaaz.ruletest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lihaaz.context.CheckCounters;
import org.lihaaz.context.Verdict;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.report.FileReport;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.suppress.Policy;
import org.lihaaz.token.Tokenizer;

/**
 * Runs every rule's own examples: each {@code flag:} sentence must raise a finding from that rule,
 * each {@code clean:} sentence must not. Failures say why, from the context checks' verdicts.
 */
public final class RuleExampleRunner {

    public enum Kind { NOT_FLAGGED, WRONGLY_FLAGGED }

    /** One example that did not behave as its rule says. */
    public record Failure(Rule rule, Kind kind, String sentence, String why) {
    }

    /** The outcome of a run: how many examples ran, and which failed. */
    public record Outcome(int rules, int examples, List<Failure> failures) {
        public Outcome {
            failures = List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** The result of checking one example, for callers that report per example (JUnit). */
    public record ExampleResult(boolean flagged, String why) {
    }

    private final RuleSet rules;
    private final Map<Language, Lihaaz> engines = new EnumMap<>(Language.class);
    private final Tokenizer tokenizer = new Tokenizer();

    public RuleExampleRunner(RuleSet rules) {
        this.rules = rules;
    }

    public Outcome runAll() {
        List<Failure> failures = new ArrayList<>();
        int examples = 0;
        for (Rule rule : rules.rules()) {
            for (String s : rule.examples().flag()) {
                examples++;
                ExampleResult r = check(rule, s);
                if (!r.flagged()) {
                    failures.add(new Failure(rule, Kind.NOT_FLAGGED, s, r.why()));
                }
            }
            for (String s : rule.examples().clean()) {
                examples++;
                ExampleResult r = check(rule, s);
                if (r.flagged()) {
                    failures.add(new Failure(rule, Kind.WRONGLY_FLAGGED, s, r.why()));
                }
            }
        }
        return new Outcome(rules.size(), examples, failures);
    }

    /** Checks one sentence as plain text in the rule's language and says whether the rule fired, and why. */
    public ExampleResult check(Rule rule, String sentence) {
        // Every rule runs here, however unsure: its examples must hold when someone turns it on.
        Lihaaz engine = engines.computeIfAbsent(rule.language(), l -> Lihaaz.builder()
                .rules(rules)
                .policy(Policy.builder().minSureness(Rule.Sureness.LOW).build())
                .language(LanguageChoice.of(l))
                .build());
        List<Verdict> verdicts = new ArrayList<>();
        FileReport report = engine.check(Input.ofText("example.txt", sentence, Format.TEXT), verdicts, new CheckCounters());
        for (Finding f : report.findings()) {
            if (f.rule() == rule || f.ruleId().equals(rule.id())) {
                return new ExampleResult(true, "raised on '" + f.match() + "' at column " + f.start().column());
            }
        }
        List<String> reasons = new ArrayList<>();
        for (Verdict v : verdicts) {
            if (v.candidate().rule().id().equals(rule.id())) {
                reasons.add("'" + matchedWords(sentence, v) + "': " + v.reason());
            }
        }
        if (reasons.isEmpty()) {
            return new ExampleResult(false, "no term matched; the sentence's words are "
                    + tokenizer.words(sentence, rule.language()));
        }
        return new ExampleResult(false, String.join("; ", reasons));
    }

    private String matchedWords(String sentence, Verdict v) {
        List<String> words = tokenizer.words(sentence, v.candidate().rule().language());
        int from = Math.min(v.candidate().first(), words.size());
        int to = Math.min(v.candidate().last() + 1, words.size());
        return String.join(" ", words.subList(from, to));
    }
}
