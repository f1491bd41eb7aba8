package org.lihaaz.internal.context;

import java.util.Set;
import org.lihaaz.match.Candidate;
import org.lihaaz.internal.token.Tokens;

/**
 * Decides whether reporting words ("said", "according to", "police claimed") govern the clause or
 * quotation a match is in, so that a label counts as a speaker's, not the writer's. Only three places
 * govern a match:
 * <ul>
 * <li>the match lies inside a quotation: quoted words are a speaker's by nature;</li>
 * <li>a phrase stands before the match in its own clause ("Police said the terrorists were killed",
 * "According to the ISPR, five militants ..."); a clause ends at a semicolon, or at a comma and a
 * coordinating conjunction that opens a clause of its own (a finite verb follows within a few words:
 * "..., and police said"), not one that joins a list ("professionalism, and operational
 * readiness");</li>
 * <li>a phrase opens an attribution tag after the match: a part of the sentence after a comma, colon,
 * dash or bracket, the phrase within its first {@value #TAG_WORDS} words and followed by nothing, by a
 * name, or by words that place the statement ("..., police said", "...: ISPR", "..., the military's
 * media wing said on Monday", "..., according to the CPO statement", "..., said Interior Minister
 * Naqvi").</li>
 * </ul>
 * A reporting word elsewhere governs something else: in "the widow of martyred Inspector X expressed
 * gratitude", "expressed" has "gratitude" for its object, and the label is the writer's. Linear in the
 * sentence; sentences come from the block's lazy analysis, and no tags are needed.
 */
final class Attribution {
    /** The most words an attribution tag after a match may take before its reporting phrase starts. */
    static final int TAG_WORDS = 8;
    /** How far after a conjunction a verb makes it open a clause. */
    private static final int CLAUSE_VERB_WINDOW = 4;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "yet", "so");
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did",
            "said", "says", "say", "told", "tells", "went", "got", "gets", "took", "made", "came", "left", "fled",
            "began", "saw", "gave", "kept", "held", "met", "sent", "shot", "hit", "ran", "fell");
    /** Words that may follow a reporting phrase in a tag: when, where, how, or whose statement. */
    private static final Set<String> TAG_CONTINUATIONS = Set.of("on", "in", "at", "during", "after", "before", "while",
            "today", "yesterday", "earlier", "later", "late", "last", "this", "that", "adding", "add", "the", "a",
            "an", "his", "her", "their", "its", "by", "from", "to", "of", "here", "there", "separately");
    /** Comma, colon, semicolon, dashes, brackets; the Arabic-script comma and semicolon too. */
    private static final String TAG_MARKS = ",:;\u2014\u2013()\u060C\u061B";

    private Attribution() {
    }

    static boolean governs(PhraseMatcher phrases, Candidate c, BlockAnalysis block) {
        if (block.inQuotation(c.first())) {
            return true;
        }
        Tokens t = block.tokens();
        int[] sentence = block.sentence(c.first());
        int clauseStart = c.first();
        while (clauseStart > sentence[0] && !clauseBreak(block, clauseStart - 1)) {
            clauseStart--;
        }
        // A phrase ending right before the match at the latest, inside the clause.
        if (clauseStart < c.first() && phrases.find(t, clauseStart, c.first() - 1, clauseStart + 1, c.first(),
                clauseStart, c.first())) {
            return true;
        }
        int end = Math.min(sentence[1], t.size());
        int segStart = -1;
        for (int j = c.last(); j < end; j++) {
            boolean boundary = j + 1 >= end || hasAny(t.gap(j, j + 1), TAG_MARKS);
            if (!boundary) {
                continue;
            }
            if (segStart >= 0 && tagHolds(phrases, block, segStart, j + 1)) {
                return true;
            }
            if (j + 1 < end && hasAny(t.gap(j, j + 1), ";\u061B")) {
                return false;
            }
            segStart = j + 1;
        }
        return false;
    }

    /** True when the segment [from, to) is an attribution tag. */
    private static boolean tagHolds(PhraseMatcher phrases, BlockAnalysis block, int from, int to) {
        Tokens t = block.tokens();
        for (int s = from; s < to && s <= from + TAG_WORDS; s++) {
            for (int e = s + 1; e <= to && e - s <= phrases.maxLength(); e++) {
                if (phrases.find(t, s, s, e, e, s, e)) {
                    if (e == to || TAG_CONTINUATIONS.contains(t.norm(e)) || t.isCapitalised(e) || t.isAllCaps(e)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when a clause ends between token {@code left} and the next. */
    private static boolean clauseBreak(BlockAnalysis block, int left) {
        Tokens t = block.tokens();
        String gap = t.gap(left, left + 1);
        if (hasAny(gap, ";\u061B")) {
            return true;
        }
        if (gap.indexOf(',') < 0 || !CONJUNCTIONS.contains(t.norm(left + 1))) {
            return false;
        }
        for (int i = left + 2; i < t.size() && i <= left + 1 + CLAUSE_VERB_WINDOW; i++) {
            if (finiteVerb(t.norm(i))) {
                return true;
            }
            if (hasAny(t.gap(i - 1, i), TAG_MARKS)) {
                break;
            }
        }
        return false;
    }

    /**
     * A word that reads as the verb of a new clause: an auxiliary, a common reporting verb, or a past
     * form in -ed. A word test, not the tagger: loading and running the tagger for every sentence with
     * ", and" would cost more than the whole check of most files, and the few words needed are known.
     */
    static boolean finiteVerb(String word) {
        return CLAUSE_VERBS.contains(word) || word.length() > 4 && word.endsWith("ed");
    }

    private static boolean hasAny(String gap, String marks) {
        for (int i = 0; i < gap.length(); i++) {
            if (marks.indexOf(gap.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
