package org.lihaaz.ruletest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lihaaz.context.CheckCounters;
import org.lihaaz.context.Verdict;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Edit;
import org.lihaaz.finding.Finding;
import org.lihaaz.finding.Rewrite;
import org.lihaaz.fix.FixPlanner;
import org.lihaaz.fix.Patch;
import org.lihaaz.format.Format;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.report.FileReport;
import org.lihaaz.rule.Example;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.suppress.Policy;
import org.lihaaz.internal.token.Tokenizer;

/**
 * Runs every rule's own examples: each {@code flag:} sentence must raise a finding from that rule (on
 * the words it marks, when it marks them), the first replacement put in place must read as the example
 * pins it and must not be flagged again by the rule; each {@code clean:} sentence must raise none.
 * A rule with replacements must pin at least one rewrite, and a {@code fix: safe} rule must pin one on
 * every flag example. Failures say why, from the context checks' verdicts.
 */
public final class RuleExampleRunner {

    public enum Kind {
        NOT_FLAGGED("flag example not flagged: "),
        WRONG_SPAN("flag example flagged on other words: "),
        WRONG_REWRITE("rewrite does not read as pinned: "),
        FLAGGED_AGAIN("rewrite is flagged again by the rule: "),
        UNPINNED("no pinned rewrite: "),
        WRONGLY_FLAGGED("clean example flagged: ");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How a report introduces the sentence of a failure of this kind. */
        public String label() {
            return label;
        }
    }

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

    /** The result of checking one sentence, for callers that report per example (JUnit). */
    public record ExampleResult(boolean flagged, String why) {
    }

    /**
     * What a flag example showed: the finding the rule raised (null when none), and the failure, if any.
     *
     * @param rewrite the sentence with the first replacement in place, or null when there is none
     */
    public record FlagResult(Finding finding, String rewrite, Failure failure) {
        public boolean passed() {
            return failure == null;
        }
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
            for (String written : rule.examples().flag()) {
                examples++;
                FlagResult r = checkFlag(rule, written);
                if (r.failure() != null) {
                    failures.add(r.failure());
                }
            }
            pinningFailure(rule).ifPresent(failures::add);
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

    /**
     * A rule with replacements pins at least one rewrite, and a {@code fix: safe} rule pins one on every
     * flag example: the pinned sentences are the proof that the replacement reads right.
     */
    public Optional<Failure> pinningFailure(Rule rule) {
        if (rule.replace().isEmpty()) {
            return Optional.empty();
        }
        List<Example> flags = rule.examples().flagExamples();
        if (rule.fix() == Rule.FixSafety.SAFE) {
            for (Example e : flags) {
                if (!e.pinsRewrite() || e.pinsNoReplacement()) {
                    return Optional.of(new Failure(rule, Kind.UNPINNED, e.sentence(),
                            "a 'fix: safe' rule pins the rewrite of every flag example ('... => ...')"));
                }
            }
        } else if (flags.stream().noneMatch(e -> e.pinsRewrite() && !e.pinsNoReplacement())) {
            return Optional.of(new Failure(rule, Kind.UNPINNED, flags.get(0).sentence(),
                    "a rule with replacements pins the rewrite of at least one flag example ('... => ...')"));
        }
        return Optional.empty();
    }

