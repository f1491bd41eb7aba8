package org.lihaaz.fix;

import org.lihaaz.finding.Edit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lihaaz.finding.Finding;
import org.lihaaz.finding.Rewrite;
import org.lihaaz.rule.Rule;

/**
 * Turns findings into edits: the one planner behind {@code --fix}, {@code --diff} and review. A
 * finding is fixed without asking only when its rule says {@code fix: safe}; its first replacement
 * (already in the matched form) goes in through {@link Rewrite}, which every other rewriting path uses
 * too, so the article agrees and quotations, markup and entities are left alone.
 * Given a way to check the fixed text, a fix that would bring in a finding of its own (a replacement
 * that some rule flags) is left for a person too, which also keeps a second {@code --fix} run from
 * changing anything.
 */
public final class FixPlanner {
    /** Rounds of dropping fixes whose replacement is flagged; each round drops at least one fix. */
    private static final int MAX_ROUNDS = 4;

    /** The findings a text would get, checked as the file it stands for. */
    @FunctionalInterface
    public interface Recheck {
        List<Finding> findings(String text);
    }

    private FixPlanner() {
    }

    /**
     * The plan for a file's findings, without the fixes whose replacement (or changed article) the
     * rules would flag in the fixed text.
     */
    public static FixPlan planSafe(String text, List<Finding> findings, Recheck recheck) {
        FixPlan plan = planSafe(text, findings);
        if (plan.isEmpty()) {
            return plan;
        }
        List<Finding> kept = new ArrayList<>(plan.fixed());
        List<Finding> left = new ArrayList<>(plan.left());
        for (int round = 0; round < MAX_ROUNDS && !kept.isEmpty(); round++) {
            Map<Edit, Finding> owner = new IdentityHashMap<>();
            List<Edit> edits = new ArrayList<>();
            for (Finding f : kept) {
                int before = edits.size();
                add(edits, text, f, f.suggestions().get(0));
                for (int i = before; i < edits.size(); i++) {
                    owner.put(edits.get(i), f);
                }
            }
            edits = sorted(edits);
            Set<Finding> flagged = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Finding> again = recheck.findings(Patch.apply(text, edits));
            int delta = 0;
            for (Edit e : edits) {
                int newStart = e.start() + delta;
                int newEnd = newStart + e.replacement().length();
                delta += e.replacement().length() - (e.end() - e.start());
                for (Finding g : again) {
                    if (g.sourceStart() < newEnd && newStart < g.sourceEnd()) {
                        flagged.add(owner.get(e));
                    }
                }
            }
            if (flagged.isEmpty()) {
                return new FixPlan(edits, kept, left);
            }
            kept.removeIf(flagged::contains);
            left.addAll(flagged);
        }
        if (!kept.isEmpty()) {
            left.addAll(kept);
        }
        return new FixPlan(List.of(), List.of(), left);
    }

    /**
     * The plan for a file's findings.
     *
     * @param text the decoded text the findings' char indices point into
     */
    public static FixPlan planSafe(String text, List<Finding> findings) {
        List<Edit> edits = new ArrayList<>();
        List<Finding> fixed = new ArrayList<>();
        List<Finding> left = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule().fix() != Rule.FixSafety.SAFE || f.suggestions().isEmpty()
                    || !add(edits, text, f, f.suggestions().get(0))) {
                left.add(f);
            } else {
                fixed.add(f);
            }
        }
        return new FixPlan(sorted(edits), fixed, left);
    }

    /**
     * Adds the edits that replace a finding's match with {@code replacement} (and adjust its article)
     * to {@code edits}, unless the match cannot be rewritten safely or overlaps an edit already there.
     *
     * @return whether the edits were added
     */
    public static boolean add(List<Edit> edits, String text, Finding f, String replacement) {
        Optional<List<Edit>> mine = Rewrite.edits(f, replacement, text);
        if (mine.isEmpty()) {
            return false;
        }
        for (Edit e : mine.get()) {
            for (Edit other : edits) {
                if (e.overlaps(other)) {
                    return false;
                }
            }
        }
        edits.addAll(mine.get());
        return true;
    }

    /** Why a finding cannot be rewritten where it stands, or null when it can. */
    public static String whyNotRewritable(String text, Finding f, String replacement) {
        return Rewrite.whyNot(f, replacement, Rewrite.Source.of(text));
    }

    /** Edits in the order of their place in the text, as {@link Patch} applies them. */
    public static List<Edit> sorted(List<Edit> edits) {
        List<Edit> out = new ArrayList<>(edits);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
