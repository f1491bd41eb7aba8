package org.lihaaz.internal.match;

import org.lihaaz.match.Candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.PatternPart;
import org.lihaaz.rule.Rule;
import org.lihaaz.internal.token.Tokenizer;
import org.lihaaz.internal.token.Tokens;

/**
 * Finds candidate matches: one pass over a block's tokens, one hash lookup per token, then a walk of
 * the trie only where a term starts. Where one rule matches overlapping spans, the longest (then
 * leftmost) wins; different rules may overlap.
 */
public final class Matcher {
    private final TermIndex index;

    public Matcher(TermIndex index) {
        this.index = index;
    }

    public List<Candidate> match(Tokens tokens, Language language) {
        List<Candidate> found = new ArrayList<>();
        int n = tokens.size();
        GapVisits visits = new GapVisits();
        for (TermIndex.Compiled tries : index.compiled(language)) {
            TermIndex.Node sensitiveRoot = tries.sensitive;
            for (int i = 0; i < n; i++) {
                String alternative = tokens.alternative(i);
                if (alternative != null) {
                    TermIndex.Compiled.First other = tries.first(alternative);
                    if (other != null && other.insensitive() != null) {
                        visits.newStart();
                        walk(other.insensitive(), tokens, i, i + 1, found, false, visits);
                    }
                }
                TermIndex.Compiled.First first = tries.first(tokens.norm(i));
                if (first == null) {
                    continue;
                }
                if (first.insensitive() != null) {
                    visits.newStart();
                    walk(first.insensitive(), tokens, i, i + 1, found, false, visits);
                }
                if (first.sensitive()) {
                    TermIndex.Node next = sensitiveRoot.words.get(caseKey(tokens, i));
                    if (next != null) {
                        visits.newStart();
                        walk(next, tokens, i, i + 1, found, true, visits);
                    }
                }
            }
        }
        return found.isEmpty() ? found : resolveOverlaps(found);
    }

    /** Every word that begins a term of {@code language}'s rules, as that language's chain normalises it. */
    public java.util.Set<String> firstWords(Language language) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (TermIndex.Compiled c : index.compiled(language)) {
            out.addAll(c.firstWords());
        }
        return out;
    }

    /** True when {@code key} (a normal form of {@code language}) is the first word of one of its rules' terms. */
    public boolean startsTerm(String key, Language language) {
        for (TermIndex.Compiled c : index.compiled(language)) {
            if (c.first(key) != null) {
                return true;
            }
        }
        return false;
    }

    private void walk(TermIndex.Node node, Tokens tokens, int start, int pos, List<Candidate> out, boolean cs,
            GapVisits visits) {
        if (node.accepts != null) {
            for (TermIndex.Accept a : node.accepts) {
                if (index.isActive(a.rule())) {
                    out.add(new Candidate(a.rule(), a.term(), start, pos - 1, a.form()));
                }
            }
        }
        // A term never runs across the end of a sentence ("...she cried. Rape survivor...").
        if (pos >= tokens.size() || tokens.sentenceBreakBefore(pos)) {
            return;
        }
        if (node.words != null) {
            TermIndex.Node next = node.words.get(cs ? caseKey(tokens, pos) : tokens.norm(pos));
            if (next != null) {
                walk(next, tokens, start, pos + 1, out, cs, visits);
            }
            String alternative = cs ? null : tokens.alternative(pos);
            if (alternative != null && (next = node.words.get(alternative)) != null) {
                walk(next, tokens, start, pos + 1, out, cs, visits);
            }
        }
        if (node.any != null) {
            walk(node.any, tokens, start, pos + 1, out, cs, visits);
        }
        if (node.capitalised != null && (tokens.isCapitalised(pos) || tokens.isAllCaps(pos))) {
            walk(node.capitalised, tokens, start, pos + 1, out, cs, visits);
        }
        if (node.name != null && tokens.isCapitalised(pos)) {
            walk(node.name, tokens, start, pos + 1, out, cs, visits);
        }
        if (node.number != null && tokens.isNumber(pos)) {
            walk(node.number, tokens, start, pos + 1, out, cs, visits);
        }
        if (node.gap != null) {
            for (int skip = 0; skip <= PatternPart.Kind.GAP_MAX_WORDS && pos + skip < tokens.size(); skip++) {
                if (skip > 0 && tokens.sentenceBreakBefore(pos + skip)) {
                    break;
                }
                // A gap never ends a term (the loader refuses that), so the gap node accepts nothing itself.
                // Several gaps reach the same place in many ways; what follows from there is the same each time.
                if (visits.first(node.gap, pos + skip - start)) {
                    walk(node.gap, tokens, start, pos + skip, out, cs, visits);
                }
            }
        }
    }

    /**
     * The case-sensitive key of a token: as written, with apostrophes folded as in the normal form.
     * A token written without capitals is its normal form, so most tokens need no new string.
     */
    private static String caseKey(Tokens tokens, int i) {
        if (!tokens.isCapitalised(i) && !tokens.isAllCaps(i) && !tokens.hasUpperCase(i)) {
            return tokens.norm(i);
        }
        return Tokenizer.foldKeepingCase(tokens.surface(i));
    }

    /**
     * The gap nodes already walked from the current start, and at which distance from it. Walking
     * a node again at the same place finds the same candidates, so each (node, place) is walked
     * once: without this, a term with k gaps over text where every step matches takes 5^k walks per
     * word, and a rule pack could hang a run. Allocated only for terms with gaps.
     */
    private static final class GapVisits {
        private java.util.IdentityHashMap<TermIndex.Node, java.util.BitSet> seen;

        void newStart() {
            if (seen != null && !seen.isEmpty()) {
                seen.clear();
            }
        }

        boolean first(TermIndex.Node node, int distance) {
            if (seen == null) {
                seen = new java.util.IdentityHashMap<>();
            }
            java.util.BitSet at = seen.computeIfAbsent(node, k -> new java.util.BitSet());
            if (at.get(distance)) {
                return false;
            }
            at.set(distance);
            return true;
        }
    }

    /**
     * Keeps, per rule, the longest (then leftmost) of overlapping candidates. Kept spans are disjoint,
     * so one ordered lookup per candidate tells whether it overlaps any of them: a block where one
     * rule matches at every word costs n log n, not n squared.
     */
    private static List<Candidate> resolveOverlaps(List<Candidate> found) {
        // By identity: a rule record's own hashCode walks every field.
        Map<Rule, List<Candidate>> byRule = new java.util.IdentityHashMap<>();
        for (Candidate c : found) {
            byRule.computeIfAbsent(c.rule(), r -> new ArrayList<>()).add(c);
        }
        List<Candidate> out = new ArrayList<>();
        for (List<Candidate> list : byRule.values()) {
            list.sort(Comparator.comparingInt(Candidate::tokenCount).reversed().thenComparingInt(Candidate::first));
            java.util.TreeMap<Integer, Candidate> kept = new java.util.TreeMap<>();
            for (Candidate c : list) {
                // The kept span starting last at or before c's end is the only one that can reach into c.
                Map.Entry<Integer, Candidate> before = kept.floorEntry(c.last());
                if (before == null || before.getValue().last() < c.first()) {
                    kept.put(c.first(), c);
                }
            }
            out.addAll(kept.values());
        }
        out.sort(Comparator.comparingInt(Candidate::first).thenComparing(c -> c.rule().id()));
        return out;
    }
}
