package org.lihaaz.internal.context;

import java.util.Set;
import org.lihaaz.lang.Language;
import org.lihaaz.match.Candidate;
import org.lihaaz.rule.ClassWords;
import org.lihaaz.rule.Condition;
import org.lihaaz.internal.token.Tokenizer;

/** A compiled {@link Condition}: one general evaluator per kind of condition. */
abstract sealed class ConditionCheck permits ConditionCheck.PhraseCheck, ConditionCheck.PosCheck, ConditionCheck.GroupCheck,
        ConditionCheck.FormCheck, ConditionCheck.NotCheck, ConditionCheck.PunctuationCheck, ConditionCheck.QuotationCheck {
    final Condition condition;

    ConditionCheck(Condition condition) {
        this.condition = condition;
    }

    abstract boolean holds(Candidate c, BlockAnalysis block);

    /** Human-readable form for traces: "before: so-called". */
    abstract String describe();

    static ConditionCheck compile(Condition condition, Language language, Tokenizer tokenizer,
            java.util.Map<String, ClassWords> classes) {
        if (condition instanceof Condition.Phrases p) {
            return new PhraseCheck(p, new PhraseMatcher(p.phrases(), language, tokenizer, p.lemmas(), classes));
        }
        if (condition instanceof Condition.MatchForm form) {
            return new FormCheck(form);
        }
        if (condition instanceof Condition.InQuotation q) {
            return new QuotationCheck(q);
        }
        if (condition instanceof Condition.Punctuation p) {
            return new PunctuationCheck(p);
        }
        if (condition instanceof Condition.Not not) {
            return new NotCheck(not, compile(not.condition(), language, tokenizer, classes));
        }
        if (condition instanceof Condition.AnyOf any) {
            return new GroupCheck(any, true, compileAll(any.conditions(), language, tokenizer, classes));
        }
        if (condition instanceof Condition.AllOf all) {
            return new GroupCheck(all, false, compileAll(all.conditions(), language, tokenizer, classes));
        }
        return new PosCheck((Condition.PartOfSpeech) condition);
    }

    private static java.util.List<ConditionCheck> compileAll(java.util.List<Condition> conditions, Language language,
            Tokenizer tokenizer, java.util.Map<String, ClassWords> classes) {
        java.util.List<ConditionCheck> out = new java.util.ArrayList<>();
        for (Condition c : conditions) {
            out.add(compile(c, language, tokenizer, classes));
        }
        return out;
    }

    /** {@code form:} holds when the match was written in one of the forms. */
    static final class FormCheck extends ConditionCheck {
        private final Condition.MatchForm form;

        FormCheck(Condition.MatchForm form) {
            super(form);
            this.form = form;
        }

        @Override
        boolean holds(Candidate c, BlockAnalysis block) {
            for (Condition.Form f : form.forms()) {
                boolean hit = switch (f) {
                    case POSSESSIVE -> c.form().possessive();
                    case PLURAL -> c.form().plural();
                    case SINGULAR -> !c.form().plural();
                };
                if (hit) {
                    return true;
                }
            }
            return false;
        }

        @Override
        String describe() {
            return "form: " + String.join(" | ", form.forms().stream().map(Condition.Form::key).sorted().toList());
        }
    }

    /** {@code punct-before:} / {@code punct-after:} look at the marks between the match and its neighbour. */
    static final class PunctuationCheck extends ConditionCheck {
        private final Condition.Punctuation punct;

        PunctuationCheck(Condition.Punctuation punct) {
            super(punct);
            this.punct = punct;
        }

        @Override
        boolean holds(Candidate c, BlockAnalysis block) {
            var t = block.tokens();
            String text = t.text();
            String gap;
            if (punct.before()) {
                gap = c.first() == 0 ? text.substring(0, t.start(0)) : t.gap(c.first() - 1, c.first());
            } else {
                gap = c.last() + 1 >= t.size() ? text.substring(t.end(c.last())) : t.gap(c.last(), c.last() + 1);
            }
            for (String mark : punct.marks()) {
                if (gap.contains(mark)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        String describe() {
            return punct.key() + ": " + String.join(" ", punct.marks());
        }
    }

    /** {@code in-quotation: true} holds inside a quotation ({@link QuoteHeuristic#spans}). */
    static final class QuotationCheck extends ConditionCheck {
        QuotationCheck(Condition.InQuotation q) {
            super(q);
        }

        @Override
        boolean holds(Candidate c, BlockAnalysis block) {
            return block.inQuotation(c.first());
        }

        @Override
        String describe() {
            return "in-quotation";
        }
    }

    /** {@code not:} holds when its condition does not. */
    static final class NotCheck extends ConditionCheck {
        private final ConditionCheck inner;

        NotCheck(Condition.Not not, ConditionCheck inner) {
            super(not);
            this.inner = inner;
        }

        @Override
        boolean holds(Candidate c, BlockAnalysis block) {
            return !inner.holds(c, block);
        }

        @Override
        String describe() {
            return "not {" + inner.describe() + "}";
        }
    }

    /** {@code any:} holds when one inner condition holds; {@code all:} when every one does. */
    static final class GroupCheck extends ConditionCheck {
        private final boolean any;
        private final java.util.List<ConditionCheck> inner;

        GroupCheck(Condition condition, boolean any, java.util.List<ConditionCheck> inner) {
            super(condition);
            this.any = any;
            this.inner = inner;
        }

        @Override
        boolean holds(Candidate c, BlockAnalysis block) {
            for (ConditionCheck check : inner) {
                if (check.holds(c, block) == any) {
                    return any;
                }
            }
            return !any;
        }

        @Override
        String describe() {
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (ConditionCheck check : inner) {
                parts.add(check.describe());
            }
            return (any ? "any of " : "all of ") + "{" + String.join("; ", parts) + "}";
        }
    }

    static final class PhraseCheck extends ConditionCheck {
        private final Condition.Phrases phrases;
        private final PhraseMatcher matcher;

        PhraseCheck(Condition.Phrases phrases, PhraseMatcher matcher) {
            super(phrases);
            this.phrases = phrases;
            this.matcher = matcher;
        }

        @Override
        boolean holds(Candidate c, BlockAnalysis block) {
            int first = c.first();
            int last = c.last();
            int w = phrases.window();
            int len = matcher.maxLength();
            var tokens = block.tokens();
            switch (phrases.scope()) {
                case BEFORE -> {
                    int lo = clipLeft(block, first, w + len);
                    // The phrase's last word lies within w words before the match.
                    return matcher.find(tokens, first - w - len, first - 1, first - w + 1, first, lo, first);
                }
                case AFTER -> {
                    int hi = clipRight(block, last, w + len);
                    return matcher.find(tokens, last + 1, last + w, last + 2, hi, last + 1, hi);
                }
                case NEAR -> {
                    int lo = clipLeft(block, first, w);
                    int hi = clipRight(block, last, w);
                    return matcher.find(tokens, lo, first - 1, lo + 1, first, lo, first)
                            || matcher.find(tokens, last + 1, hi - 1, last + 2, hi, last + 1, hi);
                }
                case PARAGRAPH -> {
                    int n = tokens.size();
                    return matcher.find(tokens, 0, first - 1, 1, first, 0, first)
                            || matcher.find(tokens, last + 1, n - 1, last + 2, n, last + 1, n);
                }
                case ATTRIBUTION -> {
                    return Attribution.governs(matcher, c, block);
                }
                case TOPIC -> {
                    return matcher.find(tokens, 0, tokens.size() - 1, 1, tokens.size(), 0, tokens.size());
                }
                case SENTENCE -> {
                    int[] s = block.sentence(first);
                    return matcher.find(tokens, s[0], first - 1, s[0] + 1, first, s[0], first)
                            || matcher.find(tokens, last + 1, s[1] - 1, last + 2, s[1], last + 1, s[1]);
                }
                default -> throw new IllegalStateException();
            }
        }

        /** Lowest token index reachable going left up to {@code n} words without crossing a sentence end. */
        private static int clipLeft(BlockAnalysis block, int first, int n) {
            int lo = first;
            while (lo > 0 && first - lo < n && !block.breakAfter(lo - 1)) {
                lo--;
            }
            return lo;
        }

        /** One past the highest token index reachable going right up to {@code n} words. */
        private static int clipRight(BlockAnalysis block, int last, int n) {
            int hi = last;
            int size = block.tokens().size();
            while (hi + 1 < size && hi - last < n && !block.breakAfter(hi)) {
                hi++;
            }
            return hi + 1;
        }

        @Override
        String describe() {
            String window = phrases.unwindowed() ? "" : " (window " + phrases.window() + ")";
            String forms = phrases.lemmas() && phrases.scope() != Condition.Scope.TOPIC ? " (any form)" : "";
            return phrases.scope().key() + ": " + String.join(" | ", phrases.phrases()) + window + forms;
        }
    }

    static final class PosCheck extends ConditionCheck {
        private final Condition.PartOfSpeech pos;

        PosCheck(Condition.PartOfSpeech pos) {
            super(pos);
            this.pos = pos;
        }

        @Override
        boolean holds(Candidate c, BlockAnalysis block) {
            int target = switch (pos.target()) {
                case MATCH -> c.last();
                case PREVIOUS -> c.first() - 1;
                case NEXT -> c.last() + 1;
            };
            if (target < 0 || target >= block.tokens().size()) {
                return false;
            }
            if (pos.target() != Condition.Target.MATCH) {
                int[] s = block.sentence(c.first());
                if (target < s[0] || target >= s[1]) {
                    return false;
                }
            }
            String tag = block.tag(target);
            return tag != null && pos.tags().contains(tag);
        }

        String tagOf(Candidate c, BlockAnalysis block) {
            int target = switch (pos.target()) {
                case MATCH -> c.last();
                case PREVIOUS -> c.first() - 1;
                case NEXT -> c.last() + 1;
            };
            return target < 0 || target >= block.tokens().size() ? "none" : String.valueOf(block.tag(target));
        }

        Set<String> tags() {
            return pos.tags();
        }

        @Override
        String describe() {
            return pos.target().key() + ": " + String.join(" | ", pos.tags());
        }
    }
}
