package org.lihaaz.internal.context;

import org.lihaaz.context.CheckCounters;
import org.lihaaz.context.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lihaaz.finding.Excerpt;
import org.lihaaz.finding.Finding;
import org.lihaaz.finding.Span;
import org.lihaaz.internal.finding.SuggestionShaper;
import org.lihaaz.lang.Language;
import org.lihaaz.match.Candidate;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.rule.Condition;
import org.lihaaz.rule.MessageChoice;
import org.lihaaz.rule.Replacement;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.source.SourceText;
import org.lihaaz.internal.token.Tokenizer;
import org.lihaaz.internal.token.Tokens;

/**
 * Turns candidates into findings by checking each rule's context: quotation (mentioned, not used),
 * recommended terms of art, capitalised names, then the rule's {@code requires} and {@code unless} conditions. Sentences and
 * tags are computed only for blocks whose candidates ask for them.
 */
public final class ContextChecker {
    /** By rule id: ids are unique, and hashing a whole rule record on every candidate would be wasteful. */
    private final Map<String, Compiled> compiled = new java.util.concurrent.ConcurrentHashMap<>();
    private final Tokenizer tokenizer;
    private final NlpModels models;
    private final MessageChoice messages;
    private final TermsOfArt termsOfArt;

    /** A rule's compiled conditions, and those of any term that has its own. */
    private record Compiled(List<ConditionCheck> requires, List<ConditionCheck> unless, Map<String, Compiled> perTerm,
            Map<Replacement, List<ConditionCheck>> replacements) {
    }

    public ContextChecker(RuleSet rules, Tokenizer tokenizer, NlpModels models) {
        this(rules, tokenizer, models, MessageChoice.NATIVE);
    }

    /** @param messages the language findings' messages and suggestions are given in */
    public ContextChecker(RuleSet rules, Tokenizer tokenizer, NlpModels models, MessageChoice messages) {
        this.models = models;
        this.messages = messages;
        this.tokenizer = tokenizer;
        this.termsOfArt = TermsOfArt.builtIn(tokenizer);
    }

    /** A rule's conditions, compiled the first time one of its terms matches. */
    private Compiled compiled(Rule rule) {
        return compiled.computeIfAbsent(rule.id(), id -> {
            Rule r = rule;
            Map<String, Compiled> perTerm = new java.util.HashMap<>();
            r.termContexts().forEach((term, t) -> perTerm.put(term, new Compiled(
                    compile(t.requires(), r.language(), tokenizer, r.classes()), compile(t.unless(), r.language(), tokenizer, r.classes()),
                    Map.of(), Map.of())));
            Map<Replacement, List<ConditionCheck>> replacements = new java.util.IdentityHashMap<>();
            for (Replacement rep : r.replace()) {
                if (rep.hasConditions()) {
                    replacements.put(rep, compile(rep.when(), r.language(), tokenizer, r.classes()));
                }
            }
            return new Compiled(compile(r.requires(), r.language(), tokenizer, r.classes()),
                    compile(r.unless(), r.language(), tokenizer, r.classes()), perTerm, replacements);
        });
    }

