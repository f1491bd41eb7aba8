package org.lihaaz.internal.suppress;

import org.lihaaz.suppress.Policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lihaaz.finding.Finding;
import org.lihaaz.lang.Language;
import org.lihaaz.internal.prose.Directive;
import org.lihaaz.rule.Rule;
import org.lihaaz.source.SourceText;
import org.lihaaz.internal.token.Tokenizer;

/**
 * The last stage before reporting: drops findings the author or project has accepted (inline
 * directives, the {@code allow:} list) and applies the project's level for each rule.
 */
public final class Suppressor {
    private final Policy policy;
    private final Tokenizer tokenizer;
    private final Set<List<String>> allowed = new HashSet<>();

    public Suppressor(Policy policy, Tokenizer tokenizer) {
        this.policy = policy;
        this.tokenizer = tokenizer;
        for (String term : policy.allowedTerms()) {
            for (Language l : Language.values()) {
                allowed.add(tokenizer.words(term, l));
            }
        }
    }

    public List<Finding> apply(List<Finding> findings, List<Directive> directives, SourceText source) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (isAllowed(f) || isDisabledInline(f, directives, source)) {
                continue;
            }
            out.add(f.level() == policy.levelOf(f.rule()) ? f : f.withLevel(policy.levelOf(f.rule())));
        }
        return out;
    }

    private boolean isAllowed(Finding f) {
        if (allowed.isEmpty()) {
            return false;
        }
        return allowed.contains(tokenizer.words(f.match(), f.language()))
                || allowed.contains(tokenizer.words(f.term(), f.language()));
    }

    /**
     * The disable regions still open after {@code directives} (read after {@code inherited}), as
     * directives at the very start of the next piece of a file read in pieces.
     */
    public static List<Directive> openAtEnd(List<Directive> inherited, List<Directive> directives) {
        boolean all = false;
        Set<String> ids = new java.util.TreeSet<>();
        List<Directive> seq = new ArrayList<>(inherited);
        seq.addAll(directives);
        for (Directive d : seq) {
            if (d.kind() == Directive.Kind.DISABLE) {
                if (d.ids().isEmpty()) {
                    all = true;
                } else {
                    ids.addAll(d.ids());
                }
            } else if (d.kind() == Directive.Kind.ENABLE) {
                if (d.ids().isEmpty()) {
                    all = false;
                    ids.clear();
                } else {
                    ids.removeAll(d.ids());
                }
            }
        }
        List<Directive> out = new ArrayList<>(2);
        if (all) {
            out.add(new Directive(Directive.Kind.DISABLE, List.of(), 0, 0));
        }
        if (!ids.isEmpty()) {
            out.add(new Directive(Directive.Kind.DISABLE, List.copyOf(ids), 0, 0));
        }
        return out;
    }

    static boolean isDisabledInline(Finding f, List<Directive> directives, SourceText source) {
        if (directives.isEmpty()) {
            return false;
        }
        boolean all = false;
        Set<String> ids = new HashSet<>();
        int findingLine = source.lineIndexOf(f.sourceStart());
        for (Directive d : directives) {
            switch (d.kind()) {
                case DISABLE_NEXT_LINE -> {
                    if (source.lineIndexOf(Math.max(d.sourceStart(), d.sourceEnd() - 1)) + 1 == findingLine
                            && names(d, f.rule())) {
                        return true;
                    }
                }
                case DISABLE -> {
                    if (d.sourceEnd() <= f.sourceStart()) {
                        if (d.ids().isEmpty()) {
                            all = true;
                        } else {
                            ids.addAll(d.ids());
                        }
                    }
                }
                case ENABLE -> {
                    if (d.sourceEnd() <= f.sourceStart()) {
                        if (d.ids().isEmpty()) {
                            all = false;
                            ids.clear();
                        } else {
                            ids.removeAll(d.ids());
                        }
                    }
                }
            }
        }
        return all || ids.contains(f.ruleId()) || ids.contains(f.rule().pack());
    }

    private static boolean names(Directive d, Rule rule) {
        return d.ids().isEmpty() || d.ids().contains(rule.id()) || d.ids().contains(rule.pack());
    }
}
