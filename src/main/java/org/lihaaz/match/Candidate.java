package org.lihaaz.match;

import org.lihaaz.lang.WordForm;
import org.lihaaz.rule.Rule;

/**
 * A place where a rule's term occurs in a block, before any context check.
 *
 * @param rule  the rule whose term matched
 * @param term  the term, as the rule writes it, that matched
 * @param first index of the first matched token
 * @param last  index of the last matched token (inclusive)
 * @param form  the grammatical form the match was written in
 */
public record Candidate(Rule rule, String term, int first, int last, WordForm form) {
    public int tokenCount() {
        return last - first + 1;
    }
}
