package org.lihaaz.rule;

import java.util.List;

/**
 * Conditions that apply to one term of a rule only, on top of the rule's own: "chura" is also a
 * bride's bangles, so only that spelling needs the wedding exception.
 *
 * @param requires conditions that must all hold when this term matched
 * @param unless   conditions any of which cancels a finding of this term
 */
public record TermContext(List<Condition> requires, List<Condition> unless) {
    public TermContext {
        requires = List.copyOf(requires);
        unless = List.copyOf(unless);
    }
}
