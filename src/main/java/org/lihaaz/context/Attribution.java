package org.lihaaz.context;

import java.util.Set;
import org.lihaaz.match.Candidate;
import org.lihaaz.token.Tokens;

/**
 * Decides whether reporting words ("said", "according to", "police claimed") govern the clause or
 * quotation a match is in, so that a label counts as a speaker's, not the writer's. Only three places
 * govern a match:
 * <ul>
 * <li>the match lies inside a quotation: quoted words are a speaker's by nature;</li>
 * <li>a phrase stands before the match in its own clause ("Police said the terrorists were killed",
 * "According to the ISPR, five militants ..."); a clause ends at a semicolon or at a comma followed by
 * a coordinating conjunction ("..., and the martyrs ...");</li>
 * <li>a phrase opens a short attribution tag after the match: the first comma, colon, dash or bracket
 * after it starts the tag, which runs up to {@value #TAG_WORDS} words or the next such mark ("...,
 * police said", "...: ISPR", "..., said the minister").</li>
 * </ul>
 * A reporting word elsewhere governs something else: in "the widow of martyred Inspector X expressed
 * gratitude", "expressed" has "gratitude" for its object, and the label is the writer's. One linear
 * pass over the sentence; sentence boundaries come from the block's (lazy) sentence detector.
 */
final class Attribution {
    /** The most words an attribution tag after a match may take before its reporting phrase starts. */
    static final int TAG_WORDS = 5;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "whereas", "yet", "although",
            "though", "or", "so");
    private static final String TAG_MARKS = ",:;\u2014\u2013()";

    private Attribution() {
    }

    static boolean governs(PhraseMatcher phrases, Candidate c, BlockAnalysis block) {
        if (block.inQuotation(c.first())) {
            return true;
        }
        Tokens t = block.tokens();
        int[] sentence = block.sentence(c.first());
        int clauseStart = c.first();
        while (clauseStart > sentence[0] && !clauseBreak(t, clauseStart - 1)) {
            clauseStart--;
        }
        // A phrase ending right before the match at the latest, inside the clause.
        if (clauseStart < c.first() && phrases.find(t, clauseStart, c.first() - 1, clauseStart + 1, c.first(),
                clauseStart, c.first())) {
            return true;
        }
        int end = Math.min(sentence[1], t.size());
        for (int j = c.last(); j + 1 < end; j++) {
            String gap = t.gap(j, j + 1);
            if (hasAny(gap, TAG_MARKS)) {
                if (gap.indexOf(';') >= 0 || CONJUNCTIONS.contains(t.norm(j + 1))) {
                    return false;
                }
                int tagStart = j + 1;
                int tagEnd = tagStart;
                while (tagEnd < end && tagEnd - tagStart < TAG_WORDS + phrases.maxLength()
                        && (tagEnd == tagStart || !hasAny(t.gap(tagEnd - 1, tagEnd), TAG_MARKS))) {
                    tagEnd++;
                }
                return phrases.find(t, tagStart, Math.min(tagEnd - 1, tagStart + TAG_WORDS), tagStart + 1, tagEnd,
                        tagStart, tagEnd);
            }
        }
        return false;
    }

    /** True when a clause ends between token {@code left} and the next. */
    private static boolean clauseBreak(Tokens t, int left) {
        String gap = t.gap(left, left + 1);
        if (gap.indexOf(';') >= 0) {
            return true;
        }
        return gap.indexOf(',') >= 0 && CONJUNCTIONS.contains(t.norm(left + 1));
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
