package org.lihaaz.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.Concept;
import org.lihaaz.rule.Condition;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;

/**
 * Everything about one rule a person may want to read: what it flags and why, in both languages, what
 * it looks for, its replacements and advice, its conditions, sources and examples. {@code lihaaz rules explain}
 * prints it; the language server shows it on hover.
 */
public final class RuleExplanation {
    private RuleExplanation() {
    }

    /** The explanation, as lines ending in line breaks. */
    public static String of(Rule r) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(r.id() + "  (" + r.level().id() + ", " + r.category() + ", " + r.language().displayName() + ")");
        out.println();
        out.println(r.message());
        out.println();
        out.println("Why: " + r.note());
        out.println();
        if (r.english() != null) {
            out.println("In English: " + r.english().message());
            out.println();
            out.println("Why: " + r.english().note());
            if (!r.english().replace().isEmpty()) {
                out.println("Replacements mean: " + String.join("; ", r.english().replace()));
            }
            if (!r.english().advice().isEmpty()) {
                out.println("Advice: " + r.english().advice());
            }
            out.println();
        }
        out.println("Looks for: " + String.join("; ", r.terms())
                + (r.inflect() == Rule.Inflection.NOUN ? "  (with plural and possessive forms)" : "")
                + (r.inflect().urduClass() != null ? "  (with the forms of " + r.inflect().urduClass().code() + ")" : "")
                + (r.caseSensitive() ? "  (case-sensitive)" : ""));
        // A word class in a term or condition stands for these words (rules/classes/<name>.yml).
        r.classes().values().forEach(c -> out.println("  {@" + c.name() + "}: " + String.join(", ", c.words())
                + (c.inflect() ? "  (with plural and possessive forms)" : "")));
        if (!r.replace().isEmpty()) {
            out.println("Replaces with: " + String.join("; ", r.replacementTexts())
                    + (r.fix() == Rule.FixSafety.SAFE ? "  (the first is safe to apply automatically)" : ""));
        }
        if (!r.advice().isEmpty()) {
            out.println("Advice:    " + r.advice());
        }
        for (Condition c : r.requires()) {
            out.println("Requires:  " + describe(c));
        }
        for (Condition c : r.unless()) {
            out.println("Unless:    " + describe(c));
        }
        if (r.names() == Rule.NamePolicy.FLAG) {
            out.println("Also flags matches inside capitalised names.");
        }
        if (r.quoted() == Rule.QuotePolicy.FLAG) {
            out.println("Also flags matches inside quotation marks.");
        }
        out.println();
        out.println("Sources:");
        r.sources().forEach(s -> out.println("  - " + s));
        out.println();
        out.println("Flags:");
        r.examples().flag().forEach(s -> out.println("  \u2717 " + s));
        out.println("Leaves alone:");
        r.examples().clean().forEach(s -> out.println("  \u2713 " + s));
        out.println();
        out.println("Defined at " + r.location());
        out.flush();
        return text.toString();
    }

    /**
     * A concept: its harm and policy, then for each language its rules' terms, message, replacements and
     * advice, or why the language has none.
     */
    public static String of(Concept c, RuleSet rules) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(c.id() + ": " + c.title() + "  (concept, " + c.level().id() + ")");
        out.println();
        out.println(c.harm());
        out.println();
        out.println("Policy: every rule of this concept is a " + c.level().id()
                + (c.fix() == null ? "" : c.fix() == Rule.FixSafety.SAFE ? "; its first replacement is safe to apply"
                        : "; its replacements need a person's judgement"));
        if (!c.exceptions().isEmpty()) {
            out.println("Left alone:");
            c.exceptions().forEach(e -> out.println("  - " + e));
        }
        for (Language l : Language.values()) {
            List<String> ids = c.ruleIds(l);
            out.println();
            if (ids.isEmpty()) {
                out.println(l.displayName() + ": no rule. " + c.none().getOrDefault(l, ""));
                continue;
            }
            out.println(l.displayName() + " (" + ids.size() + (ids.size() == 1 ? " rule)" : " rules)"));
            for (String id : ids) {
                Rule r = rules.get(id).orElse(null);
                if (r == null) {
                    out.println("  " + id + "  (not loaded)");
                    continue;
                }
                out.println("  " + r.id());
                out.println("    Looks for: " + String.join("; ", r.terms()));
                // The words a class in a term stands for: a concept shows every language's terms.
                r.terms().stream().flatMap(t -> org.lihaaz.internal.rule.PatternSyntax.classNames(t).stream()).distinct()
                        .map(n -> r.classes().get(n)).filter(java.util.Objects::nonNull)
                        .forEach(k -> out.println("               {@" + k.name() + "}: " + String.join(", ", k.words())));
                out.println("    Message:   " + r.message());
                if (r.english() != null) {
                    out.println("    English:   " + r.english().message());
                }
                if (!r.replace().isEmpty()) {
                    out.println("    Replaces:  " + String.join("; ", r.replacementTexts())
                            + (r.english() != null && !r.english().replace().isEmpty()
                                    ? "  (" + String.join("; ", r.english().replace()) + ")" : ""));
                }
                if (!r.advice().isEmpty()) {
                    out.println("    Advice:    " + r.advice()
                            + (r.english() != null && !r.english().advice().isEmpty() ? "  (" + r.english().advice() + ")" : ""));
                }
            }
        }
        out.println();
        out.println("Defined at " + c.location());
        out.flush();
        return text.toString();
    }

    static String describe(Condition c) {
        if (c instanceof Condition.Phrases p) {
            String w = p.unwindowed() ? "" : " (within " + p.window() + " words)";
            return p.scope().key() + ": " + String.join(" | ", p.phrases()) + w
                    + (p.lemmas() && p.scope() != Condition.Scope.TOPIC ? " (any form)" : "");
        }
        if (c instanceof Condition.InQuotation) {
            return "in-quotation";
        }
        if (c instanceof Condition.Punctuation p) {
            return p.key() + ": " + String.join(" ", p.marks());
        }
        if (c instanceof Condition.Not not) {
            return "not {" + describe(not.condition()) + "}";
        }
        if (c instanceof Condition.MatchForm form) {
            return "form: " + String.join(" | ", form.forms().stream().map(Condition.Form::key).sorted().toList());
        }
        if (c instanceof Condition.AnyOf any) {
            return "any of {" + String.join("; ", any.conditions().stream().map(RuleExplanation::describe).toList()) + "}";
        }
        if (c instanceof Condition.AllOf all) {
            return "all of {" + String.join("; ", all.conditions().stream().map(RuleExplanation::describe).toList()) + "}";
        }
        Condition.PartOfSpeech pos = (Condition.PartOfSpeech) c;
        return pos.target().key() + ": " + String.join(" | ", pos.tags());
    }
}