    /** Checks one flag example as written: flagged, on the marked words, rewritten as pinned, not flagged again. */
    public FlagResult checkFlag(Rule rule, String written) {
        Example ex = Example.parse(written);
        String sentence = ex.sentence();
        List<Verdict> verdicts = new ArrayList<>();
        List<Finding> mine = findings(rule, sentence, verdicts);
        if (mine.isEmpty()) {
            return new FlagResult(null, null, new Failure(rule, Kind.NOT_FLAGGED, sentence, whyNot(rule, sentence, verdicts)));
        }
        Finding f = mine.get(0);
        if (ex.marksSpan()) {
            Finding onSpan = mine.stream().filter(x -> x.sourceStart() == ex.spanStart() && x.sourceEnd() == ex.spanEnd())
                    .findFirst().orElse(null);
            if (onSpan == null) {
                return new FlagResult(f, null, new Failure(rule, Kind.WRONG_SPAN, sentence, "flagged '" + f.match()
                        + "', the example marks '" + ex.span() + "'"));
            }
            f = onSpan;
        }
        String rewrite = rewrite(f, sentence);
        if (ex.pinsRewrite()) {
            String got = rewrite == null ? Example.NO_REPLACEMENT : rewrite;
            if (!got.equals(ex.rewrite())) {
                return new FlagResult(f, rewrite, new Failure(rule, Kind.WRONG_REWRITE, sentence, "reads '" + got
                        + "', the example pins '" + ex.rewrite() + "'" + (rewrite == null && !f.suggestions().isEmpty()
                        ? " (" + Rewrite.whyNot(f, f.suggestions().get(0), Rewrite.Source.of(sentence)) + ")" : "")));
            }
        }
        if (rewrite != null) {
            int delta = rewrite.length() - sentence.length();
            int newEnd = f.sourceEnd() + delta;
            int newStart = newEnd - f.suggestions().get(0).length();
            List<Finding> again = findings(rule, rewrite, null).stream()
                    .filter(g -> g.sourceStart() < newEnd && newStart < g.sourceEnd()).toList();
            if (!again.isEmpty()) {
                return new FlagResult(f, rewrite, new Failure(rule, Kind.FLAGGED_AGAIN, sentence, "'" + rewrite
                        + "' is flagged again on '" + again.get(0).match() + "'"));
            }
        }
        return new FlagResult(f, rewrite, null);
    }

    /** The sentence with the finding's first replacement put in place, article agreement included; null when none. */
    public static String rewrite(Finding f, String sentence) {
        if (f.suggestions().isEmpty()) {
            return null;
        }
        Optional<List<Edit>> edits = Rewrite.edits(f, f.suggestions().get(0), sentence);
        return edits.map(e -> Patch.apply(sentence, FixPlanner.sorted(e))).orElse(null);
    }

    /** Checks one sentence as plain text in the rule's language and says whether the rule fired, and why. */
    public ExampleResult check(Rule rule, String sentence) {
        List<Verdict> verdicts = new ArrayList<>();
        List<Finding> mine = findings(rule, sentence, verdicts);
        if (!mine.isEmpty()) {
            Finding f = mine.get(0);
            return new ExampleResult(true, "raised on '" + f.match() + "' at column " + f.start().column());
        }
        return new ExampleResult(false, whyNot(rule, sentence, verdicts));
    }

    private List<Finding> findings(Rule rule, String sentence, List<Verdict> verdicts) {
        // Every rule runs here, however unsure: its examples must hold when someone turns it on.
        Lihaaz engine = engines.computeIfAbsent(rule.language(), l -> Lihaaz.builder()
                .rules(rules)
                .policy(Policy.builder().minSureness(Rule.Sureness.LOW).build())
                .language(LanguageChoice.of(l))
                .build());
        FileReport report = engine.check(Input.ofText("example.txt", sentence, Format.TEXT), verdicts, new CheckCounters());
        List<Finding> mine = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.rule() == rule || f.ruleId().equals(rule.id())) {
                mine.add(f);
            }
        }
        return mine;
    }

    private String whyNot(Rule rule, String sentence, List<Verdict> verdicts) {
        List<String> reasons = new ArrayList<>();
        for (Verdict v : verdicts) {
            if (v.candidate().rule().id().equals(rule.id())) {
                reasons.add("'" + matchedWords(sentence, v) + "': " + v.reason());
            }
        }
        if (reasons.isEmpty()) {
            return "no term matched; the sentence's words are " + tokenizer.words(sentence, rule.language());
        }
        return String.join("; ", reasons);
    }

    private String matchedWords(String sentence, Verdict v) {
        List<String> words = tokenizer.words(sentence, v.candidate().rule().language());
        int from = Math.min(v.candidate().first(), words.size());
        int to = Math.min(v.candidate().last() + 1, words.size());
        return String.join(" ", words.subList(from, to));
    }
}
