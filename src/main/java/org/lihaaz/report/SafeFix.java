package org.lihaaz.report;

import java.util.Optional;
import java.util.List;
import org.lihaaz.finding.Edit;
import org.lihaaz.finding.Finding;
import org.lihaaz.finding.Rewrite;
import org.lihaaz.rule.Rule;
import org.lihaaz.source.Position;

/**
 * The edit a tool may make without asking: for a rule marked {@code fix: safe}, its first replacement
 * (already in the matched form) replaces the match, with the article before it made to agree.
 * Reporters that offer one-click changes use it.
 *
 * @param start       where the replaced text starts
 * @param end         where it ends (exclusive)
 * @param replacement the text to put there
 */
public record SafeFix(Position start, Position end, String replacement) {
    /**
     * The safe fix of a finding, read from its excerpt through {@link Rewrite} (the same edits
     * {@code --fix} makes). When the article before the match must change too, the fix covers the article,
     * the space and the match; where they are not on one line, or the excerpt does not show them, no fix
     * is offered rather than one whose article disagrees.
     */
    public static Optional<SafeFix> of(Finding f) {
        if (f.rule().fix() != Rule.FixSafety.SAFE || f.suggestions().isEmpty() || f.excerpt() == null) {
            return Optional.empty();
        }
        Optional<List<Edit>> edits = Rewrite.edits(f, f.suggestions().get(0), f.excerpt()::slice);
        if (edits.isEmpty()) {
            return Optional.empty();
        }
        if (edits.get().size() == 1) {
            return Optional.of(new SafeFix(f.start(), f.end(), f.suggestions().get(0)));
        }
        Edit article = edits.get().get(1);
        String between = f.excerpt().slice(article.end(), f.sourceStart());
        if (between.length() != f.sourceStart() - article.end() || between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0) {
            return Optional.empty();
        }
        String old = f.excerpt().slice(article.start(), f.sourceStart());
        int back = old.codePointCount(0, old.length());
        Position start = new Position(f.start().line(), f.start().column() - back, f.start().offset() - back);
        return Optional.of(new SafeFix(start, f.end(), article.replacement() + between + f.suggestions().get(0)));
    }
}