    /**
     * Judges a block's candidates and returns the findings among them.
     *
     * @param verdicts when not null, receives the verdict on every candidate
     */
    public List<Finding> check(ProseBlock block, Tokens tokens, Language language, List<Candidate> candidates,
            SourceText source, CheckCounters counters, List<Verdict> verdicts) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        BlockAnalysis analysis = new BlockAnalysis(tokens, language, models, counters);
        List<Finding> out = new ArrayList<>();
        Excerpt last = null;
        for (Candidate c : candidates) {
            Verdict v = judge(c, analysis, verdicts != null);
            if (verdicts != null) {
                verdicts.add(v);
            }
            if (v.kept()) {
                Finding f = toFinding(c, block, analysis, language, source, last, analysis.inQuotation(c.first()));
                last = f.excerpt();
                out.add(f);
            }
        }
        return out;
    }

    /** @param explain whether the verdict should say in words why a candidate was dropped (for traces) */
    private Verdict judge(Candidate c, BlockAnalysis block, boolean explain) {
        Rule rule = c.rule();
        Tokens t = block.tokens();
        if (rule.quoted() == Rule.QuotePolicy.SKIP
                && QuoteHeuristic.isQuoted(t.text(), t.start(c.first()), t.end(c.last()))) {
            return new Verdict(c, false, "in quotation marks: mentioned, not used");
        }
        if (termsOfArt.covers(t, block.language(), c.first(), c.last())) {
            return new Verdict(c, false, "inside a recommended term of art (terms-of-art.yml)");
        }
        if (rule.names() == Rule.NamePolicy.SKIP && NameHeuristic.isInName(block, c.first(), c.last())) {
            return new Verdict(c, false, "part of a capitalised name or title");
        }
        Compiled checks = compiled(rule);
        String reason = failedCondition(checks, c, block, explain);
        Compiled termChecks = checks.perTerm().get(c.term());
        if (reason == null && termChecks != null) {
            reason = failedCondition(termChecks, c, block, explain);
            if (reason != null && explain) {
                reason = "term '" + c.term() + "': " + reason;
            }
        }
        return reason == null ? new Verdict(c, true, "kept") : new Verdict(c, false, reason);
    }

    /**
     * Why the conditions drop the candidate, or null when they keep it. Without {@code explain} the
     * reason is left unwritten: describing conditions costs more than checking them.
     */
    private static String failedCondition(Compiled checks, Candidate c, BlockAnalysis block, boolean explain) {
        for (ConditionCheck check : checks.requires()) {
            if (!check.holds(c, block)) {
                return explain ? "requires [" + check.describe() + "] does not hold" + tagNote(check, c, block) : "";
            }
        }
        for (ConditionCheck check : checks.unless()) {
            if (check.holds(c, block)) {
                return explain ? "unless [" + check.describe() + "] holds" + tagNote(check, c, block) : "";
            }
        }
        return null;
    }

    private static String tagNote(ConditionCheck check, Candidate c, BlockAnalysis block) {
        if (check instanceof ConditionCheck.PosCheck pos) {
            return " (tagged " + pos.tagOf(c, block) + ")";
        }
        return "";
    }

    private Finding toFinding(Candidate c, ProseBlock block, BlockAnalysis analysis, Language language,
            SourceText source, Excerpt previous, boolean quoted) {
        Tokens tokens = analysis.tokens();
        int blockStart = tokens.start(c.first());
        int blockEnd = tokens.end(c.last());
        int start = block.map().sourceStart(blockStart);
        int end = block.map().sourceEnd(blockEnd);
        String matched = source.text().substring(start, end);
        List<String> words = new ArrayList<>(c.tokenCount());
        for (int i = c.first(); i <= c.last(); i++) {
            words.add(tokens.surface(i));
        }
        Compiled checks = compiled(c.rule());
        List<String> suggestions = SuggestionShaper.shape(c.rule().replace(), c.form(), matched, words,
                r -> allHold(checks.replacements().get(r), c, analysis), opensSentence(tokens.text(), blockStart));
        return new Finding(c.rule(), c.term(), c.rule().level(), language, source.position(start), source.position(end),
                start, end, matched, suggestions, c.rule().message(messages), c.rule().advice(messages), null,
                wordBefore(c, block, tokens), Excerpt.of(source, start, end, previous),
                quoted ? Finding.IN_QUOTATION : null);
    }

    /** True when only spaces, quotation marks or brackets stand between the match and a sentence's end or the block's start. */
    static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"'\u2018\u201C([\u00AB*_#>-\u2022\u25CF\u25AA\u2013\u2014".indexOf(c) >= 0) {
                continue;
            }
            return ".!?:;\u06D4\u061F\u2026".indexOf(c) >= 0;
        }
        return true;
    }

    private static boolean allHold(List<ConditionCheck> checks, Candidate c, BlockAnalysis analysis) {
        for (ConditionCheck check : checks) {
            if (!check.holds(c, analysis)) {
                return false;
            }
        }
        return true;
    }

    /** The source span of the word right before the match, when only spaces part them in the prose and it is verbatim. */
    private static Span wordBefore(Candidate c, ProseBlock block, Tokens tokens) {
        int i = c.first() - 1;
        if (i < 0) {
            return null;
        }
        int s = tokens.start(i);
        int e = tokens.end(i);
        String text = tokens.text();
        for (int k = e; k < tokens.start(c.first()); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return null;
            }
        }
        if (!block.map().isVerbatim(s, e)) {
            return null;
        }
        return new Span(block.map().sourceStart(s), block.map().sourceEnd(e));
    }

    private static List<ConditionCheck> compile(List<Condition> conditions, Language language, Tokenizer tokenizer,
            Map<String, org.lihaaz.rule.ClassWords> classes) {
        List<ConditionCheck> out = new ArrayList<>(conditions.size());
        for (Condition c : conditions) {
            out.add(ConditionCheck.compile(c, language, tokenizer, classes));
        }
        return out;
    }
}
