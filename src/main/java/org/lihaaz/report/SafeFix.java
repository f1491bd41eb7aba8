package org.lihaaz.report;

import java.util.Optional;
import org.lihaaz.finding.Finding;
import org.lihaaz.rule.Rule;
import org.lihaaz.source.Position;

/**
 * The edit a tool may make without asking: for a rule marked {@code fix: safe}, its first suggestion
 * (already in the matched form) replaces the match. Reporters that offer one-click changes use it.
 *
 * @param start       where the replaced text starts
 * @param end         where it ends (exclusive)
 * @param replacement the text to put there
 */
public record SafeFix(Position start, Position end, String replacement) {
    public static Optional<SafeFix> of(Finding f) {
        if (f.quoted() || f.rule().fix() != Rule.FixSafety.SAFE || f.suggestions().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SafeFix(f.start(), f.end(), f.suggestions().get(0)));
    }
}
