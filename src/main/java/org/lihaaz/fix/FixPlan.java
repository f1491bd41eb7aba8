package org.lihaaz.fix;

import org.lihaaz.finding.Edit;
import java.util.List;
import org.lihaaz.finding.Finding;

/**
 * What fixing a file would do.
 *
 * @param edits edits in text order, none overlapping
 * @param fixed the findings the edits fix
 * @param left  the findings that need a person (not {@code fix: safe}, or not rewritable where they stand)
 */
public record FixPlan(List<Edit> edits, List<Finding> fixed, List<Finding> left) {
    public FixPlan {
        edits = List.copyOf(edits);
        fixed = List.copyOf(fixed);
        left = List.copyOf(left);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }
}
