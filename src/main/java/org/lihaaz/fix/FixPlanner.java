package org.lihaaz.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lihaaz.finding.Finding;
import org.lihaaz.rule.Rule;

/**
 * Turns findings into edits. A finding is fixed without asking only when its rule says
 * {@code fix: safe}; its first suggestion (already in the matched form: number, possessive,
 * capitals) replaces exactly the matched text, and the article before it is made to agree. A match
 * that is not plain words in the source (an entity, markup or a line break inside it) is never
 * rewritten, so a fix cannot touch code, tags, timings or keys, which readers never give as prose.
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
            // A speaker's words are quoted as spoken: rewriting them would misquote (issue 12).
            if (f.quoted() || f.rule().fix() != Rule.FixSafety.SAFE || f.suggestions().isEmpty()
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
        if (!isPlainWords(text, f.sourceStart(), f.sourceEnd()) || replacement.indexOf('\n') >= 0
                || replacement.indexOf('\r') >= 0) {
            return false;
        }
        List<Edit> mine = new ArrayList<>(2);
        mine.add(new Edit(f.sourceStart(), f.sourceEnd(), replacement));
        if (introducesSyntax(f.match(), replacement)) {
            return false;
        }
        Optional<Edit> article = Articles.adjust(text, f.wordBefore(), replacement);
        article.ifPresent(mine::add);
        for (Edit e : mine) {
            for (Edit other : edits) {
                if (e.overlaps(other)) {
                    return false;
                }
            }
        }
        edits.addAll(mine);
        return true;
    }

    /** Why a finding cannot be rewritten where it stands, or null when it can. */
    public static String whyNotRewritable(String text, Finding f, String replacement) {
        if (!isPlainWords(text, f.sourceStart(), f.sourceEnd())) {
            return "the match is written with markup, an entity or a line break inside it; edit it by hand";
        }
        if (introducesSyntax(f.match(), replacement) || replacement.indexOf('\n') >= 0) {
            return "the replacement has characters (quotes, markup, line breaks) that could break the file's format";
        }
        return null;
    }

    /** Letters, digits, marks, spaces, apostrophes, hyphens and full stops only: words as written, no markup. */
    static boolean isPlainWords(String text, int start, int end) {
        if (end <= start || end > text.length()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean ok = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || Character.isSurrogate(c)
                    || c == ' ' || c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-' || c == '\u2010'
                    || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the replacement brings a character the match does not have that could be syntax in
     * some format (a quote inside an HTML attribute, a backtick or asterisk in Markdown): a fix adds
     * words, never markup.
     */
    static boolean introducesSyntax(String match, String replacement) {
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '.' || Character.isSurrogate(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK) && match.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    static List<Edit> sorted(List<Edit> edits) {
        List<Edit> out = new ArrayList<>(edits);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
